// The weekly template (docs/vault-format.md, "The weekly template"): the VA's usual week as list
// items with a weekday and wall-clock times in her own zone. Pure: reading a template, turning it
// into the block lines a given week lacks, and writing a template from a week's blocks.
//
// Decisions:
// - A template item is left alone when the week already has a block of the same client that
//   overlaps it (an exact copy included): a block moved by half an hour this week is not doubled,
//   and filling twice adds nothing the second time.
// - Wall times are read in the VA's zone on the item's day of the week being filled. A time the
//   clocks skip moves forward by the gap (02:30 becomes 03:30); a time that comes twice takes the
//   first. `24:00` is the next midnight. Items never cross midnight.

import { DateTime } from "luxon";
import type { Block, Diagnostic, Weekday } from "../shared/types";
import { WEEKDAYS } from "../shared/types";
import { formatClock, parseClock } from "../shared/hours";
import { weekRange } from "../shared/week";
import { offsetAt } from "../shared/zones";
import { AS_CLOCKS, wallToInstant } from "../shared/local-time";
import { blockLine, newPlanNote } from "./plan-edit";
import { parsePlanNote } from "../notes/plan-note";
import { appendLine } from "../notes/log-append";
import { linkTarget, linkTo, sanitizeInline } from "../notes/timed-line";
import { excerpt } from "../notes/log-note";
import { forEachBodyLine } from "../notes/note-lines";

const MINUTE = 60_000;
const DAY_MS = 86_400_000;

/** The template's name inside the planner folder. */
export const TEMPLATE_NAME = "Template.md";

export interface TemplateItem {
  /** 1-based line in the template note. */
  line: number;
  day: Weekday;
  /** Minutes from local midnight; `end` may be 1440. */
  start: number;
  end: number;
  /** The client as written (link target or text). */
  clientRef: string;
  title: string;
}

const LIST_ITEM = /^\s*[-*+] /;
// The field grammar of plan lines: a value may hold a wikilink, whose brackets do not end the field.
const FIELD = /\[([A-Za-z][\w-]*)::[ \t]*((?:\[\[[^\]\n]*\]\]|[^\][\n])*)\]/g;
const BLOCK_ID = /[ \t]\^[A-Za-z0-9-]+[ \t]*$/;
const TEMPLATE_FIELDS = new Set(["day", "start", "end", "client"]);

/** Template items and one diagnostic per line that cannot be read (file, line, field). */
export function parseTemplate(path: string, text: string): { items: TemplateItem[]; diagnostics: Diagnostic[] } {
  const items: TemplateItem[] = [];
  const diagnostics: Diagnostic[] = [];
  forEachBodyLine(text, (line, raw) => {
    if (!LIST_ITEM.test(raw) || !(raw.includes("[day::") || raw.includes("[start::"))) return;
    const bad = (field: string, value: string) =>
      diagnostics.push({ severity: "error", code: "template-line-invalid", file: path, line, field, params: { text: excerpt(raw), value, field } });
    const fields = new Map<string, string>();
    let twice: string | null = null;
    const rest = raw.replace(LIST_ITEM, "").replace(FIELD, (all, key: string, value: string) => {
      if (!TEMPLATE_FIELDS.has(key)) return all;
      if (fields.has(key)) twice = key;
      fields.set(key, value.trim());
      return "";
    });
    if (twice !== null) return bad(twice, fields.get(twice) ?? "");
    for (const f of ["day", "start", "end", "client"]) if (!fields.get(f)) return bad(f, "");
    const dayText = (fields.get("day") as string).toLowerCase();
    const day = dayText.slice(0, 3) as Weekday;
    if (!WEEKDAYS.includes(day) || !/^[a-z]+$/.test(dayText)) return bad("day", fields.get("day") as string);
    const start = parseClock(fields.get("start") as string);
    if (start === null) return bad("start", fields.get("start") as string);
    const end = parseClock(fields.get("end") as string, true);
    if (end === null || end <= start) return bad("end", fields.get("end") as string);
    const clientRef = linkTarget(fields.get("client") as string);
    if (clientRef === "") return bad("client", fields.get("client") as string);
    const title = rest.replace(BLOCK_ID, "").replace(/\s+/g, " ").trim();
    items.push({ line, day, start, end, clientRef, title });
  });
  return { items, diagnostics };
}

export interface FillOptions {
  /** "2026-W48" */
  week: string;
  /** The VA's IANA zone. */
  zone: string;
  weekStart: Weekday;
  /** The week's blocks already planned (clients resolved). */
  existing: readonly Pick<Block, "clientKey" | "start" | "end">[];
  /** A template's client reference → the client's key, or null when there is no such client. */
  resolveClient: (ref: string) => string | null;
  /** A fresh block id (newEntryId); ids already `taken` are asked again. */
  newId: () => string;
  taken?: (id: string) => boolean;
  /** The template note's path, for diagnostics. */
  path: string;
}

