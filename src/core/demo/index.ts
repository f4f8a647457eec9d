// The demo vault: Linh, a VA in Ho Chi Minh City, four clients, a month of time entries and this
// week's plan. Pure and deterministic: the same `now` gives the same files, byte for byte.

import { DateTime } from "luxon";
import { appendLine, entryLine, newLogNote } from "../notes/log-append";
import { clientFolderPath, clientNotePath, logNotePath, planNotePath } from "../shared/paths";
import { linkTo, serializeTimedLine } from "../notes/timed-line";
import { offsetAt } from "../shared/zones";
import { monthOf } from "../shared/week";
import { unsafeNamePart } from "../shared/names";
import { DEMO_SETTINGS, LINH_ZONE, type DemoClient } from "./people";
import { DEMO_CLIENTS } from "./clients";
import { demoBlocks, demoEntries, IdSource, type DemoBlock, type DemoEntry } from "./schedule";
import { seededRng, seedFrom } from "./rng";
import { addLifecycleNotes } from "./lifecycle-notes";
import { demoTeam } from "./team";

export { DEMO_SETTINGS, LINH_ZONE } from "./people";
export { DEMO_CLIENTS } from "./clients";
export { demoFrom } from "./schedule";
export { summary, type WeekSummary, type ClientWeek } from "./summary";

/** Where the plugin's settings live in a vault whose config folder is `.obsidian`. */
export const DEMO_SETTINGS_PATH = ".obsidian/plugins/client-desk/data.json";

/**
 * Vault-relative path → file text for the whole demo vault, including the plugin's data.json and
 * the list of enabled community plugins under `.obsidian/`. The seed (by default one drawn from
 * `now`) picks the entries' times and ids; the same `now` and seed give the same files.
 */
export function demoVault(now: number, seed: number = seedFrom(now)): Map<string, string> {
  const rng = seededRng(seed);
  const ids = new IdSource(rng);
  const files = new Map<string, string>();
  const layout = DEMO_SETTINGS;

  const entries = demoEntries(now, rng, ids);
  const plan = demoBlocks(now, ids);

  files.set("Welcome.md", welcomeNote(now, plan.week));
  for (const client of DEMO_CLIENTS) {
    for (const name of [client.key, ...client.tasks.map((t) => t.name), client.meeting.task.name]) {
      if (unsafeNamePart(name) !== null) throw new Error(`demo name is not a safe file name: ${name}`);
    }
    files.set(clientNotePath(layout, client.key), clientNote(client));
    for (const task of [...client.tasks, client.meeting.task]) {
      files.set(`${clientFolderPath(layout, client.key)}/Tasks/${task.name}.md`, taskNote(client, task.about));
    }
  }
  for (const [path, text] of logNotes(entries)) files.set(path, text);
  files.set(planNotePath(layout, plan.week), planNote(plan.week, plan.days, plan.blocks));
  addLifecycleNotes(files, now);
  for (const [path, text] of demoTeam(now, ids)) files.set(path, text);
  files.set(DEMO_SETTINGS_PATH, `${JSON.stringify(DEMO_SETTINGS, null, 2)}\n`);
  files.set(".obsidian/community-plugins.json", `${JSON.stringify(["client-desk"], null, 2)}\n`);
  return files;
}

function clientNote(c: DemoClient): string {
  return `---\n${c.frontmatter.join("\n")}\n---\n${c.body}\n`;
}

function taskNote(c: DemoClient, about: string): string {
  return `---\ntype: task\nclient: ${JSON.stringify(linkTo(c.key))}\n---\n${about}\n`;
}

/** One log note per client per month (of the start, in Linh's zone), entries in order. */
function logNotes(entries: DemoEntry[]): Map<string, string> {
  const notes = new Map<string, string>();
  for (const e of entries) {
    const month = monthOf(e.start, LINH_ZONE);
    const path = logNotePath(DEMO_SETTINGS, e.client.key, month);
    const line = entryLine({
      id: e.id,
      start: e.start,
      startOffset: offsetAt(LINH_ZONE, e.start),
      end: e.end,
      endOffset: offsetAt(LINH_ZONE, e.end),
      task: e.task,
      taskAsLink: true,
      note: e.note,
      billable: e.billable,
    });
    notes.set(path, appendLine(notes.get(path) ?? newLogNote(e.client.key, month), line));
  }
  return notes;
}

function planNote(week: string, days: number[], blocks: DemoBlock[]): string {
  const [year, w] = week.split("-W");
  let text = `---\ntype: plan\nweek: ${week}\n---\n# Week ${+w}, ${year}\n\n`;
  text += "Time blocks for every client, in Linh's time (Ho Chi Minh City). Each client's call is in the same slot every week.\n";
  for (const ms of days) {
    const day = DateTime.fromMillis(ms, { zone: LINH_ZONE }).setLocale("en");
    const today = blocks.filter((b) => b.start >= ms && b.start < ms + 86_400_000);
    if (today.length === 0) continue;
    text += `\n## ${day.toFormat("cccc d LLLL")}\n\n`;
    for (const b of today) {
      text += `${serializeTimedLine({
        start: b.start,
        startOffset: offsetAt(LINH_ZONE, b.start),
        end: b.end,
        endOffset: offsetAt(LINH_ZONE, b.end),
        client: linkTo(b.client.key),
        task: null,
        device: null,
        text: b.title,
        billable: true,
        id: b.id,
      })}\n`;
    }
  }
  return text;
}

function welcomeNote(now: number, week: string): string {
  const made = DateTime.fromMillis(now, { zone: LINH_ZONE }).setLocale("en").toFormat("d LLLL yyyy, HH:mm");
  const links = DEMO_CLIENTS.map((c) => `[[${c.key}]] (${c.zone})`).join(", ");
  return [
    "# Welcome to the Client Desk demo",
    "",
    "This vault belongs to Linh, a virtual assistant in Ho Chi Minh City (UTC+7). She works for four",
    `clients in four time zones: ${links}.`,
    "",
    "Everything Client Desk knows is in plain notes you can read and edit:",
    "",
    "- `Clients/<client>/<client>.md`: the client note. Its properties (time zone, working hours,",
    "  currency, rate, rounding, tax, payment terms…) are the source of truth.",
    "- `Clients/<client>/Log/YYYY-MM.md`: time entries, one line each, with exact start and end",
    "  times (UTC offset included) and a block id that invoices will point at.",
    `- [[${week}]] in \`Planner/\`: this week's time blocks for every client; each client's call`,
    "  is in the same slot every week, in the client's own time.",
    "- `Clients/<client>/Invoices/`, `Check-ins/`, `Feedback/`: last month's invoices (one paid, one",
    "  owed), a check-in and a survey; the weekly reports due appear in `Reports/` as the vault opens.",
    "  Nordlys Studio is still onboarding.",
    "- `Client Desk/`: the workflow, package and subcontractor notes, and `Bases/` with views of",
    "  clients, open tasks, invoices owed and this month's reports (Obsidian's Bases core plugin).",
    "",
    "Try it: run **Check client data** from the command palette, then break something on purpose",
    "(a rate of `-5`, a time zone of `Mars/Base`, an end before a start) and check again. Lines the",
    "plugin does not understand are reported, never changed.",
    "",
    `Made for ${made} (Ho Chi Minh City time). Run \`npm run demo\` for a fresh one.`,
    "",
  ].join("\n");
}
