// Vietnamese catalog. Terms follow Obsidian's own Vietnamese help vault glossary (see docs/i18n.md).

import type { BaseKey, MessageKey } from "./en";
import { timerVi } from "./timer.vi";
import { importVi } from "./import.vi";
import { agendaVi } from "./agenda.vi";
import { plannerExtrasVi } from "./planner-extras.vi";
import { plannerVi } from "./planner.vi";
import { lifecycleVi } from "./lifecycle.vi";
import { reportVi } from "./report.vi";
import { invoiceVi } from "./invoice.vi";
import { entryIdsVi } from "./entry-ids.vi";
import { forecastVi } from "./forecast.vi";
import { invoiceLifecycleVi } from "./invoice-lifecycle.vi";
import { realPathVi } from "./real-path.vi";
import { yamlVi } from "./yaml.vi";
import { invoiceListVi } from "./invoice-list.vi";
import { calendarVi } from "./calendar.vi";
import { flowsVi } from "./flows.vi";
import { basesVi } from "./bases.vi";
import { teamVi } from "./team.vi";
import { joinCatalogs } from "./catalog";

const base = (): Record<BaseKey, string> => ({
  "plugin.name": "Client Desk",

  "command.check-data": "Kiểm tra dữ liệu khách hàng",
  "command.open-diagnostics": "Mở danh sách lỗi dữ liệu khách hàng",

  "ribbon.open": "Client Desk: kiểm tra dữ liệu khách hàng",

  "notice.index-ready": "Client Desk: đã đọc {clients} khách hàng, {entries} mục thời gian.",
  "notice.problems": "Client Desk tìm thấy {count} vấn đề trong dữ liệu khách hàng.",

  "diagnostics.title": "Vấn đề trong dữ liệu khách hàng",
  "diagnostics.summary": "{errors} lỗi, {warnings} cảnh báo trong {files} tệp.",
  "diagnostics.none": "Không có vấn đề nào. Mọi ghi chú khách hàng, nhật ký và kế hoạch đều đọc được.",
  "diagnostics.indexing": "Đang đọc kho…",
  "diagnostics.error": "Lỗi",
  "diagnostics.warning": "Cảnh báo",
  "diagnostics.line": "dòng {line}",
  "diagnostics.field": "trường {field}",
  "diagnostics.open": "Mở {file} tại dòng {line}",
  "diagnostics.refresh": "Kiểm tra lại",

  "settings.heading.general": "Khách hàng và thư mục",
  "settings.heading.you": "Bạn",
  "settings.clientsRoot.name": "Thư mục khách hàng",
  "settings.clientsRoot.desc": "Mỗi khách hàng là một thư mục ở đây, chứa một ghi chú cùng tên với thư mục.",
  "settings.plannerFolder.name": "Thư mục kế hoạch",
  "settings.plannerFolder.desc": "Nơi lưu các ghi chú kế hoạch tuần, mỗi tuần một ghi chú.",
  "settings.timeZone.name": "Múi giờ của bạn",
  "settings.timeZone.desc": "Tên IANA như Asia/Ho_Chi_Minh. Để trống sẽ dùng múi giờ của thiết bị này ({zone}).",
  "settings.timeZone.invalid": "“{value}” không phải là tên múi giờ; cài đặt vẫn giữ {current}.",
  "settings.workingHours.name": "Giờ làm việc của bạn",
  "settings.workingHours.desc": "Từ giờ đến giờ theo múi giờ của bạn, ví dụ 08:00-17:00.",
  "settings.workingHours.invalid": "“{value}” không phải là khoảng giờ như 08:00-17:00; cài đặt vẫn giữ {current}.",
  "settings.workingDays.name": "Ngày làm việc của bạn",
  "settings.workingDays.desc": "Những ngày bạn nhận việc của khách hàng.",
  "settings.homeCurrency.name": "Tiền tệ chính",
  "settings.homeCurrency.desc": "Mã ISO 4217 của loại tiền bạn được trả, ví dụ VND hoặc USD.",
  "settings.homeCurrency.invalid": "“{value}” không phải là mã tiền tệ ISO 4217; cài đặt vẫn giữ {current}.",
  "settings.weekStart.name": "Tuần bắt đầu vào",
  "settings.weekStart.desc": "Ngày đầu tuần trong kế hoạch và trong báo cáo tuần.",
  "settings.language.name": "Ngôn ngữ",
  "settings.language.desc": "Ngôn ngữ của các lệnh, chế độ xem và thông báo của Client Desk.",
  "settings.language.auto": "Giống Obsidian",
  "settings.language.en": "English",
  "settings.language.vi": "Tiếng Việt",

  "day.mon": "Thứ Hai",
  "day.tue": "Thứ Ba",
  "day.wed": "Thứ Tư",
  "day.thu": "Thứ Năm",
  "day.fri": "Thứ Sáu",
  "day.sat": "Thứ Bảy",
  "day.sun": "Chủ Nhật",
  "day.short.mon": "T2",
  "day.short.tue": "T3",
  "day.short.wed": "T4",
  "day.short.thu": "T5",
  "day.short.fri": "T6",
  "day.short.sat": "T7",
  "day.short.sun": "CN",

  "diag.yaml-broken": "Siêu dữ liệu đầu tệp không phải YAML hợp lệ: {reason}. Obsidian không đọc được thuộc tính của ghi chú này.",
  "diag.field-type": "“{value}” phải là {expected}.",
  "diag.expected.number": "một số",
  "diag.expected.text": "văn bản",
  "diag.expected.flag": "true hoặc false",
  "diag.field-value": "“{value}” không được phép ở đây. Giá trị hợp lệ: {allowed}.",
  "diag.timezone-unknown": "“{value}” không phải là tên múi giờ IANA. Hãy dùng tên như Australia/Sydney hoặc Europe/London.",
  "diag.currency-unknown": "“{value}” không phải là mã tiền tệ ISO 4217. {hint}",
  "diag.currency-hint": "Có phải ý bạn là {code}?",
  "diag.money-negative": "“{value}” là số âm; số tiền phải từ 0 trở lên.",
  "diag.money-precision": "“{value}” có nhiều chữ số thập phân hơn mức {currency} cho phép.",
  "diag.hours-invalid": "“{value}” không phải là khoảng giờ như 09:00-17:00 (đồng hồ 24 giờ, giờ bắt đầu trước giờ kết thúc).",
  "diag.days-invalid": "“{value}” không phải là danh sách ngày như [mon, tue, wed].",
  "diag.rounding-invalid": "“{value}” không phải là quy tắc làm tròn như “15 up”, “6 nearest” hoặc “30 down task” (1–60 phút).",
  "diag.tax-invalid": "“{value}” không phải là thuế như “VAT 10%”.",
  "diag.name-unsafe": "Tên “{value}” chứa “{char}”, ký tự không thể dùng trong tên tệp hoặc liên kết. Tên thư mục sẽ được dùng thay thế.",
  "diag.folder-unsafe": "Tên thư mục “{name}” chứa “{char}”, ký tự Obsidian không cho phép trong tên tệp trên mọi thiết bị. Hãy đổi tên thư mục; đến lúc đó khách hàng này sẽ bị bỏ qua.",
  "diag.rate-missing": "Hình thức tính phí là {billing} nhưng chưa đặt đơn giá, nên chưa thể lập hoá đơn cho thời gian của khách hàng này.",
  "diag.entry-malformed": "Không đọc được mục này: trường “{field}” bị thiếu hoặc được viết hai lần. Dòng được giữ nguyên.",
  "diag.entry-near-miss": "Dòng này trông giống một mục thời gian, nhưng “{value}” không phải là trường Client Desk đọc được: hãy viết là [{field}:: …]. Dòng được giữ nguyên, không được tính, và không bộ đếm giờ nào dừng hay sửa dòng này.",
  "diag.entry-too-long": "Mục này kéo dài {hours} giờ, lâu hơn {limit} giờ mà một mục thường kéo dài (cài đặt). Nếu đây là bộ đếm giờ bị quên, hãy sửa giờ kết thúc trước khi lập hóa đơn.",
  "diag.entry-running-long": "Bộ đếm giờ này đã chạy {hours} giờ, lâu hơn {limit} giờ (cài đặt). Nếu nó bị quên, hãy dừng nó với giờ kết thúc đúng.",
  "diag.entry-id-shared": "Mã ^{value} nằm trên nhiều dòng (bản sao do đồng bộ gộp?). Không mục nào có mã này được lập hoá đơn cho đến khi chỉ còn một dòng mang nó.",
  "diag.entry-after-invoice": "Mục này nằm trong kỳ của hoá đơn {number} nhưng không có trong hoá đơn đó (được ghi sau khi lập hoá đơn). Hoá đơn tiếp theo cho tháng đó sẽ tính mục này, trên phần còn lại của tháng.",
  "diag.log-conflict-copy": "Một dịch vụ đồng bộ đã giữ bản sao xung đột này của {main}: {only} mục chỉ có ở đây và {differing} mục có giờ khác ({ids}). Không có gì trong bản sao được tính; hãy gộp bằng “Gộp các bản sao xung đột của ghi chú nhật ký” (client-desk conflicts --merge).",
  "diag.log-conflict-markers": "Ghi chú này có dấu xung đột từ một lần gộp (git): các dòng giữa chúng chưa được giải quyết. Hãy giữ đúng dòng, xoá các dấu; trước đó không lập hoá đơn nào cho tháng này.",
  "diag.entry-exact-duplicate": "Mục này có cùng giờ bắt đầu và kết thúc với mục ở {first}, nhưng mã khác: cùng một khoảng thời gian được ghi hai lần (nhập hai lần, hoặc dán)? Nếu vậy hãy xoá một mục.",
  "diag.entry-time-invalid": "“{value}” không phải là thời điểm chính xác như 2026-11-23T09:00+07:00 (ngày, giờ và độ lệch UTC).",
  "diag.entry-end-before-start": "Thời điểm kết thúc ({value}) không sau thời điểm bắt đầu. Dòng được giữ nguyên và không được tính.",
  "diag.entry-duplicate-id": "Mã ^{value} bị dùng lại; lần đầu ở {first}. Hoá đơn cần mỗi mã chỉ một lần.",
  "diag.entry-missing-id": "Mục này không có mã khối (^mã ở cuối dòng), nên chưa thể lập hoá đơn. Lệnh “Thêm mã khối còn thiếu cho các mục thời gian” (client-desk add-ids) sẽ thêm mã mà không thay đổi gì khác.",
  "diag.line-freehand": "Mục danh sách này không phải là mục thời gian và không được tính: “{text}”.",
  "diag.plan-client-unknown": "Không tìm thấy khách hàng tên “{value}” cho khối thời gian này.",
  "diag.plan-malformed": "Không đọc được khối thời gian này: trường “{field}” bị thiếu hoặc được viết hai lần.",

  "command.merge-conflict-copies": "Gộp các bản sao xung đột của ghi chú nhật ký",
  "conflicts.none": "Không có bản sao xung đột nào của ghi chú nhật ký.",
  "conflicts.confirm.title": "Gộp các bản sao xung đột",
  "conflicts.confirm.body": "Một dịch vụ đồng bộ đã để lại {count} bản sao xung đột của ghi chú nhật ký. Các mục mà ghi chú chưa có sẽ được thêm vào ghi chú, và các bản sao được chuyển tới Log/Merged copies.",
  "conflicts.confirm.ok": "Gộp",
  "conflicts.confirm.cancel": "Huỷ",
  "conflicts.done": "Đã gộp {copies} bản sao: thêm {entries} mục.",
  "conflicts.differing": "Các mục này có giờ khác trong bản sao; hãy tự kiểm tra: {ids}.",
  "conflicts.failed": "Không gộp được {file}: {reason}",
  "rounding.rule": "làm tròn {step} phút ({mode})",
  "rounding.rule-task": "làm tròn {step} phút theo từng việc ({mode})",
  "rounding.up": "lên",
  "rounding.nearest": "gần nhất",
  "rounding.down": "xuống",
});

let built: Record<MessageKey, string> | null = null;

/**
 * The Vietnamese catalog, built on first use: its ~1,100 messages are object literals that cost
 * milliseconds to build when the plugin loads, which an English session never needs.
 */
export function vi(): Record<MessageKey, string> {
  return (built ??= joinCatalogs(base(), timerVi(), importVi(), agendaVi(), plannerExtrasVi(), plannerVi(), lifecycleVi(), reportVi(), invoiceVi(), entryIdsVi(), forecastVi(), invoiceLifecycleVi(), realPathVi(), yamlVi(), invoiceListVi(), calendarVi(), flowsVi(), basesVi(), teamVi()));
}
