// The notes of the synthetic vaults, one function per kind of note (client, log, invoice, meeting,
// task, report, plan) and the words they are made of. generate.ts decides which notes a vault has;
// a change here changes the vaults: bump GENERATOR_VERSION there.

import { DateTime } from "luxon";
import { chance, int, pick, type Random } from "./prng";
import type { ScaleSpec } from "./generate";

const USER_OFFSET_MIN = 7 * 60;
const USER_OFFSET = "+07:00";
const P_FREEHAND = 0.02;
const P_COMMENT = 0.03;

interface Profile {
  zone: string;
  currency: string;
  tax: string[];
  vi: boolean;
  weight: number;
  rate: (rng: Random) => string;
}

const PROFILES: Profile[] = [
  { zone: "Australia/Sydney", currency: "AUD", tax: ["GST 10%"], vi: false, weight: 20, rate: (r) => String(int(r, 35, 65)) },
  { zone: "Europe/London", currency: "GBP", tax: ["VAT 20%"], vi: false, weight: 20, rate: (r) => `${int(r, 20, 45)}${chance(r, 0.3) ? ".50" : ""}` },
  { zone: "America/New_York", currency: "USD", tax: [], vi: false, weight: 20, rate: (r) => String(int(r, 18, 50)) },
  { zone: "Asia/Ho_Chi_Minh", currency: "VND", tax: ["VAT 8%"], vi: true, weight: 12, rate: (r) => String(int(r, 15, 40) * 10000) },
  { zone: "America/Los_Angeles", currency: "USD", tax: [], vi: false, weight: 8, rate: (r) => `${int(r, 20, 55)}${chance(r, 0.2) ? ".75" : ""}` },
  { zone: "Europe/Berlin", currency: "EUR", tax: ["USt 19%"], vi: false, weight: 6, rate: (r) => String(int(r, 25, 50)) },
  { zone: "Asia/Singapore", currency: "SGD", tax: ["GST 9%"], vi: false, weight: 6, rate: (r) => String(int(r, 30, 60)) },
  { zone: "Pacific/Auckland", currency: "NZD", tax: ["GST 15%"], vi: false, weight: 4, rate: (r) => String(int(r, 35, 60)) },
  { zone: "America/Chicago", currency: "USD", tax: ["Sales tax 10.25%"], vi: false, weight: 4, rate: (r) => String(int(r, 18, 45)) },
];

