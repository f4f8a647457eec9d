// Vietnamese strings of the planner's extras (Obsidian's own terms: docs/i18n.md).
import type { plannerExtrasEn } from "./planner-extras.en";

export const plannerExtrasVi = (): Record<keyof typeof plannerExtrasEn, string> => ({
  "diag.template-line-invalid": "Không đọc được dòng mẫu này: trường “{field}” bị thiếu, được viết hai lần hoặc không hợp lệ (“{value}”).",

  "command.plan-fill-template": "Điền tuần từ mẫu",
  "command.plan-save-template": "Lưu tuần này làm mẫu",
  "command.find-meeting-slot": "Tìm khung giờ họp",

  "template.heading": "Mẫu tuần",
  "template.filled": "Đã điền tuần {week} từ mẫu: thêm {added} khối thời gian, giữ nguyên {kept}.",
  "template.problems": "Đã bỏ qua {count} dòng mẫu. Dòng đầu tiên: {first}",
  "template.missing.title": "Chưa có mẫu tuần",
  "template.missing.body": "Chưa có {file}. Lưu {count} khối thời gian của tuần {week} làm tuần thường lệ của bạn?",
  "template.missing.empty": "Chưa có {file}, và tuần {week} không có khối thời gian nào để lưu. Hãy lên kế hoạch một tuần, rồi chạy lệnh “Lưu tuần này làm mẫu”.",
  "template.save": "Lưu làm mẫu",
  "template.cancel": "Huỷ",
  "template.saved": "Đã lưu {count} khối thời gian của tuần {week} làm mẫu trong {file}.",
  "template.saved-skipped": "Đã bỏ ra {count} khối thời gian: chúng qua nửa đêm hoặc không có khách hàng đã biết.",
  "template.exists": "{file} đã có và không bị thay thế. Hãy sửa ghi chú đó, hoặc xoá nó để lưu lại tuần này.",
  "template.empty-week": "Tuần {week} không có khối thời gian nào để lưu làm mẫu.",
  "template.failed": "Không ghi được {file}: {reason}",

  "slots.title": "Tìm khung giờ họp",
  "slots.clients.name": "Khách hàng",
  "slots.clients.desc": "Mọi người tham dự. Khối thời gian thuộc về khách hàng được chọn đầu tiên.",
  "slots.duration.name": "Thời lượng",
  "slots.duration.desc": "Số phút, theo bước 15 phút.",
  "slots.duration-invalid": "“{value}” không phải là số phút từ 15 đến 480.",
  "slots.week": "Tuần {week}, các khung giờ trống trong giờ làm việc của mọi người, cách các khối khác {buffer} phút.",
  "slots.pick-client": "Hãy chọn ít nhất một khách hàng.",
  "slots.none": "Tuần này không có khung giờ trống nào hợp với giờ làm việc của mọi người.",
  "slots.count": "{count} khung giờ trống",
  "slots.you": "Bạn",
  "slots.party": "{who}: {date} {start}–{end} {zone}",
  "slots.meeting-title": "Họp với {names}",
  "slots.added": "Đã thêm “{title}” vào {date} lúc {time}.",
  "slots.failed": "Không ghi được {file}: {reason}",

  "summary.caption": "Số giờ đã lên kế hoạch và đã ghi theo khách hàng trong tuần này",
  "summary.planned": "Kế hoạch",
  "summary.tracked": "Đã ghi",
  "summary.hours": "Giờ",
  "summary.client": "Khách hàng",
  "summary.empty": "Tuần này chưa có kế hoạch hay thời gian đã ghi.",

  "deadlines.title": "Hạn chót",
  "deadlines.none": "Tuần này không có hạn chót.",
  "deadlines.overdue": "Quá hạn",
  "deadlines.yours": "{time} giờ của bạn",
  "deadlines.theirs": "{time} giờ của {client}",
  "deadlines.open": "Mở {title}",
});
