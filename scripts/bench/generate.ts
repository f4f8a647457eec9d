// Synthetic vaults for the benchmark, generated from a fixed seed so that every machine and every
// run measures the same notes. Written once per scale under os.tmpdir() and reused afterwards.
//
// Bump GENERATOR_VERSION whenever the output of this file changes: the directory name carries it,
// so an old vault is never measured by mistake.

import { Buffer } from "node:buffer";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { DateTime } from "luxon";
import { chance, int, mulberry32, pick, type Random } from "./prng";

export const GENERATOR_VERSION = "6";

export type ScaleName = "S" | "M" | "L";

export interface ScaleSpec {
  name: ScaleName;
  clients: number;
  firstYear: number;
  years: number;
  seed: number;
}

/** The product brief's scales: S = 10 clients × 1 year, M = 50 × 3, L = 500 × 5. */
export const SCALES: Record<ScaleName, ScaleSpec> = {
  S: { name: "S", clients: 10, firstYear: 2026, years: 1, seed: 0x5eed0001 },
  M: { name: "M", clients: 50, firstYear: 2024, years: 3, seed: 0x5eed0002 },
  L: { name: "L", clients: 500, firstYear: 2022, years: 5, seed: 0x5eed0003 },
};

/** The vault owner's zone (Linh, in Ho Chi Minh City): every entry is written with +07:00. */
export const USER_ZONE = "Asia/Ho_Chi_Minh";
const USER_OFFSET_MIN = 7 * 60;
const USER_OFFSET = "+07:00";

// Per client and month. 8.67 entries per client-month gives ~260k entries at L (500 × 60 months);
// 1.64 other notes per client-month gives ~80k notes at L with the client, log and plan notes.
const P_INVOICE = 0.95;
const P_MEETING = 0.3;
const P_TASK_NOTE = 0.25;
const P_REPORT = 0.14;
const P_FREEHAND = 0.02;
const P_COMMENT = 0.03;

export interface VaultManifest {
  version: string;
  scale: ScaleName;
  seed: number;
  clients: number;
  months: number;
  clientNotes: number;
  logNotes: number;
  planNotes: number;
  otherNotes: number;
  files: number;
  entries: number;
  runningEntries: number;
  freehandLines: number;
  planBlocks: number;
  bytes: number;
  generatedMs: number;
}