const EN_FIRST = [
  "Harbour", "Bright", "Northwind", "Cedar", "Blue Fern", "Silver", "Maple", "Coastal", "Urban", "Golden",
  "Green Leaf", "Red Kite", "Summit", "Riverside", "Oakwood", "Lumen", "Kestrel", "Pioneer", "Willow", "Atlas",
  "Copper", "Evergreen", "Sandstone", "Bluebird", "Ironbark",
];
const EN_SECOND = [
  "Goods", "Coaching", "Studio", "Labs", "Bakery", "Consulting", "Wellness", "Media", "Realty", "Travel",
  "Design", "Dental", "Fitness", "Books", "Legal", "Events", "Tutoring", "Supply", "Photography", "Ventures",
  "Interiors", "Finance", "Pets", "Gardens", "Academy",
];
const VI_FIRST = [
  "Phở", "Cà Phê", "Gốm", "Lụa", "Nhà Sách", "Bánh Mì", "Trà", "Du Lịch", "Thời Trang", "Spa",
  "Hoa", "Nội Thất", "Mỹ Phẩm", "Đồ Gỗ", "Gạo",
];
const VI_SECOND = [
  "Sài Gòn", "Hà Nội", "Đà Lạt", "Huế", "Hội An", "Cần Thơ", "Mekong", "Sông Hàn", "Ánh Dương", "Bình Minh",
  "Hoàng Gia", "Xanh", "An Nhiên", "Phú Quốc", "Tây Hồ",
];
const CONTACTS = [
  "Mia Tran", "Oliver Smith", "Ava Nguyen", "Jack Wilson", "Chloe Brown", "Noah Taylor", "Grace Lee", "Liam Walker",
  "Emily Chen", "Lucas Martin", "Hannah Kim", "Ethan Davis", "Sophie Müller", "Daniel Ortiz", "Priya Shah",
];
const VI_CONTACTS = ["Nguyễn Thu Hà", "Trần Minh Khoa", "Lê Thị Mai", "Phạm Quốc Bảo", "Võ Thanh Tâm", "Đặng Ngọc Anh"];
const ROUNDINGS = ["15 up", "6 nearest", "1 up", "30 up", "6 nearest task", "15 nearest", ""];
const QUICK = ["Slack", "Teams", "WhatsApp", "Zalo", "Telegram"];
const MEETINGS = ["Zoom", "Google Meet", "Teams"];
export const STATUSES = ["active", "active", "active", "active", "active", "active", "paused", "onboarding", "archived"];
export const TASK_KINDS = [
  "Newsletter", "Inbox", "Social media", "Bookkeeping", "Calendar", "Product uploads", "Customer support",
  "Blog post", "Travel booking", "Research", "CRM cleanup", "Podcast show notes", "Website updates", "Reporting",
];
const EN_NOTES = [
  "Drafted the monthly issue", "Inbox triage", "Scheduled posts for next week", "Updated product listings",
  "Call with the client about the launch", "Booked flights and hotel for the conference",
  "Reconciled receipts in Xero", "Answered customer tickets", "Cleaned up the CRM duplicates",
  "Wrote show notes for episode", "Research on competitor pricing", "Prepared the weekly summary",
  "Fixed broken links on the website", "Moved meetings after the time change", "Chased overdue invoice",
  "Formatted the blog post and added images", "Sorted the shared drive", "Onboarding checklist review",
  "Canva graphics for #instagram", "Followed up on [[Brand guide]] questions", "Order follow-ups", "Quick check-in call",
];
const VI_NOTES = [
  "Trả lời email khách hàng", "Lên lịch bài đăng Facebook tuần sau", "Cập nhật sản phẩm trên Shopee",
  "Gọi điện với khách về chương trình khuyến mãi", "Đối soát hóa đơn tháng", "Viết bài blog và chèn hình",
  "Dọn dẹp danh sách khách hàng", "Chuẩn bị báo cáo tuần", "Đặt vé máy bay và khách sạn",
];
const FREEHAND = [
  "- worked 2h on the newsletter", "- call with Mia, 30 min, not logged", "- TODO: ask about the brand guide",
  "* 1.5h bookkeeping (from paper notes)",
];
export const DEVICES = ["Linh's phone", "Linh's laptop", "Office desktop"];
export const ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

