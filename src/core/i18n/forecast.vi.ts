// Vietnamese strings of the income forecast (Obsidian's own terms: docs/i18n.md).
import type { forecastEn } from "./forecast.en";

export const forecastVi = (): Record<keyof typeof forecastEn, string> => ({
  "forecast.heading": "Dự báo thu nhập",
  "forecast.intro": "Số tiền bạn có thể lập hoá đơn trong ba tháng tới, tính bằng {currency}, theo các tháng trong lịch của bạn ({zone}): phí hằng tháng của khách hàng trả phí cố định, và với khách hàng tính theo giờ là số giờ đã lên kế hoạch trong các ghi chú kế hoạch tuần × đơn giá. Khách hàng trọn gói không được dự báo.",
  "forecast.col.client": "Khách hàng",
  "forecast.col.total": "3 tháng",
  "forecast.total": "Tổng",
  "forecast.largest": "Khách hàng lớn nhất",
  "forecast.largest.cell": "{client}, {percent}%",
  "forecast.no-rate": "{amount}, chưa có tỷ giá",
  "forecast.share": "Khách hàng lớn nhất trong ba tháng: {client}, chiếm {percent}% thu nhập dự kiến tính bằng {currency}.",
  "forecast.none": "Chưa có khoản nào dự kiến: không có khách hàng trả phí cố định, và chưa lên kế hoạch giờ nào cho khách hàng tính theo giờ trong các tháng này.",
  "forecast.fixed": "Khách hàng trọn gói, không được dự báo (các gói được lập hoá đơn khi giao): {clients}.",
  "forecast.unpriced": "Chưa có đơn giá hay phí hằng tháng để dự báo: {clients}.",
  "forecast.unreadable": "Chưa được dự báo cho đến khi sửa ghi chú khách hàng (lệnh Kiểm tra dữ liệu khách hàng liệt kê các lỗi): {clients}.",
  "forecast.missing-rates": "Chưa có tỷ giá quy đổi sang {currency} cho: {currencies}. Hãy thêm trong cài đặt; các khoản đó không được tính vào tổng.",
});
