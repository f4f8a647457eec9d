// Vietnamese strings of an invoice's life after it is written (Obsidian's own terms: docs/i18n.md).
import type { invoiceLifecycleEn } from "./invoice-lifecycle.en";

export const invoiceLifecycleVi: Record<keyof typeof invoiceLifecycleEn, string> = {
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

  "invoices.mark.unreadable": "trường tiền không đọc được: xem các lỗi của ghi chú này",
  "invoices.mark.duplicate": "số này cũng có trên {files}",

  "diag.invoice-total-mismatch": "cộng {subtotal} − chiết khấu {discount} + thuế {tax} là {expected}, nhưng total ghi {total}.",
  "diag.invoice-balance-mismatch": "tổng cộng {total} − đặt cọc {deposit} − đã thanh toán {paid} là {expected}, nhưng balance ghi {balance}.",
  "diag.invoice-paid-unlisted": "paid ghi {value} nhưng payments không có khoản thanh toán nào; hãy ghi nhận từng khoản thanh toán.",
  "diag.invoice-status-owing": "Trạng thái là đã thanh toán (paid) nhưng vẫn còn phải trả {balance}.",
  "diag.invoice-status-settled": "Các khoản thanh toán đã trả đủ hoá đơn này (còn phải trả {balance}) nhưng trạng thái là {status}; hãy đánh dấu là đã thanh toán.",
  "diag.invoice-overpaid": "Các khoản thanh toán ({paid}) nhiều hơn số phải trả {due} (tổng cộng − đặt cọc): thừa {over}.",
  "diag.invoice-void-paid": "Hoá đơn này đã bị huỷ nhưng có thanh toán ({paid}); hãy hoàn lại hoặc chuyển sang hoá đơn thay thế nó.",
  "diag.invoice-edited": "Hoá đơn {number} đang ở trạng thái {status}, và số, khách hàng, tiền tệ, số tiền hoặc các mục thời gian của nó đã bị sửa sau khi được ghi (dấu niêm {seal}, nay là {now}). Muốn sửa một hoá đơn đã phát hành, hãy huỷ nó và lập hoá đơn mới.",
  "cli.invoice.summary-deposit": "{number} cho {client}: tiền đặt cọc {total}, hạn {due}",
  "cli.error.deposit-both": "Hãy dùng --deposit (số tiền) hoặc --deposit-of (giá mà phần trăm đặt cọc của khách hàng được tính trên đó), không dùng cả hai.",
  "cli.error.deposit-amount": "{flag} cần một số tiền lớn hơn 0 bằng {currency}, ví dụ 500 hoặc 499.50; nhận được “{value}”.",
  "billing.deposit-percent-missing": "Ghi chú của {client} không có phần trăm đặt cọc (thuộc tính `deposit`), nên --deposit-of không có gì để tính; hãy ghi số tiền bằng --deposit.",
  "billing.deposit-amount": "Tiền đặt cọc bằng không theo tiền tệ của khách hàng.",
};
