// Vietnamese messages of the command line: invoices, their lifecycle, deposits and the forecast.
import type { cliBillingEn } from "./billing.en";

export const cliBillingVi: Record<keyof typeof cliBillingEn, string> = {
  // forecast
  "cli.usage.forecast": [
    "  forecast --vault THƯ_MỤC   Số tiền dự kiến lập hoá đơn theo khách hàng trong ba tháng tới, tính bằng tiền tệ chính của bạn.",
  ].join("\n"),
  "cli.forecast.title": "Dự báo thu nhập tính bằng {currency}, các tháng theo {zone}",

  // invoice send, pay, void and deposits
  "cli.usage.invoice-lifecycle": [
    "  invoice send NUMBER --vault DIR",
    "                             Đánh dấu một hoá đơn nháp là đã gửi.",
    "  invoice pay NUMBER --vault DIR --amount AMOUNT --date YYYY-MM-DD [--method TEXT]",
    "                             Ghi nhận một khoản thanh toán (không quá số còn phải trả); trả đủ thì hoá đơn là đã thanh toán.",
    "  invoice void NUMBER --vault DIR",
    "                             Huỷ một hoá đơn chưa có thanh toán; số của nó vẫn được giữ.",
  ].join("\n"),
  "cli.error.invoice-action": "invoice cần send, pay hoặc void và một NUMBER, hoặc --client NAME để ghi hoá đơn mới; không phải “{value}”.",
  "cli.error.invoice-number-missing": "invoice {action} cần số hoá đơn (NUMBER), ví dụ invoice {action} INV-2026-0001.",
  "cli.error.invoice-unknown": "Không có hoá đơn số “{value}” trong kho.",
  "cli.error.invoice-ambiguous": "Số {value} có trên {count} ghi chú ({files}); không thay đổi gì. Hãy cho mỗi hoá đơn một số riêng trước (client-desk check).",
  "cli.error.invoice-gone": "{path} không còn là ghi chú hoá đơn; không thay đổi gì.",
  "cli.error.invoice-yaml": "Không sửa được {path}: phần thuộc tính (frontmatter) không còn đọc được dạng YAML; không thay đổi gì.",
  "cli.error.invoice-edit": "Không sửa được {path} mà không động đến các trường khác (phần thuộc tính có dạng lệnh này không sửa); không thay đổi gì.",
  "cli.error.vault-locked": "Không ghi được: một tiến trình khác giữ khóa của kho ({lock}, ở thư mục gốc của kho) quá lâu; hãy thử lại, hoặc xóa tệp khóa nếu không có lệnh Client Desk nào đang chạy.",
  "cli.invoice.changed": "Đã sửa {file}: trạng thái {status}, đã thanh toán {paid}, còn phải trả {balance}",
  "cli.invoice.summary-deposit": "{number} cho {client}: tiền đặt cọc {total}, hạn {due}",
  "cli.error.deposit-both": "Hãy dùng --deposit (số tiền) hoặc --deposit-of (giá mà phần trăm đặt cọc của khách hàng được tính trên đó), không dùng cả hai.",
  "cli.error.deposit-amount": "{flag} cần một số tiền lớn hơn 0 bằng {currency}, ví dụ 500 hoặc 499.50; nhận được “{value}”.",

  // invoice and invoices
  "cli.error.invoice-data": "Chưa lập hoá đơn cho {client}: lệnh check báo {count} lỗi về khách hàng hoặc thời gian của họ trong kỳ. Hãy sửa chúng (mục thời gian chưa có mã thì thêm bằng client-desk add-ids):",
  "cli.usage.invoice": [
    "  invoice --vault DIR --client NAME [--month 2026-10 | --from DATE --to DATE] [--dry-run]",
    "                             Ghi ghi chú hoá đơn của khách hàng cho kỳ đó (mặc định: tháng trước).",
    "  invoices --vault DIR [--overdue]",
    "                             Các hoá đơn chưa thanh toán theo tiền tệ, kèm số ngày quá hạn.",
  ].join("\n"),
  "cli.error.month-invalid": "--month cần một tháng như 2026-10, không phải “{value}”.",
  "cli.error.period-invalid": "--from và --to cần ngày như 2026-10-01, ngày bắt đầu không sau ngày kết thúc.",
  "cli.error.period-both": "Hãy dùng --month hoặc --from và --to, không dùng cả hai.",
  "cli.error.invoice-refused": "Chưa ghi hoá đơn nào: {reason}",
  "cli.error.invoice-exists": "{path} đã tồn tại; không ghi gì.",
  "cli.invoice.written": "Đã ghi {file}",
  "cli.invoice.dry-run": "Chạy thử: không ghi gì. Tệp sẽ là {file}",
  "cli.invoice.summary": "{number} cho {client}, {from} – {to}: {entries} mục thời gian, tổng cộng {total}, còn phải trả {balance}, hạn {due}",
  "cli.invoices.none": "Không có hoá đơn nào chưa thanh toán.",
  "cli.invoices.overdue": "quá hạn {days} ngày",
  "cli.invoices.overdue-day": "quá hạn 1 ngày",
  "cli.invoices.due": "hạn {due}",

};
