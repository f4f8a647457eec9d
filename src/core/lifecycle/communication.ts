// The communication log of a client (`<client>/Communication.md`): one list item per contact,
//   - [at:: 2026-11-24T10:15+07:00] [channel:: email] [direction:: in] Asked for the May invoice
// and when a check-in is due from the client's cadence (`checkin_days`).

import { DateTime } from "luxon";
import type { Client, Diagnostic } from "../shared/types";
import { formatInstant, parseInstant } from "../shared/instant";
import { offsetAt } from "../shared/zones";
import { forEachBodyLine } from "../notes/note-lines";
import { sanitizeInline } from "../notes/timed-line";

export type Direction = "in" | "out";

export interface Contact {
  file: string;
  line: number;
  at: number;
  channel: string;
  direction: Direction;
  summary: string;
}

export interface NewContact {
  at: number;
  /** The zone whose offset the line carries (the VA's: the log is the VA's record). */
  zone: string;
  channel: string;
  direction: Direction;
  summary: string;
}

export function contactLine(c: NewContact): string {
  const at = formatInstant(Math.floor(c.at / 60_000) * 60_000, offsetAt(c.zone, c.at));
  const summary = sanitizeInline(c.summary);
  return `- [at:: ${at}] [channel:: ${sanitizeInline(c.channel)}] [direction:: ${c.direction}]${summary === "" ? "" : ` ${summary}`}`;
}

export function newCommunicationNote(clientKey: string): string {
  return `---\ntype: client-communication\nclient: "[[${clientKey}]]"\n---\n`;
}

/** The text with `line` appended on a line of its own, every existing byte kept. */
export function appendContact(text: string, line: string): string {
  if (text === "") return `${line}\n`;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  return text.endsWith("\n") ? `${text}${line}${eol}` : `${text}${eol}${line}${eol}`;
}

const FIELD = /\[(\w+)::\s*([^\]]*?)\s*\]/g;

/** The contacts of a communication note; a list item with `[at::` that cannot be read is reported. */
export function parseContacts(file: string, text: string): { contacts: Contact[]; diagnostics: Diagnostic[] } {
  const contacts: Contact[] = [];
  const diagnostics: Diagnostic[] = [];
  forEachBodyLine(text, (line, raw) => {
    if (!/^\s*[-*+]\s+\[at::/.test(raw)) return;
    const fields = new Map<string, string>();
    let rest = raw.replace(/^\s*[-*+]\s+/, "");
    for (const m of rest.matchAll(FIELD)) fields.set(m[1], m[2]);
    rest = rest.replace(FIELD, "").trim();
    const at = parseInstant(fields.get("at") ?? "");
    const direction = fields.get("direction") ?? "";
    if (!at) {
      diagnostics.push({ severity: "error", code: "field-value", file, line, field: "at", params: { value: fields.get("at") ?? "", allowed: "YYYY-MM-DDTHH:MM±HH:MM" } });
      return;
    }
    if (direction !== "in" && direction !== "out") {
      diagnostics.push({ severity: "error", code: "field-value", file, line, field: "direction", params: { value: direction, allowed: "in, out" } });
      return;
    }
    contacts.push({ file, line, at: at.ms, channel: fields.get("channel") ?? "", direction, summary: rest });
  });
  return { contacts, diagnostics };
}

export interface CheckinDue {
  /** True when a check-in is due today or overdue, in the client's zone. */
  due: boolean;
  /** "YYYY-MM-DD" the next check-in falls due, or null without a cadence or a first one. */
  dueDate: string | null;
  /** Days past the due date (0 on the day itself), when due. */
  daysOver: number;
}

/**
 * When the next check-in is due: `checkin_days` after the last one, counted in calendar days of
 * the client's zone. Without any check-in yet, an active or onboarding client is due now.
 * A cadence of 0, or a paused, archived or lead client, is never due.
 */
export function checkinDue(client: Pick<Client, "checkinDays" | "timezone" | "status">, lastCheckin: string | null, now: number): CheckinDue {
  const never = { due: false, dueDate: null, daysOver: 0 };
  if (client.checkinDays <= 0 || (client.status !== "active" && client.status !== "onboarding")) return never;
  const today = DateTime.fromMillis(now, { zone: client.timezone }).startOf("day");
  if (lastCheckin === null) return { due: true, dueDate: null, daysOver: 0 };
  const last = DateTime.fromISO(lastCheckin, { zone: client.timezone });
  if (!last.isValid) return { due: true, dueDate: null, daysOver: 0 };
  const dueDay = last.plus({ days: client.checkinDays });
  const over = Math.round(today.diff(dueDay, "days").days);
  return { due: over >= 0, dueDate: dueDay.toISODate(), daysOver: Math.max(0, over) };
}

/** "YYYY-MM-DD" of `now` in `zone`: the name of a check-in or feedback note. */
export function dayIn(now: number, zone: string): string {
  return DateTime.fromMillis(now, { zone }).toISODate() ?? "";
}
