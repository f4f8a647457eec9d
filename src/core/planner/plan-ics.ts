// The week's plan (or one client's part of it) and a chosen meeting slot as .ics files, for the
// plugin's commands and `client-desk ics` alike (docs/calendars.md). A block's UID comes from its
// block id (or, without one, its note and line), so importing a week again updates its events.

import type { Block } from "../shared/types";
import type { Translate } from "../i18n";
import type { VaultIndex } from "../index/vault-index";
import { weekRange } from "../shared/week";
import type { Weekday } from "../shared/types";
import { calendarExportsFolder, type Layout } from "../shared/paths";
import { calendarText, uidHash, type IcsEvent } from "../calendar/ics-write";
import type { Slot } from "./slot-finder";

export interface PlanIcsOptions {
  week: string;
  zone: string;
  weekStart: Weekday;
  /** Only this client's blocks; null for the whole week. */
  clientKey: string | null;
  now: number;
  t: Translate;
}

export interface PlanIcs {
  text: string;
  /** How many blocks it holds. */
  count: number;
}

/** Blocks that start in the week (a block across the week's end belongs to the week it starts in). */
export function planIcs(index: VaultIndex, o: PlanIcsOptions): PlanIcs {
  const range = weekRange(o.week, o.zone, o.weekStart);
  const blocks = index
    .blocksBetween(range.from, range.to)
    .filter((b) => b.start >= range.from && b.start < range.to && (o.clientKey === null || b.clientKey === o.clientKey))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const events = blocks.map((b) => blockEvent(b, index.client(b.clientKey ?? "")?.name ?? b.clientRef, o.t));
  const name = o.clientKey === null ? `Client Desk ${o.week}` : `Client Desk ${o.week} ${index.client(o.clientKey)?.name ?? o.clientKey}`;
  return { text: calendarText({ name, method: "PUBLISH", now: o.now, events }), count: events.length };
}

export function blockUid(b: Pick<Block, "id" | "file">): string {
  // Block ids (^cd-…) are unique in the vault; an id made from the note and line is hashed.
  const id = /^[A-Za-z0-9-]+$/.test(b.id) ? b.id : `line-${uidHash(b.id)}`;
  return `${id}-${uidHash(b.file)}@client-desk`;
}

function blockEvent(b: Block, client: string, t: Translate): IcsEvent {
  const summary = client === "" ? b.title : b.title === "" ? client : `${client}: ${b.title}`;
  return { uid: blockUid(b), start: b.start, end: b.end, summary, description: t("calendar.block.description", { client }).trim() };
}

/** Where `planIcs` goes in the vault: the calendars folder's Exports, which is never read as busy time. */
export function planIcsPath(layout: Layout, week: string, clientKey: string | null): string {
  return `${calendarExportsFolder(layout)}/Plan ${week}${clientKey ? ` ${clientKey}` : ""}.ics`;
}

export interface InviteOptions {
  slot: Slot;
  title: string;
  /** Names by client key, for the times in the description. */
  names: ReadonlyMap<string, string>;
  now: number;
  t: Translate;
  organizer?: string;
}

/**
 * A meeting slot as an invitation with every party's local time in its description: METHOD:REQUEST
 * with an organizer, else PUBLISH (a request without one is refused by some apps; an imported
 * PUBLISH event is added as it is).
 */
export function inviteIcs(o: InviteOptions): string {
  const t = o.t;
  const lines = [t("calendar.invite.times")];
  for (const p of o.slot.parties) {
    const who = p.clientKey === null ? t("slots.you") : (o.names.get(p.clientKey) ?? p.clientKey);
    const end = p.endDate === p.date ? p.end : `${p.end} (+1)`;
    lines.push(t("slots.party", { who, date: p.date, start: p.start, end, zone: `${p.abbreviation} (${p.offset}, ${p.zone})` }));
  }
  const uid = `meeting-${uidHash(`${o.slot.start}|${o.slot.end}|${o.title}`)}@client-desk`;
  const event: IcsEvent = { uid, start: o.slot.start, end: o.slot.end, summary: o.title, description: lines.join("\n") };
  return calendarText({ name: o.title, method: o.organizer ? "REQUEST" : "PUBLISH", now: o.now, events: [event], organizer: o.organizer });
}

/** "Meeting 2026-12-02 0900 Acme.ics" under the exports folder; `n` > 1 for the next free name. */
export function invitePath(layout: Layout, slot: Slot, clientKey: string, n = 1): string {
  const you = slot.parties[0];
  return `${calendarExportsFolder(layout)}/Meeting ${you.date} ${you.start.replace(":", "")} ${clientKey}${n > 1 ? ` ${n}` : ""}.ics`;
}
