// Vietnamese strings of an invoice's life after it is written (Obsidian's own terms: docs/i18n.md).
import type { invoiceLifecycleEn } from "./invoice-lifecycle.en";

export const invoiceLifecycleVi = (): Record<keyof typeof invoiceLifecycleEn, string> => ({
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
  "command.invoice-create-deposit": "Tạo hoá đơn đặt cọc",
  "invoice.deposit.title": "Tạo hoá đơn đặt cọc",
  "invoice.deposit.amount": "Số tiền",
  "invoice.deposit.amount-desc": "Theo tiền tệ của khách hàng, ví dụ 500 hoặc 499.50.",
  "invoice.deposit.of-total": "Số tiền là toàn bộ giá",
  "invoice.deposit.of-total-desc": "Tính phần trăm đặt cọc của khách hàng trên số tiền này, thay vì lấy chính số tiền.",
  "invoice.deposit.for": "Cho",
  "invoice.deposit.for-placeholder": "Gói ra mắt trang web",
  "invoice.deposit.percent": "Phần trăm đặt cọc của khách hàng: {percent}%. Số tiền đã trả trên hoá đơn đặt cọc được trừ vào các hoá đơn sau của khách hàng.",
  "invoice.deposit.preview": "Hoá đơn đặt cọc {total}, hạn {due}. Không có thuế hay chiết khấu: những khoản đó nằm trên hoá đơn của công việc.",
  "billing.deposit-percent-missing": "Ghi chú của {client} không có phần trăm đặt cọc (thuộc tính `deposit`), nên --deposit-of không có gì để tính; hãy ghi số tiền bằng --deposit.",
  "billing.deposit-amount": "“{value}” không phải là số tiền lớn hơn 0 bằng {currency}, hoặc tiền đặt cọc tính ra bằng không.",
});