interface ClientGen {
  key: string;
  profile: Profile;
  slotWeekday: 1 | 2 | 3 | 4 | 5;
  slotHour: number;
  meetingTitle: string;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** `2026-11-23T09:00+07:00` (or with seconds) for a wall-clock time in the user's zone. */
function userInstant(localMs: number, withSeconds: boolean): string {
  const d = new Date(localMs);
  const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return `${withSeconds ? `${base}:${pad(d.getUTCSeconds())}` : base}${USER_OFFSET}`;
}

export function makeClients(spec: ScaleSpec, rng: Random): ClientGen[] {
  const used = new Set<string>();
  const out: ClientGen[] = [];
  const totalWeight = PROFILES.reduce((s, p) => s + p.weight, 0);
  while (out.length < spec.clients) {
    let w = rng() * totalWeight;
    let profile = PROFILES[PROFILES.length - 1];
    for (const p of PROFILES) {
      if ((w -= p.weight) < 0) {
        profile = p;
        break;
      }
    }
    let key = profile.vi ? `${pick(rng, VI_FIRST)} ${pick(rng, VI_SECOND)}` : `${pick(rng, EN_FIRST)} ${pick(rng, EN_SECOND)}`;
    for (let n = 2; used.has(key.toLowerCase()); n++) key = `${key.replace(/ \d+$/, "")} ${n}`;
    used.add(key.toLowerCase());
    out.push({
      key,
      profile,
      slotWeekday: int(rng, 1, 5) as 1 | 2 | 3 | 4 | 5,
      slotHour: int(rng, 9, 16),
      meetingTitle: profile.vi ? "Họp tuần" : "Weekly check-in",
    });
  }
  return out;
}

export function clientNote(c: ClientGen, rng: Random): string {
  const p = c.profile;
  const billing = rng() < 0.8 ? "hourly" : rng() < 0.75 ? "retainer" : "fixed";
  const lines = ["---", "type: client", `name: ${c.key}`, `status: ${pick(rng, STATUSES)}`, `timezone: ${p.zone}`];
  const startHour = int(rng, 7, 10);
  lines.push(`working_hours: ${pad(startHour)}:00-${pad(startHour + 8)}:00`);
  lines.push(rng() < 0.85 ? "working_days: [mon, tue, wed, thu, fri]" : "working_days: [mon, tue, wed, thu, fri, sat]");
  lines.push(`language: ${p.vi ? "vi" : "en"}`, `currency: ${p.currency}`, `billing: ${billing}`);
  const rate = p.rate(rng);
  if (billing === "retainer") {
    const hours = pick(rng, [10, 20, 30, 40]);
    lines.push(`retainer_fee: ${Math.round(Number(rate) * hours * 0.9)}`, `retainer_hours: ${hours}`, `overage_rate: ${rate}`);
    lines.push(`rollover: ${rng() < 0.5 ? "true" : "false"}`);
  } else {
    lines.push(`rate: ${rate}`);
  }
  const rounding = pick(rng, ROUNDINGS);
  if (rounding !== "") lines.push(`rounding: ${rounding}`);
  lines.push(`tax: [${p.tax.join(", ")}]`);
  lines.push(`payment_terms: ${pick(rng, [7, 14, 15, 30])}`, `deposit: ${pick(rng, [0, 0, 0, 25, 50])}`);
  lines.push("channel_formal: email", `channel_quick: ${pick(rng, QUICK)}`, `channel_meetings: ${pick(rng, MEETINGS)}`);
  lines.push(`response_hours: ${pick(rng, [4, 12, 24, 48])}`, `report_day: ${pick(rng, ["fri", "fri", "thu", "mon", "none"])}`);
  lines.push(`report_time: "${pad(int(rng, 14, 17))}:00"`, `checkin_days: ${pick(rng, [14, 30, 30, 90])}`);
  lines.push(`color: "#${Math.floor(rng() * 0xffffff).toString(16).padStart(6, "0")}"`);
  const contact = p.vi ? pick(rng, VI_CONTACTS) : pick(rng, CONTACTS);
  lines.push(`contact: ${contact}`, `email: hello@${c.key.toLowerCase().replace(/[^a-z0-9]+/g, "") || "client"}.example`);
  lines.push("---", "", `# ${c.key}`, "", "## Notes", "", `- Main contact: ${contact}`, "- Prefers short updates on Fridays.", "");
  return `${lines.join("\n")}\n`;
}

interface LogNoteResult {
  text: string;
  entries: number;
  billableIds: string[];
  freehand: number;
}

export function logNote(
  c: ClientGen,
  year: number,
  month: number,
  rng: Random,
  newId: () => string,
  withRunning: boolean,
): LogNoteResult {
  const n = 4 + Math.floor(rng() * 10) + (chance(rng, 0.17) ? 1 : 0);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const starts: number[] = [];
  for (let i = 0; i < n; i++) {
    const day = int(rng, 1, daysInMonth);
    const minute = int(rng, 7 * 12, 21 * 12) * 5; // 07:00–21:00 in 5-minute steps
    const seconds = chance(rng, 0.3) ? int(rng, 1, 59) : 0; // made by the timer: to the second
    starts.push(Date.UTC(year, month - 1, day, 0, minute, seconds));
  }
  starts.sort((a, b) => a - b);
  const lines = ["---", "type: client-log", `client: "[[${c.key}]]"`, `month: ${year}-${pad(month)}`, "---"];
  if (chance(rng, P_COMMENT)) lines.push("%% imported from Toggl %%");
  const billableIds: string[] = [];
  const notes = c.profile.vi ? VI_NOTES : EN_NOTES;
  for (let i = 0; i < n; i++) {
    const start = starts[i];
    const withSeconds = start % 60000 !== 0;
    const running = withRunning && i === n - 1;
    const minutes = int(rng, 3, 36) * 5;
    const end = start + minutes * 60000 + (withSeconds ? int(rng, -30, 30) * 1000 : 0);
    const id = newId();
    const billable = !chance(rng, 0.1);
    let line = `- [start:: ${userInstant(start, withSeconds)}]`;
    if (!running) line += ` [end:: ${userInstant(end, withSeconds)}]`;
    if (chance(rng, 0.7)) line += ` [task:: [[${pick(rng, TASK_KINDS)} ${year}-${pad(month)}]]]`;
    if (running) line += ` [device:: ${pick(rng, DEVICES)}]`;
    line += ` ${pick(rng, notes)}`;
    if (!billable) line += " #non-billable";
    line += ` ^${id}`;
    lines.push(line);
    if (billable && !running) billableIds.push(id);
  }
  let freehand = 0;
  if (chance(rng, P_FREEHAND)) {
    lines.push(pick(rng, FREEHAND));
    freehand++;
  }
  return { text: `${lines.join("\n")}\n`, entries: n, billableIds, freehand };
}

export function invoiceNote(c: ClientGen, number: string, year: number, month: number, ids: string[], rng: Random): string {
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const due = new Date(Date.parse(`${next}T00:00:00Z`) + 15 * 86_400_000).toISOString().slice(0, 10);
  // The invoice note format of docs/vault-format.md; the random draws are those of version 2.
  const status = pick(rng, ["paid", "paid", "paid", "sent", "overdue"]);
  const total = int(rng, 100, 4000);
  const lines = [
    "---",
    "type: invoice",
    `number: "${number}"`,
    `client: "[[${c.key}]]"`,
    `status: ${status === "overdue" ? "sent" : status}`,
    `issued: "${next}"`,
    `due: "${due}"`,
    `period_from: "${year}-${pad(month)}-01"`,
    `period_to: "${year}-${pad(month)}-${pad(last)}"`,
    `currency: ${c.profile.currency}`,
    `total: ${total}`,
    `paid: ${status === "paid" ? total : 0}`,
    `balance: ${status === "paid" ? 0 : total}`,
    // `paid` is the sum of the payments listed (check warns about a paid amount without them).
    `payments: [${status === "paid" ? `"${next} ${total} Wise"` : ""}]`,
    `entries: [${ids.join(", ")}]`,
    `cssclasses: [client-desk-invoice]`,
    "---",
    "",
    `# ${c.profile.vi ? "Hóa đơn" : "Invoice"} ${number}`,
    "",
    "| Item | Hours | Amount |",
    "| --- | --- | --- |",
  ];
  for (const kind of [pick(rng, TASK_KINDS), pick(rng, TASK_KINDS)]) {
    lines.push(`| ${kind} | ${int(rng, 1, 12)}.${int(rng, 0, 9)} | ${int(rng, 50, 900)} |`);
  }
  lines.push("", "Payment by Wise or PayPal.", "");
  return `${lines.join("\n")}\n`;
}

export function meetingNote(c: ClientGen, monthId: string, day: number, rng: Random): string {
  return [
    "---",
    "type: meeting",
    `client: "[[${c.key}]]"`,
    `date: ${monthId}-${pad(day)}`,
    "---",
    "",
    `# ${c.meetingTitle}`,
    "",
    "## Agenda",
    `- ${pick(rng, TASK_KINDS)}`,
    `- ${pick(rng, TASK_KINDS)}`,
    "",
    "## Decisions",
    `- ${pick(rng, EN_NOTES)}`,
    "",
    "## Follow-ups",
    `- [ ] ${pick(rng, EN_NOTES)}`,
    `- [ ] ${pick(rng, EN_NOTES)}`,
    "",
  ].join("\n");
}

function priorityLines(p: string): string[] {
  return [`urgent: ${p.startsWith("urgent")}`, `important: ${p.includes("important")}`];
}

export function taskNote(c: ClientGen, kind: string, monthId: string, rng: Random): string {
  return [
    "---",
    "type: task",
    `client: "[[${c.key}]]"`,
    // The task note format of docs/vault-format.md; the random draws are those of version 4.
    `status: ${pick(rng, ["todo", "doing", "waiting", "done", "done"])}`,
    ...priorityLines(pick(rng, ["urgent-important", "important", "urgent", "later"])),
    `due: ${monthId}-${pad(int(rng, 1, 28))}`,
    `estimate: ${int(rng, 1, 8)}`,
    "---",
    "",
    `# ${kind}`,
    "",
    "- [ ] Request received",
    "- [ ] Draft",
    "- [ ] Client approval",
    "- [ ] Scheduled",
    "",
  ].join("\n");
}

export function reportNote(c: ClientGen, weekId: string, rng: Random): string {
  return [
    "---",
    "type: client-report",
    `client: "[[${c.key}]]"`,
    `week: ${weekId}`,
    "---",
    "",
    `# ${c.profile.vi ? "Báo cáo tuần" : "Weekly report"} ${weekId}`,
    "",
    `- ${pick(rng, EN_NOTES)}`,
    `- ${pick(rng, EN_NOTES)}`,
    `- Hours this week: ${int(rng, 1, 12)}.${int(rng, 0, 9)}`,
    "",
  ].join("\n");
}

export function planNote(
  clients: ClientGen[],
  week: DateTime,
  rng: Random,
  newId: () => string,
): { text: string; blocks: number } {
  // About one block per client and week: the weekly meeting in the client's own zone (so its
  // +07:00 time moves with the client's DST), or a work block in the user's hours.
  const blocks: { start: number; line: string }[] = [];
  for (const c of clients) {
    const r = rng();
    if (r < 0.5) {
      const local = DateTime.fromObject(
        { weekYear: week.weekYear, weekNumber: week.weekNumber, weekday: c.slotWeekday, hour: c.slotHour },
        { zone: c.profile.zone },
      );
      const start = local.toMillis() + USER_OFFSET_MIN * 60000;
      blocks.push({ start, line: planLine(start, 30, c, c.meetingTitle, newId) });
    } else if (r < 0.75) {
      continue;
    } else {
      const day = int(rng, 0, 4);
      const minute = int(rng, 8 * 4, 18 * 4) * 15;
      const start = week.toMillis() + USER_OFFSET_MIN * 60000 + day * 86400000 + minute * 60000;
      blocks.push({ start, line: planLine(start, int(rng, 2, 8) * 15, c, pick(rng, TASK_KINDS), newId) });
    }
    if (chance(rng, 0.25)) {
      const day = int(rng, 0, 4);
      const minute = int(rng, 8 * 4, 18 * 4) * 15;
      const start = week.toMillis() + USER_OFFSET_MIN * 60000 + day * 86400000 + minute * 60000;
      blocks.push({ start, line: planLine(start, int(rng, 2, 8) * 15, c, pick(rng, TASK_KINDS), newId) });
    }
  }
  blocks.sort((a, b) => a.start - b.start);
  const weekId = `${week.weekYear}-W${pad(week.weekNumber)}`;
  const text = ["---", "type: week-plan", `week: ${weekId}`, "---", "", ...blocks.map((b) => b.line), ""].join("\n");
  return { text, blocks: blocks.length };
}

function planLine(localStart: number, minutes: number, c: ClientGen, title: string, newId: () => string): string {
  const end = localStart + minutes * 60000;
  return `- [start:: ${userInstant(localStart, false)}] [end:: ${userInstant(end, false)}] [client:: [[${c.key}]]] ${title} ^${newId()}`;
}
