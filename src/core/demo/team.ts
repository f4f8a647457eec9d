// The demo's small team (docs/team.md): Linh, the owner, and Minh, a designer she subcontracts
// Clara's Instagram graphics to, who tracks his own time in his own log notes. Last week is
// approved, this week is not: the review, `team`, the team panel and an invoice show the difference.

import { DateTime } from "luxon";
import { appendLine, entryLine, newLogNote } from "../notes/log-append";
import { approvalNotePath, personLogPath } from "../shared/paths";
import { offsetAt } from "../shared/zones";
import { monthOf, weekOf } from "../shared/week";
import { entryFingerprint } from "../billing/invoice-check";
import { renderApproval } from "../lifecycle/approvals";
import { DEMO_SETTINGS, LINH_ZONE } from "./people";
import type { IdSource } from "./schedule";

const CLIENT = "Clara Whitfield Coaching";
const TASK = "Instagram content";
const PERSON = "minh";

const PEOPLE: Record<string, string> = {
  "linh.md": [
    "---",
    "name: Linh Nguyen",
    "role: owner",
    "timezone: Asia/Ho_Chi_Minh",
    'working_hours: "07:00-22:00"',
    "cost_rate: 250000",
    "cost_currency: VND",
    "email: linh@example.com",
    "---",
    "Owner of this vault: approves the team's weeks, invoices clients.",
    "",
  ].join("\n"),
  "minh.md": [
    "---",
    "name: Minh Tran",
    "role: subcontractor",
    "timezone: Asia/Ho_Chi_Minh",
    'working_hours: "09:00-17:00"',
    "working_days: [mon, tue, wed, thu, fri]",
    "cost_rate: 150000",
    "cost_currency: VND",
    "bill_rates:",
    '  - "Clara Whitfield Coaching = 38"',
    "email: minh@example.com",
    "---",
    "Graphic designer: Instagram graphics for Clara Whitfield Coaching. Tracks his own time in",
    "`Log/YYYY-MM minh.md`; Linh approves each week before it is invoiced.",
    "",
  ].join("\n"),
};

/** Minh's days: [weekday (1 = Monday), start hh:mm, end hh:mm], odd minutes so no time equals Linh's. */
const WORK: [number, string, string][] = [
  [1, "13:07", "15:52"],
  [3, "09:13", "11:41"],
  [4, "14:03", "16:27"],
];

export function demoTeam(now: number, ids: IdSource): Map<string, string> {
  const files = new Map<string, string>();
  const folder = DEMO_SETTINGS.teamFolder;
  for (const [name, text] of Object.entries(PEOPLE)) files.set(`${folder}/${name}`, text);
  const thisMonday = DateTime.fromMillis(now, { zone: LINH_ZONE }).startOf("week");
  const lastWeek: { id: string; fingerprint: string; ms: number }[] = [];
  for (const monday of [thisMonday.minus({ weeks: 1 }), thisMonday]) {
    for (const [weekday, from, to] of WORK) {
      const day = monday.plus({ days: weekday - 1 }).toISODate();
      const start = DateTime.fromISO(`${day}T${from}`, { zone: LINH_ZONE }).toMillis();
      const end = DateTime.fromISO(`${day}T${to}`, { zone: LINH_ZONE }).toMillis();
      if (end > now) continue;
      const id = ids.next();
      const month = monthOf(start, LINH_ZONE);
      const path = personLogPath(DEMO_SETTINGS, CLIENT, month, PERSON);
      const line = entryLine({ id, start, startOffset: offsetAt(LINH_ZONE, start), end, endOffset: offsetAt(LINH_ZONE, end), task: TASK, taskAsLink: true, note: "Instagram graphics", billable: true });
      files.set(path, appendLine(files.get(path) ?? newLogNote(CLIENT, month), line));
      if (monday < thisMonday) lastWeek.push({ id, fingerprint: entryFingerprint({ start, end, billable: true }), ms: end - start });
    }
  }
  const week = weekOf(thisMonday.minus({ weeks: 1 }).toMillis(), LINH_ZONE, "mon");
  const approvedAt = thisMonday.set({ hour: 8 });
  const at = approvedAt.toMillis() < now ? approvedAt : thisMonday;
  const hours = (lastWeek.reduce((s, e) => s + e.ms, 0) / 3_600_000).toFixed(2);
  files.set(
    approvalNotePath(folder, week, PERSON),
    renderApproval({ person: PERSON, week, approvedBy: "linh", approvedAt: at.toISO({ suppressMilliseconds: true, suppressSeconds: true }) ?? "", entries: lastWeek, hours }),
  );
  return files;
}
