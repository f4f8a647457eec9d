// Where things live in the vault (docs/vault-format.md), as pure path arithmetic.

export type PathKind =
  | { kind: "client-note"; key: string }
  /** `person`: a team member's own log note (`Log/2026-11 ana.md`, docs/team.md); absent for the plain one. */
  | { kind: "log"; key: string; month: string; person?: string }
  /** A copy of a month's log note made by a sync service in a conflict: never counted, reported. */
  | { kind: "log-copy"; key: string; month: string; tool: SyncTool; person?: string }
  /** A person note in the team folder (or, `legacy`, a subcontractor note): docs/team.md. */
  | { kind: "person"; key: string; legacy: boolean }
  /** The owner's approval of a person's week: `<team folder>/Approvals/2026-W48 ana.md`. */
  | { kind: "approval"; week: string; person: string }
  /** `person`: a team member's own plan note (`Planner/2026-W48 ana.md`, docs/team.md); absent for the plain one. */
  | { kind: "plan"; week: string; person?: string }
  | { kind: "task"; key: string }
  | { kind: "checkin"; key: string; date: string }
  | { kind: "survey"; key: string; date: string }
  | { kind: "contacts"; key: string }
  | { kind: "invoice"; key: string }
  /** An .ics file in the calendars folder, read as busy time (not its Exports subfolder). */
  | { kind: "calendar" }
  | { kind: "other" };

export interface Layout {
  clientsRoot: string;
  plannerFolder: string;
  /** Where .ics calendars are read from (docs/calendars.md); none are read without it. */
  calendarsFolder?: string;
  /** Where people notes and approvals live (docs/team.md); no team notes are read without it. */
  teamFolder?: string;
  /** Subcontractor notes, read as people with the role subcontractor. */
  subcontractorsFolder?: string;
}

/** The calendars folder's subfolder that exports are written to; never read as busy time. */
export const CALENDAR_EXPORTS = "Exports";

function trimSlashes(p: string): string {
  return p.replace(/^\/+|\/+$/g, "");
}

// classifyPath runs for every file of the vault on a cold start, with the same few folders.
const prefixes = new Map<string, string>();

/** `folder/` with its slashes trimmed, or "" for the vault's root; remembered per folder setting. */
function prefixOf(folder: string): string {
  let prefix = prefixes.get(folder);
  if (prefix === undefined) {
    const root = trimSlashes(folder);
    prefix = root === "" ? "" : `${root}/`;
    if (prefixes.size > 64) prefixes.clear();
    prefixes.set(folder, prefix);
  }
  return prefix;
}

const OTHER: PathKind = { kind: "other" };
const LOG_NAME = /^Log\/\d{4}-\d{2}\.md$/;

/** Who made a conflicted copy, by its name. */
export type SyncTool = "syncthing" | "conflicted-copy" | "numbered" | "onedrive";

/**
 * The names sync services give the copy they keep when two devices changed one note:
 * Syncthing `2026-11.sync-conflict-20261127-123456-ABCDEFG.md`; Obsidian Sync, Dropbox and
 * Nextcloud `2026-11 (… conflicted copy …).md`; iCloud and Google Drive `2026-11 2.md`,
 * `2026-11 (1).md`; OneDrive `2026-11-DEVICE.md` (the computer's name in capitals).
 */
