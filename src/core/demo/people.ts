// Who is in the demo vault: Linh, a VA in Ho Chi Minh City, and her four clients, with the work
// she does for each. Pure data; the generator turns it into notes.

import { DEFAULT_SETTINGS, type Settings } from "../shared/types";

export const LINH_ZONE = "Asia/Ho_Chi_Minh";

/** The plugin settings written to the demo's data.json. */
export const DEMO_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  timeZone: LINH_ZONE,
  workingHours: "07:00-22:00",
  homeCurrency: "VND",
  conversionRates: ["AUD=16500 VND since 2026-10-01", "GBP=33000 VND since 2026-10-01", "USD=26000 VND since 2026-10-01"],
  businessName: "Linh Nguyen, Virtual Assistant",
  businessDetails: "District 3, Ho Chi Minh City, Vietnam\nlinh@example.com",
  paymentDetails: "Wise: linh@example.com (AUD, GBP, USD)\nPayPal: paypal.me/linhva",
};

/** Linh's day, minutes since midnight in her zone, and her days (luxon weekday numbers, 1 = Monday). */
export const LINH_HOURS = { start: 7 * 60, end: 22 * 60 };
export const LINH_DAYS = [1, 2, 3, 4, 5];

/** A note text; `{n}` is replaced by a number drawn from `n`. */
export interface NoteTemplate {
  text: string;
  n?: [number, number];
}

export interface DemoTask {
  name: string;
  /** One line for the task note. */
  about: string;
  minutes: [number, number];
  notes: NoteTemplate[];
}

export interface DemoMeeting {
  task: DemoTask;
  /** In the client's zone: luxon weekday (1 = Monday), minutes since midnight. */
  weekday: number;
  at: number;
  minutes: number;
  /** Title of the block in the weekly plan. */
  title: string;
}

export interface DemoClient {
  key: string;
  zone: string;
  /** Client's working hours and days in its own zone (must match the frontmatter). */
  hours: { start: number; end: number };
  days: number[];
  /** Frontmatter lines, in order, as YAML text. */
  frontmatter: string[];
  body: string;
  /** When Linh works for this client: ranges of minutes in her own zone. */
  windows: [number, number][];
  /** Chance that a working day has work for this client (the weekly call always happens). */
  chance: number;
  /** Minutes of work on a day with work. */
  budget: [number, number];
  tasks: DemoTask[];
  meeting: DemoMeeting;
  /** Non-billable admin notes. */
  admin: string[];
  planTitle: string;
}

const h = (hh: number, mm = 0) => hh * 60 + mm;
const WEEK = [1, 2, 3, 4, 5];

