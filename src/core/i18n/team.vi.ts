// Vietnamese strings of the team (docs/team.md).
import type { teamEn } from "./team.en";

export const teamVi: Record<keyof typeof teamEn, string> = {
  "diag.person-duplicate": "Hai ghi chú người cùng tên “{name}” (ghi chú này và {other}): hãy đổi tên một ghi chú để thời gian và phê duyệt đến đúng người.",
  "diag.person-name-unsafe": "Ghi chú người “{name}” có tên không thể dùng đặt tên ghi chú nhật ký (bị đọc như bản sao của dịch vụ đồng bộ, hoặc có ký tự tên tệp không nhận): hãy đổi tên ghi chú.",
  "diag.person-unknown": "Ghi chú nhật ký này thuộc về “{name}”, người chưa có ghi chú trong thư mục nhóm: thời gian được hiển thị nhưng không bao giờ được lập hoá đơn. Hãy thêm ghi chú người, hoặc chuyển các mục đi.",
  "diag.approval-entry-changed": "Mục {id} đã thay đổi sau khi tuần {week} được phê duyệt: mục này không được lập hoá đơn cho đến khi tuần được phê duyệt lại.",

  "command.team-approve": "Phê duyệt tuần của một người",
  "command.team-open": "Mở bảng nhóm",
  "team.approve.title": "Phê duyệt một tuần",
  "team.approve.person": "Người",
  "team.approve.week": "Tuần",
  "team.approve.button": "Phê duyệt",
  "team.approve.done": "Đã phê duyệt {hours} giờ của {person} cho {week}.",
  "team.approve.running": "{person} đang chạy bộ đếm giờ trong {week}: hãy dừng trước, rồi phê duyệt.",
  "team.approve.not-owner": "Chỉ chủ sở hữu phê duyệt thời gian. Thiết bị này làm việc với tư cách {person}.",
  "team.approve.nothing": "{person} không có mục nào trong {week}.",
  "team.role.refused": "Thiết bị này làm việc với tư cách {person} ({role}): hoá đơn, thanh toán và thông tin thanh toán của khách hàng là việc của chủ sở hữu.",
  "team.panel.title": "Nhóm",
  "team.panel.tracking": "{person}: {what} từ {start}",
  "team.panel.idle": "{person}: không bấm giờ",
  "team.panel.today": "hôm nay {hours} giờ",
  "team.panel.empty": "Không có ghi chú người nào trong {folder}.",
  "settings.team.heading": "Nhóm",
  "settings.team.as.name": "Thiết bị này làm việc với tư cách",
  "settings.team.as.desc": "Người có thời gian được thiết bị này ghi (tên hoặc khoá của một ghi chú người, chỉ lưu trên thiết bị này). Để trống: chủ sở hữu.",
  "settings.team.folder.name": "Thư mục nhóm",
  "settings.team.folder.desc": "Ghi chú người và phê duyệt. Obsidian không có kiểm soát truy cập: ai chia sẻ kho cũng đọc được mọi ghi chú.",
  "team.as.unknown": "Thiết bị này làm việc với tư cách “{name}”, người chưa có ghi chú trong {folder}: bộ đếm giờ không ghi gì cho đến khi cài đặt chỉ đúng một người.",
};
