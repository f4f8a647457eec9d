// The demo's Vietnamese client, written to in Vietnamese, and the work Linh does for it.

import { LINH_ZONE, type DemoClient } from "./people";

/** Minutes after midnight. */
const h = (hh: number, mm = 0) => hh * 60 + mm;

export const CLIENTS_VI: DemoClient[] = [
  {
    key: "Trà Sen Tây Hồ",
    zone: LINH_ZONE,
    hours: { start: h(8), end: h(17) },
    days: [1, 2, 3, 4, 5, 6],
    frontmatter: [
      "type: client",
      "name: Trà Sen Tây Hồ",
      "status: active",
      "timezone: Asia/Ho_Chi_Minh",
      "working_hours: 08:00-17:00",
      "working_days: [mon, tue, wed, thu, fri, sat]",
      "language: vi",
      "currency: VND",
      "billing: hourly",
      "rate: 200000",
      "rounding: 15 nearest",
      "tax: []",
      "payment_terms: 7",
      "deposit: 0",
      "channel_formal: email",
      "channel_quick: Zalo",
      "channel_meetings: Google Meet",
      "response_hours: 8",
      "report_day: fri",
      'report_time: "16:00"',
      "checkin_days: 30",
      'color: "#e9c46a"',
      "contact: Nguyễn Thu Hà",
      "email: ha@trasentayho.example",
    ],
    body: [
      "Trà Sen Tây Hồ bán trà sen ướp thủ công ở Hà Nội, qua Shopee và Facebook. Linh xử lý đơn",
      "hàng, trả lời tin nhắn của khách và lên lịch bài đăng.",
      "",
      "- Họp tuần với chị Hà: thứ Năm 14:00, qua Google Meet.",
      "- Đơn trên 2 triệu đồng cần chị Hà xác nhận trước khi giao.",
      "- Báo cáo tuần gửi qua email vào thứ Sáu.",
    ].join("\n"),
    windows: [
      [h(10, 45), h(11, 45)],
      [h(13, 30), h(15, 30)],
    ],
    chance: 0.85,
    budget: [60, 170],
    tasks: [
      {
        name: "Đơn hàng Shopee",
        about: "Xác nhận, đóng gói và theo dõi đơn hàng trên Shopee.",
        minutes: [25, 60],
        notes: [
          { text: "Xử lý {n} đơn hàng Shopee", n: [8, 25] },
          { text: "Xác nhận thông tin giao hàng cho {n} đơn", n: [5, 15] },
        ],
      },
      {
        name: "Tin nhắn khách hàng",
        about: "Tin nhắn Zalo và Messenger của khách: hỏi giá, hỏi hàng, đổi trả.",
        minutes: [20, 50],
        notes: [{ text: "Trả lời {n} tin nhắn Zalo và Messenger của khách", n: [10, 30] }],
      },
      {
        name: "Bài đăng Facebook",
        about: "Nội dung và lịch đăng bài trên trang Facebook của cửa hàng.",
        minutes: [25, 60],
        notes: [
          { text: "Lên lịch {n} bài đăng Facebook", n: [2, 5] },
          { text: "Viết nội dung và chọn ảnh cho {n} bài đăng", n: [2, 4] },
        ],
      },
      {
        name: "Tồn kho",
        about: "Bảng tồn kho trên Google Sheets, đối chiếu với đơn hàng.",
        minutes: [15, 40],
        notes: [{ text: "Cập nhật bảng tồn kho trên Google Sheets" }, { text: "Đối chiếu tồn kho với đơn Shopee trong tuần" }],
      },
    ],
    meeting: {
      task: {
        name: "Họp tuần với chị Hà",
        about: "Thứ Năm 14:00 qua Google Meet.",
        minutes: [30, 30],
        notes: [
          { text: "Họp tuần: chốt chương trình khuyến mãi cuối tháng" },
          { text: "Họp tuần: xem lại các đơn bị hoàn" },
          { text: "Họp tuần: lên kế hoạch bài đăng tuần sau" },
        ],
      },
      weekday: 4,
      at: h(14),
      minutes: 30,
      title: "Họp tuần với chị Hà (Google Meet)",
    },
    admin: ["Sắp xếp hộp thư và nhãn đơn hàng", "Chuẩn bị báo cáo tuần cho chị Hà"],
    planTitle: "Đơn hàng và tin nhắn khách",
  },
];