export interface TemplateBlock {
  item: TemplateItem;
  clientKey: string;
  start: number;
  end: number;
  /** The canonical plan line to append. */
  text: string;
}

export interface FillPlan {
  add: TemplateBlock[];
  /** Items left alone: the week already has an overlapping block of that client. */
  kept: TemplateItem[];
  /** Items whose client is not in the vault: reported, not added. */
  diagnostics: Diagnostic[];
}

/** The blocks of `items` to add to the week, and those left alone. */
export function fillFromTemplate(items: readonly TemplateItem[], o: FillOptions): FillPlan {
  const range = weekRange(o.week, o.zone, o.weekStart);
  const first = WEEKDAYS.indexOf(o.weekStart);
  const add: TemplateBlock[] = [];
  const kept: TemplateItem[] = [];
  const diagnostics: Diagnostic[] = [];
  const used = new Set<string>();
  for (const item of items) {
    const clientKey = o.resolveClient(item.clientRef);
    if (clientKey === null) {
      diagnostics.push({ severity: "warning", code: "plan-client-unknown", file: o.path, line: item.line, field: "client", params: { value: item.clientRef } });
      continue;
    }
    const d = (WEEKDAYS.indexOf(item.day) - first + 7) % 7;
    const dayStart = range.days[d];
    const midnight = Math.floor((dayStart + offsetAt(o.zone, dayStart) * MINUTE) / DAY_MS) * DAY_MS;
    // A skipped time moves forward by the gap, a repeated one is the first (docs/vault-format.md).
    const start = wallToInstant(midnight + item.start * MINUTE, o.zone, AS_CLOCKS);
    let end = wallToInstant(midnight + item.end * MINUTE, o.zone, AS_CLOCKS);
    // Both ends inside one skipped hour land together; keep the written length.
    if (end <= start) end = start + (item.end - item.start) * MINUTE;
    if (o.existing.some((b) => b.clientKey === clientKey && b.start < end && b.end > start)) {
      kept.push(item);
      continue;
    }
    let id = o.newId();
    for (let i = 0; (used.has(id) || (o.taken?.(id) ?? false)) && i < 100; i++) id = o.newId();
    used.add(id);
    const text = blockLine({
      id,
      clientKey,
      start,
      startOffset: offsetAt(o.zone, start),
      end,
      endOffset: offsetAt(o.zone, end),
      title: item.title === "" ? null : item.title,
    });
    add.push({ item, clientKey, start, end, text });
  }
  return { add, kept, diagnostics };
}

export interface TemplateFromWeek {
  /** The text of a new template note. */
  text: string;
  /** Blocks left out: they cross midnight in the VA's zone, or have no known client. */
  skipped: number;
  written: number;
}

/** A template note holding a week's blocks as the usual week; `heading` is the note's title line. */
export function templateFromBlocks(blocks: readonly Block[], zone: string, heading: string): TemplateFromWeek {
  const lines: string[] = [];
  let skipped = 0;
  const sorted = blocks.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  for (const b of sorted) {
    const s = DateTime.fromMillis(b.start, { zone });
    const e = DateTime.fromMillis(b.end, { zone });
    const sameDay = e.toISODate() === s.toISODate();
    const nextMidnight = e.hour === 0 && e.minute === 0 && e.minus({ days: 1 }).toISODate() === s.toISODate();
    if (b.clientKey === null || !(sameDay || nextMidnight)) {
      skipped++;
      continue;
    }
    const day = WEEKDAYS[s.weekday - 1];
    const end = nextMidnight ? 1440 : e.hour * 60 + e.minute;
    const title = sanitizeInline(b.title).replace(/\s+/g, " ");
    lines.push(
      `- [day:: ${day}] [start:: ${formatClock(s.hour * 60 + s.minute)}] [end:: ${formatClock(end)}] [client:: ${linkTo(b.clientKey)}]${title === "" ? "" : ` ${title}`}`,
    );
  }
  const text = `---\ntype: plan-template\n---\n# ${heading.replace(/[\r\n]+/g, " ")}\n\n${lines.map((l) => `${l}\n`).join("")}`;
  return { text, skipped, written: lines.length };
}

/**
 * The week's plan note after filling it from the template: `current` is its text (null when the
 * note does not exist yet, then a new note is started). Only lines are appended.
 */
export function fillPlanNote(
  current: string | null,
  planPath: string,
  items: readonly TemplateItem[],
  o: Omit<FillOptions, "existing">,
): { text: string; plan: FillPlan } {
  const base = current ?? newPlanNote(o.week);
  const existing = parsePlanNote(planPath, base).blocks.map((b) => ({ clientKey: o.resolveClient(b.clientRef), start: b.start, end: b.end }));
  const taken = (id: string) => base.includes(`^${id}`) || (o.taken?.(id) ?? false);
  const plan = fillFromTemplate(items, { ...o, existing, taken });
  let text = base;
  for (const a of plan.add) text = appendLine(text, a.text);
  return { text, plan };
}