// Group 2 is the person of a person's own log note (`2026-11 ana.sync-conflict-….md`).
const LOG_COPY: readonly [SyncTool, RegExp][] = [
  ["syncthing", /^Log\/(\d{4}-\d{2})(?: ([^/]+?))?\.sync-conflict-[^/]*\.md$/],
  ["conflicted-copy", /^Log\/(\d{4}-\d{2})(?: ([^/(]+?))? \([^/]*conflict[^/]*\)\.md$/i],
  ["numbered", /^Log\/(\d{4}-\d{2})(?: ([^/]+?))?(?: \d{1,3}| \(\d{1,3}\))\.md$/],
  // OneDrive adds the computer's name, which Windows writes in capitals: "2026-11-notes" is yours.
  ["onedrive", /^Log\/(\d{4}-\d{2})(?: ([^/]+?))?-(?!\d)[A-Z0-9][A-Z0-9-]*\.md$/],
];
/** A person's own log note: `Log/2026-11 ana.md` (after the copies: `2026-11 2.md` is a copy). */
const PERSON_LOG = /^Log\/(\d{4}-\d{2}) ([^/]+)\.md$/;
const APPROVAL_NAME = /^Approvals\/(\d{4}-W\d{2}) ([^/]+)\.md$/;
const WEEK_NAME = /^\d{4}-W\d{2}\.md$/;
/** True when a name part reads as a sync service's copy (`2`, `(1)`, `ana 2`, `… conflicted copy …`), not a person. */
function isCopyName(name: string): boolean {
  const probe = `Log/2026-01 ${name}.md`;
  return LOG_COPY.some(([, re]) => re.test(probe));
}
/** A person's own plan note: `2026-W48 ana.md` (the plain `2026-W48.md` is the owner's). */
const PERSON_PLAN = /^\d{4}-W\d{2} ([^/]+)\.md$/;
// Check-in and feedback notes are named for their day; a second one that day may add to the name.
const DATED_NOTE = /^(Check-ins|Feedback)\/(\d{4}-\d{2}-\d{2})[^/]*\.md$/;
const COMMUNICATION_NOTE = "Communication.md";

/** What a path is. Called for every file of the vault on a cold start, so it avoids split(). */
export function classifyPath(path: string, layout: Layout): PathKind {
  if (!path.endsWith(".md")) return layout.calendarsFolder === undefined ? OTHER : classifyCalendar(path, layout.calendarsFolder);
  const rootPrefix = prefixOf(layout.clientsRoot);
  if (path.startsWith(rootPrefix)) {
    const slash = path.indexOf("/", rootPrefix.length);
    if (slash > rootPrefix.length) {
      const key = path.slice(rootPrefix.length, slash);
      const rest = path.slice(slash + 1);
      if (rest.length === key.length + 3 && rest.startsWith(key) && !rest.includes("/")) {
        return { kind: "client-note", key };
      }
      if (rest.length === 14 && LOG_NAME.test(rest)) return { kind: "log", key, month: rest.slice(4, 11) };
      if (rest.startsWith("Log/") && rest.indexOf("/", 4) === -1) {
        for (const [tool, re] of LOG_COPY) {
          const m = re.exec(rest);
          if (m) return m[2] === undefined ? { kind: "log-copy", key, month: m[1], tool } : { kind: "log-copy", key, month: m[1], tool, person: m[2] };
        }
        const p = PERSON_LOG.exec(rest);
        if (p && p[2].trim() === p[2]) return { kind: "log", key, month: p[1], person: p[2] };
      }
      if (rest.startsWith("Tasks/") && rest.length > 9 && rest.indexOf("/", 6) === -1) return { kind: "task", key };
      const dated = rest.startsWith("Check-ins/") || rest.startsWith("Feedback/") ? DATED_NOTE.exec(rest) : null;
      if (dated) return { kind: dated[1] === "Check-ins" ? "checkin" : "survey", key, date: dated[2] };
      if (rest === COMMUNICATION_NOTE) return { kind: "contacts", key };
      if (rest.startsWith("Invoices/") && rest.indexOf("/", 9) === -1 && rest.length > 12) return { kind: "invoice", key };
    }
  }
  const team = teamKind(path, layout);
  if (team !== null) return team;
  const plannerPrefix = prefixOf(layout.plannerFolder);
  if (path.startsWith(plannerPrefix)) {
    const name = path.slice(plannerPrefix.length);
    if (name.length === 11 && WEEK_NAME.test(name)) return { kind: "plan", week: name.slice(0, 8) };
    const own = PERSON_PLAN.exec(name);
    if (own && !isCopyName(own[1])) return { kind: "plan", week: own[0].slice(0, 8), person: own[1] };
  }
  return OTHER;
}

const CALENDAR: PathKind = { kind: "calendar" };

function classifyCalendar(path: string, folder: string): PathKind {
  if (!path.toLowerCase().endsWith(".ics")) return OTHER;
  const root = trimSlashes(folder);
  const prefix = root === "" ? "" : `${root}/`;
  if (!path.startsWith(prefix) || path.startsWith(`${prefix}${CALENDAR_EXPORTS}/`)) return OTHER;
  return CALENDAR;
}

/** The folder exported weeks and invitations are written to. */
export function calendarExportsFolder(layout: Layout): string {
  return join(layout.calendarsFolder ?? "", CALENDAR_EXPORTS);
}

function teamKind(path: string, layout: Layout): PathKind | null {
  const team = layout.teamFolder === undefined ? "" : prefixOf(layout.teamFolder);
  if (team !== "" && path.startsWith(team)) {
    const rest = path.slice(team.length);
    if (!rest.includes("/")) return { kind: "person", key: rest.slice(0, -3), legacy: false };
    const a = APPROVAL_NAME.exec(rest);
    if (a) return { kind: "approval", week: a[1], person: a[2] };
  }
  const subs = layout.subcontractorsFolder === undefined ? "" : prefixOf(layout.subcontractorsFolder);
  if (subs !== "" && path.startsWith(subs)) {
    const rest = path.slice(subs.length);
    if (!rest.includes("/")) return { kind: "person", key: rest.slice(0, -3), legacy: true };
  }
  return null;
}

function join(...parts: string[]): string {
  return parts.map(trimSlashes).filter((p) => p !== "").join("/");
}

export function clientFolderPath(layout: Layout, key: string): string {
  return join(layout.clientsRoot, key);
}

export function clientNotePath(layout: Layout, key: string): string {
  return join(layout.clientsRoot, key, `${key}.md`);
}

export function logNotePath(layout: Layout, key: string, month: string): string {
  return join(layout.clientsRoot, key, "Log", `${month}.md`);
}

/** A person's own log note of a client and month: `<client>/Log/2026-11 ana.md` (docs/team.md). */
export function personLogPath(layout: Layout, key: string, month: string, person: string | null): string {
  return person === null ? logNotePath(layout, key, month) : join(layout.clientsRoot, key, "Log", `${month} ${person}.md`);
}

/** Whose log note a path is: the person of `2026-11 ana.md`, null for the plain `2026-11.md`. */
export function personOfLog(path: string): string | null {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name.length > 11 && name[7] === " " && name.endsWith(".md") ? name.slice(8, -3) : null;
}

/** `<team folder>/Approvals/2026-W48 ana.md`. */
export function approvalNotePath(teamFolder: string, week: string, person: string): string {
  return join(teamFolder, "Approvals", `${week} ${person}.md`);
}

/** The plan note of a week: the plain `Planner/2026-W48.md` (the owner's), or a person's own `Planner/2026-W48 ana.md`. */
export function planNotePath(layout: Layout, week: string, person: string | null = null): string {
  return join(layout.plannerFolder, person === null ? `${week}.md` : `${week} ${person}.md`);
}

/** Whose plan note a path is: the person of `2026-W48 ana.md`, null for the plain `2026-W48.md`. */
export function personOfPlan(path: string): string | null {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name.length > 12 && name[8] === " " && name.endsWith(".md") ? name.slice(9, -3) : null;
}

export function tasksFolderPath(layout: Layout, key: string): string {
  return join(layout.clientsRoot, key, "Tasks");
}

export function communicationPath(layout: Layout, key: string): string {
  return join(layout.clientsRoot, key, COMMUNICATION_NOTE);
}

/** `<client>/Check-ins/YYYY-MM-DD.md` or `<client>/Feedback/YYYY-MM-DD.md`. */
export function datedNotePath(layout: Layout, key: string, kind: "checkin" | "survey", date: string): string {
  return join(layout.clientsRoot, key, kind === "checkin" ? "Check-ins" : "Feedback", `${date}.md`);
}

export function onboardingFolderPath(layout: Layout, key: string): string {
  return join(layout.clientsRoot, key, "Onboarding");
}

export function invoiceNotePath(layout: Layout, key: string, number: string): string {
  return join(layout.clientsRoot, key, "Invoices", `${number}.md`);
}
