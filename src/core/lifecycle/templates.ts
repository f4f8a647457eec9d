// Client-facing notes made from the user's template notes. Placeholders are `{{name}}`; an unknown
// one stops the whole note (nothing is written) with the template's file, line and the placeholder,
// because a half-filled agreement sent to a client is worse than none.

import { DateTime } from "luxon";
import type { Client, Weekday } from "../shared/types";
import { formatClock, formatHoursRange } from "../shared/hours";
import { toMajorString } from "../shared/money";
import { inlineText, textLine } from "../shared/markdown-text";

export type TemplateValues = Readonly<Record<string, string>>;

export type RenderResult =
  | { ok: true; text: string }
  | { ok: false; file: string; line: number; placeholder: string };

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Where the frontmatter of `text` ends (the index of its closing `---` line); -1 when it has none. */
function frontmatterEnd(text: string): number {
  if (!/^---\r?\n/.test(text)) return -1;
  const m = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  return m === null ? -1 : m.index + 3;
}

/** YAML that needs no quotes: no indicator, no line break, no edge blanks. */
const PLAIN_YAML = /^(?![-?:,[\]{}#&*!|>'"%@`\s])[^:#\r\n]*[^:#\s]$/;

/**
 * A value as it may stand where its placeholder is. In the frontmatter: escaped for the quotes it
 * stands in, or quoted when it stands bare and YAML would read it as something else. In the body:
 * text that cannot start a heading, list or table, add HTML or a line of its own
 * (markdown-text.ts).
 */
function placed(value: string, text: string, index: number, fmEnd: number): string {
  const lineStart = text.lastIndexOf("\n", index - 1) + 1;
  const before = text.slice(lineStart, index);
  if (index < fmEnd) {
    const doubles = (before.match(/(?<!\\)"/g) ?? []).length;
    if (doubles % 2 === 1) return JSON.stringify(value).slice(1, -1);
    if ((before.match(/'/g) ?? []).length % 2 === 1) return value.replace(/'/g, "''").replace(/[\r\n]+/g, " ");
    return PLAIN_YAML.test(value) ? value : JSON.stringify(value);
  }
  return before.trim() === "" ? textLine(value) : inlineText(value);
}

/** Fills every placeholder of `text`, or names the first unknown one (1-based line of `file`). */
export function renderTemplate(file: string, text: string, values: TemplateValues): RenderResult {
  let unknown: { index: number; placeholder: string } | null = null;
  const fmEnd = frontmatterEnd(text);
  const out = text.replace(PLACEHOLDER, (all, name: string, index: number) => {
    if (Object.prototype.hasOwnProperty.call(values, name)) return placed(values[name], text, index, fmEnd);
    unknown ??= { index, placeholder: all };
    return all;
  });
  if (unknown !== null) {
    const { index, placeholder } = unknown;
    const line = text.slice(0, index).split("\n").length;
    return { ok: false, file, line, placeholder };
  }
  return { ok: true, text: out };
}

/** The names a template may use, for the docs and the error message's hint. */
export const PLACEHOLDER_NAMES = [
  "client.name",
  "client.key",
  "client.timezone",
  "client.currency",
  "client.billing",
  "client.rate",
  "client.contact",
  "client.email",
  "client.channel_formal",
  "client.channel_quick",
  "client.channel_meetings",
  "client.response_hours",
  "client.report_day",
  "client.checkin_days",
  "client.payment_terms",
  "working_hours",
  "working_days",
  "working_hours_local",
  "my_zone",
  "today",
  "now",
  "title",
] as const;

export interface ValueContext {
  /** The VA's zone and working hours ("09:00-17:00"), shown to the client in the client's zone. */
  myZone: string;
  myHours: { start: number; end: number };
  now: number;
  /** Day names in the client's language, for working days. */
  dayName: (day: Weekday) => string;
  title?: string;
}

/** The values for one client at `ctx.now`; dates and times in the client's own zone. */
export function clientValues(client: Client, ctx: ValueContext): TemplateValues {
  const here = DateTime.fromMillis(ctx.now, { zone: client.timezone });
  return {
    "client.name": client.name,
    "client.key": client.key,
    "client.timezone": client.timezone,
    "client.currency": client.currency,
    "client.billing": client.billing,
    "client.rate": client.rate === null ? "" : toMajorString(client.rate, client.currency),
    "client.contact": client.contact ?? "",
    "client.email": client.email ?? "",
    "client.channel_formal": client.channelFormal,
    "client.channel_quick": client.channelQuick ?? "",
    "client.channel_meetings": client.channelMeetings ?? "",
    "client.response_hours": String(client.responseHours),
    "client.report_day": client.reportDay === null ? "" : ctx.dayName(client.reportDay),
    "client.checkin_days": String(client.checkinDays),
    "client.payment_terms": String(client.paymentTermsDays),
    working_hours: formatHoursRange(client.workingHours).replace("-", "–"),
    working_days: client.workingDays.map(ctx.dayName).join(", "),
    working_hours_local: myHoursInZone(ctx.myZone, ctx.myHours, client.timezone, ctx.now),
    my_zone: ctx.myZone,
    today: here.toISODate() ?? "",
    now: here.toFormat("yyyy-MM-dd HH:mm"),
    title: ctx.title ?? "",
  };
}

/**
 * The VA's working hours of today (in the VA's zone) as clock times in `zone`: "13:00–21:00".
 * A range that crosses the client's midnight says so with the next day's time ("22:00–06:00 (+1)").
 */
export function myHoursInZone(myZone: string, hours: { start: number; end: number }, zone: string, now: number): string {
  const day = DateTime.fromMillis(now, { zone: myZone }).startOf("day");
  const from = day.plus({ minutes: hours.start }).setZone(zone);
  const to = day.plus({ minutes: hours.end }).setZone(zone);
  const clock = (d: DateTime) => formatClock(d.hour * 60 + d.minute);
  const days = Math.round(to.startOf("day").diff(from.startOf("day"), "days").days);
  return `${clock(from)}–${clock(to)}${days > 0 ? ` (+${days})` : ""}`;
}