export const DEMO_CLIENTS: DemoClient[] = [
  {
    key: "Harbour Goods",
    zone: "Australia/Sydney",
    hours: { start: h(8), end: h(17) },
    days: WEEK,
    frontmatter: [
      "type: client",
      "name: Harbour Goods",
      "status: active",
      "timezone: Australia/Sydney",
      "working_hours: 08:00-17:00",
      "working_days: [mon, tue, wed, thu, fri]",
      "language: en",
      "currency: AUD",
      "billing: hourly",
      "rate: 45",
      "rounding: 15 up",
      "tax: [GST 10%]",
      "payment_terms: 14",
      "deposit: 0",
      "channel_formal: email",
      "channel_quick: Slack",
      "channel_meetings: Zoom",
      "response_hours: 24",
      "report_day: fri",
      'report_time: "16:00"',
      "checkin_days: 30",
      'color: "#2a9d8f"',
      "contact: Mia Tran",
      "email: mia@harbourgoods.example",
    ],
    body: [
      "Harbour Goods sells homewares by Australian makers through Shopify. Linh runs the help desk,",
      "refunds, product uploads and order follow-ups.",
      "",
      "- Weekly call with Mia: Tuesday 11:30 Sydney time, on Zoom.",
      "- Refunds under A$150 can be approved without asking Mia.",
      "- Logins and the brand guide are in the shared password vault \"Harbour VA\".",
    ].join("\n"),
    windows: [[h(7), h(10, 30)]],
    chance: 0.9,
    budget: [90, 180],
    tasks: [
      {
        name: "Refund requests",
        about: "Refunds asked for through the help desk, processed in Shopify within one business day.",
        minutes: [20, 60],
        notes: [
          { text: "Processed {n} refund requests", n: [6, 18] },
          { text: "Processed {n} refund requests and updated the returns sheet", n: [5, 12] },
        ],
      },
      {
        name: "Customer emails",
        about: "The shared help desk inbox: order questions, delivery times, product care.",
        minutes: [25, 75],
        notes: [
          { text: "Answered {n} customer emails in Gorgias", n: [12, 35] },
          { text: "Cleared the help desk: {n} tickets closed", n: [15, 40] },
        ],
      },
      {
        name: "Product uploads",
        about: "New products from the makers: photos, descriptions, SEO titles, prices.",
        minutes: [30, 90],
        notes: [
          { text: "Uploaded {n} new products with photos and SEO titles", n: [5, 15] },
          { text: "Updated prices on {n} products for the weekend sale", n: [10, 40] },
        ],
      },
      {
        name: "Order follow-ups",
        about: "Orders that are late or stuck in fulfilment, chased with the carrier.",
        minutes: [15, 45],
        notes: [
          { text: "Chased {n} delayed orders with Australia Post", n: [3, 9] },
          { text: "Followed up {n} orders stuck in fulfilment", n: [2, 7] },
        ],
      },
    ],
    meeting: {
      task: {
        name: "Weekly call with Mia",
        about: "Tuesday 11:30 Sydney time on Zoom: priorities, refunds, next product drop.",
        minutes: [30, 30],
        notes: [
          { text: "Weekly call: agreed the sale calendar and refund limits" },
          { text: "Weekly call: reviewed returns and the next product drop" },
          { text: "Weekly call: went through the help desk backlog" },
        ],
      },
      weekday: 2,
      at: h(11, 30),
      minutes: 30,
      title: "Weekly call with Mia (Zoom)",
    },
    admin: ["Prepared the weekly report for Mia", "Tidied the Trello board and help desk labels"],
    planTitle: "Help desk, refunds and products",
  },
  {
    key: "Clara Whitfield Coaching",
    zone: "Europe/London",
    hours: { start: h(9), end: h(17, 30) },
    days: WEEK,
    frontmatter: [
      "type: client",
      "name: Clara Whitfield Coaching",
      "status: active",
      "timezone: Europe/London",
      "working_hours: 09:00-17:30",
      "working_days: [mon, tue, wed, thu, fri]",
      "language: en",
      "currency: GBP",
      "billing: hourly",
      "rate: 32.50",
      "rounding: 6 nearest",
      "tax: []",
      "payment_terms: 7",
      "deposit: 0",
      "channel_formal: email",
      "channel_quick: WhatsApp",
      "channel_meetings: Zoom",
      "response_hours: 12",
      "report_day: fri",
      'report_time: "12:00"',
      "checkin_days: 30",
      'color: "#e76f51"',
      "contact: Clara Whitfield",
      "email: clara@whitfieldcoaching.example",
    ],
    body: [
      "Clara is a career coach in London. Linh keeps her diary, her Instagram and her newsletter",
      "running, and writes the show notes for her podcast.",
      "",
      "- Weekly call: Wednesday 10:00 London time, on Zoom.",
      "- Quick questions on WhatsApp; anything about clients or money by email.",
      "- Never book sessions on Friday afternoons.",
    ].join("\n"),
    windows: [[h(16), h(18, 30)]],
    chance: 0.6,
    budget: [60, 150],
    tasks: [
      {
        name: "Instagram content",
        about: "Posts and carousels from Clara's notes, scheduled in Later.",
        minutes: [30, 80],
        notes: [
          { text: "Scheduled {n} Instagram posts", n: [3, 7] },
          { text: "Designed {n} carousel posts in Canva from Clara's notes", n: [2, 4] },
        ],
      },
      {
        name: "Client bookings",
        about: "Discovery calls and coaching sessions in Calendly, with intake forms.",
        minutes: [15, 45],
        notes: [
          { text: "Booked {n} discovery calls and sent the intake form", n: [2, 5] },
          { text: "Rescheduled {n} sessions after Clara's diary change", n: [1, 4] },
        ],
      },
      {
        name: "Newsletter",
        about: "The Thursday newsletter in ConvertKit.",
        minutes: [40, 90],
        notes: [{ text: "Drafted this week's newsletter" }, { text: "Formatted, tested and scheduled the newsletter" }],
      },
      {
        name: "Podcast show notes",
        about: "Show notes, timestamps and links for each episode.",
        minutes: [30, 60],
        notes: [{ text: "Wrote show notes and timestamps for episode {n}", n: [38, 52] }],
      },
    ],
    meeting: {
      task: {
        name: "Weekly call with Clara",
        about: "Wednesday 10:00 London time on Zoom.",
        minutes: [30, 30],
        notes: [
          { text: "Weekly call: planned next month's content themes" },
          { text: "Weekly call: agreed the launch email sequence" },
          { text: "Weekly call: reviewed bookings and no-shows" },
        ],
      },
      weekday: 3,
      at: h(10),
      minutes: 30,
      title: "Weekly call with Clara (Zoom)",
    },
    admin: ["Tidied the shared Google Drive folders", "Prepared the weekly summary for Clara"],
    planTitle: "Content, bookings and newsletter",
  },
  {
    key: "Brightloop",
    zone: "America/New_York",
    hours: { start: h(8), end: h(17) },
    days: WEEK,
    frontmatter: [
      "type: client",
      "name: Brightloop",
      "status: active",
      "timezone: America/New_York",
      "working_hours: 08:00-17:00",
      "working_days: [mon, tue, wed, thu, fri]",
      "language: en",
      "currency: USD",
      "billing: retainer",
      "retainer_fee: 1200",
      "retainer_hours: 20",
      "overage_rate: 65",
      "rollover: false",
      "rounding: 6 up",
      "tax: []",
      "payment_terms: 15",
      "deposit: 0",
      "channel_formal: email",
      "channel_quick: Slack",
      "channel_meetings: Google Meet",
      "response_hours: 4",
      "report_day: fri",
      'report_time: "09:30"',
      "checkin_days: 14",
      'color: "#264653"',
      "contact: Dan Okafor",
      "email: dan@brightloop.example",
    ],
    body: [
      "Brightloop is a small SaaS for appointment reminders; Dan is the founder. Linh is on a",
      "retainer of 20 hours a month for support, onboarding emails and the monthly investor update;",
      "hours past that are billed at the overage rate.",
      "",
      "- Weekly sync: Monday 09:00 New York time, on Google Meet.",
      "- Urgent support goes to #support-escalations on Slack.",
    ].join("\n"),
    windows: [[h(20), h(22)]],
    chance: 0.65,
    budget: [60, 120],
    tasks: [
      {
        name: "Support inbox",
        about: "First-line support in Intercom; bugs go to the engineers' board.",
        minutes: [30, 75],
        notes: [
          { text: "Triaged {n} support tickets in Intercom", n: [10, 30] },
          { text: "Answered {n} billing questions and escalated 2 bugs", n: [4, 12] },
        ],
      },
      {
        name: "Weekly metrics",
        about: "MRR, churn and trial conversion for Dan's Monday sync.",
        minutes: [20, 45],
        notes: [{ text: "Updated the MRR and churn dashboard" }, { text: "Pulled trial-to-paid numbers for the week" }],
      },
      {
        name: "Investor update",
        about: "The monthly update to investors, drafted for Dan to edit.",
        minutes: [40, 90],
        notes: [{ text: "Drafted the monthly investor update" }, { text: "Collected metrics and quotes for the investor update" }],
      },
      {
        name: "Onboarding emails",
        about: "Welcome emails and demo bookings for new trial accounts.",
        minutes: [20, 50],
        notes: [
          { text: "Sent onboarding emails to {n} new trial accounts", n: [8, 25] },
          { text: "Booked {n} onboarding demos for Dan", n: [2, 6] },
        ],
      },
    ],
    meeting: {
      task: {
        name: "Weekly sync with Dan",
        about: "Monday 09:00 New York time on Google Meet.",
        minutes: [30, 30],
        notes: [
          { text: "Weekly sync: agreed support priorities" },
          { text: "Weekly sync: reviewed churn reasons" },
          { text: "Weekly sync: planned the pricing page test" },
        ],
      },
      weekday: 1,
      at: h(9),
      minutes: 30,
      title: "Weekly sync with Dan (Google Meet)",
    },
    admin: ["Cleaned up the HubSpot pipeline", "Checked this month's hours against the retainer"],
    planTitle: "Support inbox and onboarding",
  },
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