export interface Vault {
  root: string;
  manifest: VaultManifest;
  reused: boolean;
}

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
const STATUSES = ["active", "active", "active", "active", "active", "active", "paused", "onboarding", "archived"];
const TASK_KINDS = [
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
const DEVICES = ["Linh's phone", "Linh's laptop", "Office desktop"];
const ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

interface ClientGen {
  key: string;
  profile: Profile;
  slotWeekday: 1 | 2 | 3 | 4 | 5;
  slotHour: number;
  meetingTitle: string;
}

export function vaultDir(scale: ScaleName): string {
  return join(tmpdir(), `client-desk-bench-${GENERATOR_VERSION}-${scale}`);
}

/** The vault of `scale`, generated on first use. `log` receives progress lines. */
export function ensureVault(scale: ScaleName, log: (msg: string) => void): Vault {
  const dir = vaultDir(scale);
  const manifestPath = join(dir, "manifest.json");
  if (existsSync(manifestPath)) {
    try {
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as VaultManifest;
      if (manifest.version === GENERATOR_VERSION && manifest.scale === scale) {
        return { root: join(dir, "vault"), manifest, reused: true };
      }
    } catch {
      // unreadable manifest: generate again
    }
  }
  const work = `${dir}.partial-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const manifest = generate(SCALES[scale], join(work, "vault"), log);
  writeFileSync(join(work, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(work, dir);
  return { root: join(dir, "vault"), manifest, reused: false };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** `2026-11-23T09:00+07:00` (or with seconds) for a wall-clock time in the user's zone. */
function userInstant(localMs: number, withSeconds: boolean): string {
  const d = new Date(localMs);
  const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return `${withSeconds ? `${base}:${pad(d.getUTCSeconds())}` : base}${USER_OFFSET}`;
}

function generate(spec: ScaleSpec, root: string, log: (msg: string) => void): VaultManifest {
  const t0 = performance.now();
  const rng = mulberry32(spec.seed);
  const ids = new Set<string>();
  const newId = (): string => {
    for (;;) {
      let s = "cd-";
      for (let i = 0; i < 8; i++) s += ID_ALPHABET[Math.floor(rng() * 36)];
      if (!ids.has(s)) {
        ids.add(s);
        return s;
      }
    }
  };
  const m: VaultManifest = {
    version: GENERATOR_VERSION,
    scale: spec.name,
    seed: spec.seed,
    clients: spec.clients,
    months: spec.years * 12,
    clientNotes: 0,
    logNotes: 0,
    planNotes: 0,
    otherNotes: 0,
    files: 0,
    entries: 0,
    runningEntries: 0,
    freehandLines: 0,
    planBlocks: 0,
    bytes: 0,
    generatedMs: 0,
  };
  const written = new Set<string>();
  const write = (rel: string, text: string): void => {
    if (written.has(rel)) throw new Error(`generated twice: ${rel}`);
    written.add(rel);
    writeFileSync(join(root, rel), text);
    m.files++;
    m.bytes += Buffer.byteLength(text);
  };

  const clients = makeClients(spec, rng);
  const lastMonthIndex = spec.years * 12 - 1;
  let nextReport = 0.1;
  // Invoice numbers are unique across the vault (docs/vault-format.md): one counter per year.
  const invoiceCounters = new Map<number, number>();
  clients.forEach((c, ci) => {
    const folder = `Clients/${c.key}`;
    for (const sub of ["Log", "Tasks", "Invoices", "Reports", "Meetings"]) {
      mkdirSync(join(root, folder, sub), { recursive: true });
    }
    write(`${folder}/${c.key}.md`, clientNote(c, rng));
    m.clientNotes++;
    const running = ci % 20 === 3;
    for (let mi = 0; mi <= lastMonthIndex; mi++) {
      const year = spec.firstYear + Math.floor(mi / 12);
      const month = (mi % 12) + 1;
      const monthId = `${year}-${pad(month)}`;
      const { text, entries, billableIds, freehand } = logNote(c, year, month, rng, newId, running && mi === lastMonthIndex);
      write(`${folder}/Log/${monthId}.md`, text);
      m.logNotes++;
      m.entries += entries;
      m.freehandLines += freehand;
      if (running && mi === lastMonthIndex) m.runningEntries++;

      if (chance(rng, P_INVOICE)) {
        const invoiceNo = (invoiceCounters.get(year) ?? 0) + 1;
        invoiceCounters.set(year, invoiceNo);
        const number = `INV-${year}-${pad(invoiceNo, 4)}`;
        write(`${folder}/Invoices/${number}.md`, invoiceNote(c, number, year, month, billableIds, rng));
        m.otherNotes++;
      }
      if (chance(rng, P_MEETING)) {
        const day = int(rng, 1, 28);
        write(`${folder}/Meetings/${monthId}-${pad(day)} ${c.meetingTitle}.md`, meetingNote(c, monthId, day, rng));
        m.otherNotes++;
      }
      if (chance(rng, P_TASK_NOTE)) {
        const kind = pick(rng, TASK_KINDS);
        write(`${folder}/Tasks/${kind} ${monthId}.md`, taskNote(c, kind, monthId, rng));
        m.otherNotes++;
      }
      if (chance(rng, P_REPORT)) {
        // One of the first four Mondays of this month, so that two months never name the same report.
        const first = DateTime.fromObject({ year, month, day: 1 }, { zone: USER_ZONE });
        const week = first.plus({ days: (8 - first.weekday) % 7, weeks: int(rng, 0, 3) });
        const weekId = `${week.weekYear}-W${pad(week.weekNumber)}`;
        write(`${folder}/Reports/${weekId}.md`, reportNote(c, weekId, rng));
        m.otherNotes++;
      }
    }
    if ((ci + 1) / clients.length >= nextReport) {
      log(`  generating ${spec.name}: ${ci + 1}/${clients.length} clients, ${m.files} files`);
      nextReport += 0.1;
    }
  });

  mkdirSync(join(root, "Planner"), { recursive: true });
  let week = DateTime.fromObject({ year: spec.firstYear, month: 1, day: 1 }, { zone: USER_ZONE }).startOf("week");
  const end = DateTime.fromObject({ year: spec.firstYear + spec.years, month: 1, day: 1 }, { zone: USER_ZONE });
  while (week < end) {
    const weekId = `${week.weekYear}-W${pad(week.weekNumber)}`;
    const { text, blocks } = planNote(clients, week, rng, newId);
    write(`Planner/${weekId}.md`, text);
    m.planNotes++;
    m.planBlocks += blocks;
    week = week.plus({ weeks: 1 });
  }
  write("Planner/Template.md", "# The usual week\n\n- Mon: inbox, newsletters\n- Fri: reports\n");
  m.otherNotes++;
  write("Home.md", "# Home\n\n[[Planner/Template]]\n");
  m.otherNotes++;
  m.generatedMs = Math.round(performance.now() - t0);
  log(`  generated ${spec.name}: ${m.files} files, ${m.entries} entries in ${(m.generatedMs / 1000).toFixed(1)} s`);
  return m;
}

function makeClients(spec: ScaleSpec, rng: Random): ClientGen[] {
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

function clientNote(c: ClientGen, rng: Random): string {
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

function logNote(
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

function invoiceNote(c: ClientGen, number: string, year: number, month: number, ids: string[], rng: Random): string {
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

function meetingNote(c: ClientGen, monthId: string, day: number, rng: Random): string {
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

function taskNote(c: ClientGen, kind: string, monthId: string, rng: Random): string {
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

function reportNote(c: ClientGen, weekId: string, rng: Random): string {
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

function planNote(
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
