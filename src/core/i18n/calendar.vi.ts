// Vietnamese strings of calendars (calendar.en.ts).
import type { calendarEn } from "./calendar.en";

export const calendarVi = (): Record<keyof typeof calendarEn, string> => ({
  "diag.calendar-not-ics": "Tệp này không phải tệp iCalendar: nó không bắt đầu bằng BEGIN:VCALENDAR. Không sự kiện nào của nó được hiển thị.",
  "diag.calendar-line-invalid": "Không đọc được dòng này như một thuộc tính iCalendar (“{value}”); dòng được bỏ qua.",
  "diag.calendar-truncated": "Phần {component} bắt đầu ở đây không có điểm kết thúc: tệp có vẻ bị cắt ngắn. Sự kiện còn dở không được hiển thị; phần còn lại vẫn hiển thị.",
  "diag.calendar-time-invalid": "“{value}” không phải ngày hoặc giờ hợp lệ cho trường này. Sự kiện không được hiển thị.",
  "diag.calendar-zone-unknown": "Múi giờ “{value}” không phải tên IANA, không phải tên múi giờ Windows và không được định nghĩa trong tệp này. Sự kiện không được hiển thị thay vì đặt vào một giờ đoán.",
  "diag.calendar-end-before-start": "Sự kiện kết thúc ({end}) trước khi bắt đầu ({start}). Sự kiện không được hiển thị.",
  "diag.calendar-rule-unsupported": "Phần quy tắc lặp lại “{value}” chưa được hỗ trợ: chỉ lần đầu tiên được hiển thị.",

  "settings.calendars.heading": "Lịch",
  "settings.calendarsFolder.name": "Thư mục lịch",
  "settings.calendarsFolder.desc": "Mọi tệp .ics trong thư mục này được hiển thị trong kế hoạch tuần như thời gian bận. Các tuần và lời mời được xuất vào thư mục con Exports, thư mục này không được đọc.",

  "planner.event.label": "{calendar}: {title}, {start}–{end}",
  "planner.event.all-day": "{calendar}: {title}, cả ngày",
  "planner.event.free": "rảnh",
  "planner.event.untitled": "Bận",
  "planner.block.busy": "Trùng với một sự kiện trong lịch",

  "command.export-week-ics": "Xuất tuần thành tệp lịch (.ics)",
  "calendar.exported": "Đã ghi {count} khối của tuần {week} vào {file}.",
  "calendar.export-empty": "Tuần {week} không có khối nào để xuất.",
  "calendar.export-replace": "{file} đã được xuất trước đây. Thay thế bằng các khối hiện tại của tuần này? Nhập lại tệp sẽ cập nhật các sự kiện trong ứng dụng lịch của bạn.",
  "calendar.export-replace.ok": "Thay thế",
  "calendar.export-exists": "{file} đã tồn tại và không bị thay thế.",
  "calendar.export-failed": "Không ghi được {file}: {reason}",
  "calendar.invite.save": "Lưu thành lời mời (.ics)",
  "calendar.invite.saved": "Đã lưu lời mời vào {file}.",
  "calendar.invite.times": "Thời gian:",
  "calendar.block.description": "Đã lên kế hoạch trong Client Desk. {client}",
});
