// `client-desk slots --clients A,B --week 2026-W49 --minutes 30`: the free meeting slots of a week
// inside the VA's and every client's working hours, clear of the week's blocks by the planner's
// buffer setting, with each party's local time; the same finder as "Find a meeting slot".

import { findSlots, type PartyTime, type Slot } from "../../core/planner/slot-finder";
import { isWeekId, weekOf, weekRange } from "../../core/shared/week";
import { userHours } from "../../core/settings/settings";
import type { Client } from "../../core/shared/types";
import type { Context } from "../context";
import { requireValue } from "../context";
import { UsageError } from "../errors";
import { printJson, printLines } from "../output";
import { openVault } from "./common";
import { findClient } from "./log";

export interface SlotsJson {
  week: string;
  zone: string;
  minutes: number;
  bufferMinutes: number;
  clients: string[];
  slots: Slot[];
}

export function runSlots(ctx: Context): number {
  const asked = ctx.args.values.get("week");
  if (asked !== undefined && !isWeekId(asked)) throw new UsageError("cli.error.week-invalid", { value: asked });
  const minutesText = ctx.args.values.get("minutes") ?? "30";
  const minutes = Number(minutesText);
  if (!/^\d+$/.test(minutesText) || minutes < 15 || minutes > 480 || minutes % 15 !== 0) throw new UsageError("slots.duration-invalid", { value: minutesText });
  const vault = openVault(ctx);
  const refs = requireValue(ctx, "clients").split(",").map((x) => x.trim()).filter((x) => x !== "");
  if (refs.length === 0) throw new UsageError("slots.pick-client");
  const clients: Client[] = [];
  for (const ref of refs) {
    const c = findClient(vault, ref);
    if (!clients.some((x) => x.key === c.key)) clients.push(c);
  }
  const s = vault.settings;
  const now = ctx.now(vault.zone);
  const week = asked ?? weekOf(now, vault.zone, s.weekStart);
  const range = weekRange(week, vault.zone, s.weekStart);
  const slots = findSlots({
    week,
    zone: vault.zone,
    weekStart: s.weekStart,
    workingHours: userHours(s),
    workingDays: s.workingDays,
    clients,
    durationMinutes: minutes,
    busy: vault.index.blocksBetween(range.from, range.to),
    now,
    bufferMinutes: s.plannerBuffer,
  });
  if (ctx.json) {
    const out: SlotsJson = { week, zone: vault.zone, minutes, bufferMinutes: s.plannerBuffer, clients: clients.map((c) => c.key), slots };
    printJson(ctx.io, out);
    return 0;
  }
  const names = new Map(clients.map((c) => [c.key, c.name]));
  const party = (p: PartyTime) =>
    ctx.t("slots.party", {
      who: p.clientKey === null ? ctx.t("slots.you") : (names.get(p.clientKey) ?? p.clientKey),
      date: p.date,
      start: p.start,
      end: p.endDate === p.date ? p.end : `${p.end} (+1)`,
      zone: `${p.abbreviation} (${p.offset})`,
    });
  const lines = [ctx.t("slots.week", { week, buffer: s.plannerBuffer })];
  if (slots.length === 0) lines.push(ctx.t("slots.none"));
  else {
    lines.push(ctx.t("slots.count", { count: slots.length }));
    for (const slot of slots) lines.push("", ...slot.parties.map((p, i) => `${i === 0 ? "- " : "  "}${party(p)}`));
  }
  printLines(ctx.io, lines);
  return 0;
}
