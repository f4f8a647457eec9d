// Tiếng Việt: danh sách mọi hoá đơn trong chế độ xem Hoá đơn và bộ lọc (xem invoice-list.en.ts).
import type { invoiceListEn } from "./invoice-list.en";

export const invoiceListVi = (): Record<keyof typeof invoiceListEn, string> => ({
  "invoices.filter.status": "Hiện hoá đơn",
  "invoices.filter.client": "Khách hàng",
  "invoices.filter.every-client": "Mọi khách hàng",
  "invoices.filter.all": "Tất cả hoá đơn",
  "invoices.filter.outstanding": "Chưa thanh toán",
  "invoices.filter.overdue": "Quá hạn",
  "invoices.filter.draft": "Bản nháp",
  "invoices.filter.sent": "Đã gửi",
  "invoices.filter.paid": "Đã thanh toán",
  "invoices.filter.void": "Đã huỷ",
  "invoices.status.draft": "Bản nháp",
  "invoices.status.sent": "Đã gửi",
  "invoices.status.paid": "Đã thanh toán",
  "invoices.status.void": "Đã huỷ",
  "invoices.count": "{count} trên {all} hoá đơn",
  "invoices.none": "Chưa có hoá đơn nào. Hãy tạo bằng lệnh “Tạo hoá đơn”.",
  "invoices.none-match": "Không có hoá đơn nào khớp với bộ lọc này.",
  "invoices.balance": "còn nợ {balance}",
  "invoices.issued-on": "lập ngày {date}",
});
