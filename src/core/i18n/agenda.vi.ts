// Vietnamese strings of the client overview (Obsidian's own terms: docs/i18n.md).
import type { agendaEn } from "./agenda.en";

export const agendaVi = (): Record<keyof typeof agendaEn, string> => ({
  "command.open-agenda": "Mở tổng quan khách hàng",
  "ribbon.agenda": "Client Desk: mở tổng quan khách hàng",

  "agenda.title": "Tổng quan khách hàng",
  "agenda.indexing": "Đang đọc kho…",
  "agenda.header": "{date}, tuần {week}, múi giờ của bạn {zone}",
  "agenda.nothing": "Không có gì ở đây.",

  "agenda.section.deadlines": "Hạn chót",
  "agenda.deadlines.overdue": "Quá hạn",
  "agenda.deadlines.today": "Hôm nay",
  "agenda.deadlines.week": "Tuần này",
  "agenda.deadlines.none": "Tuần này không có hạn chót nào.",

  "agenda.section.matrix": "Mức ưu tiên",
  "agenda.quadrant.do": "Làm ngay",
  "agenda.quadrant.schedule": "Lên lịch",
  "agenda.quadrant.delegate": "Giao việc",
  "agenda.quadrant.later": "Để sau",
  "agenda.quadrant.do.desc": "Khẩn cấp và quan trọng",
  "agenda.quadrant.schedule.desc": "Quan trọng, không khẩn cấp",
  "agenda.quadrant.delegate.desc": "Khẩn cấp, không quan trọng",
  "agenda.quadrant.later.desc": "Không khẩn cấp, không quan trọng",
  "agenda.quadrant.empty": "Thả công việc vào đây.",
  "agenda.matrix.help": "Kéo công việc sang ô khác, hoặc dùng nút menu của nó để chuyển.",
  "agenda.move.button": "Chuyển “{title}”",
  "agenda.move.to": "Chuyển sang {quadrant}",
  "agenda.move.missing": "không còn ghi chú {file}",
  "agenda.move.failed": "Không chuyển được “{title}”: {reason}",

  "agenda.section.batches": "Gom việc theo loại",
  "agenda.batch.other": "Khác",
  "agenda.batch.count": "{count} việc đang mở",
  "agenda.batch.hours": "ước tính {hours} giờ",
  "agenda.batch.unestimated": "{count} chưa có ước tính",

  "agenda.section.replies": "Phản hồi quá hạn",
  "agenda.replies.none": "Mọi yêu cầu đều đã được trả lời đúng hạn.",
  "agenda.reply.late": "Hạn trả lời {va} giờ của bạn ({client} {zone}), đã trễ {late}",

  "agenda.section.checkins": "Đến hạn liên hệ định kỳ",
  "agenda.checkins.none": "Chưa đến hạn liên hệ định kỳ với ai.",
  "agenda.checkin.never": "Chưa liên hệ định kỳ lần nào (mỗi {days} ngày)",
  "agenda.checkin.due": "Đến hạn {date}, lần trước {last} (mỗi {days} ngày)",

  "agenda.section.surveys": "Đến hạn khảo sát ý kiến",
  "agenda.surveys.none": "Chưa đến hạn khảo sát ý kiến nào.",
  "agenda.survey.after": "Sau “{task}”, xong ngày {date}",

  "agenda.due": "Hạn {va} giờ của bạn",
  "agenda.due.client": "{client} {zone}",
  "agenda.due.client-readable": "{client} ở {zone}",
  "agenda.date-time": "{date}, {time}",
  "agenda.end-of-day": "cuối ngày {date}",
  "agenda.tasks.help": "Mỗi việc chỉ hiện một lần: mỗi lúc mở một trong ba danh sách.",
  "agenda.status.todo": "Cần làm",
  "agenda.status.doing": "Đang làm",
  "agenda.status.waiting": "Chờ khách hàng",
  "agenda.status.done": "Xong",
  "agenda.open": "Mở {title}",
});
