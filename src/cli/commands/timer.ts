// `client-desk timer start|switch|stop|status`: the same running timer as the plugin, because it lives in
// the vault as an entry line without an end (docs/vault-format.md). Start appends that line to the
// client's log note of the month (creating the note when needed); stop replaces exactly that line
// with itself plus `[end:: …]`; nothing else in the note changes.

import { hostname } from "node:os";
import type { Entry } from "../../core/shared/types";
import { appendEntry, planEntry, stopLine, taskFromText, toSecond, freshId, type EditProblem } from "../../core/time/timer";
import { clientFolderPath } from "../../core/shared/paths";
import { newEntryId, sanitizeInline } from "../../core/notes/timed-line";
import { offsetAt } from "../../core/shared/zones";
import { formatInstant } from "../../core/shared/instant";
import { buildSnapshot, burnsAt, todayByClientAt, todayTotalAt } from "../../core/time/timer-view";
import { hoursMinutes, hoursText, numberText } from "../../core/time/duration-text";
import { formatLocalTime } from "../../core/shared/local-time";
import { parseTimeArg } from "../time";
import type { MessageKey } from "../../core/i18n";
import type { Context } from "../context";
import { requireValue } from "../context";
import { CommandFailure, UsageError } from "../errors";
import { printJson, printLines } from "../output";
import type { LoadedVault } from "../vault-fs";
import { openVault } from "./common";
import { findClient } from "./log";
import { VaultWriter } from "../vault-writer";
import { workingAs } from "../team-as";
import { isMine, logPersonOf } from "../../core/time/team";

export interface TimerStopJson {
  file: string;
  /** The line as written, with its end, without its line break. */
  line: string;
  entry: Entry;
  /** end − start, whole seconds. */
  seconds: number;
}

export interface TimerStartJson {
  file: string;
  line: string;
  entry: Entry;
  created: boolean;
  /** The timer that was running and was stopped at the same instant, or null. */
  stopped: TimerStopJson | null;
  /** True when this client and task were running already: nothing was written. */
  already: boolean;
}

export interface TimerStatusJson {
  now: string;
  zone: string;
  running: {
    entry: Entry;
    clientName: string;
    clientMissing: boolean;
    /** start in the user's zone, ISO with offset. */
    startLocal: string;
    seconds: number;
    /** Running longer than the idle setting (`idleHours`): `stop` wants `--end` or `--keep`. */
    long: boolean;
  }[];
  today: { date: string; from: string; to: string; seconds: number; clients: { key: string; name: string; seconds: number }[] };
  retainers: {
    key: string;
    name: string;
    month: string;
    /** Billed: finished entries of the month rounded by the client's rule, plus the running timer so far. */
    usedSeconds: number;
    /** The same, unrounded. */
    rawSeconds: number;
    includedHours: number;
    ratio: number;
    high: boolean;
    over: boolean;
  }[];
}

// `switch` is `start` by another name: starting always stops the timer that runs.
const ACTIONS = ["start", "switch", "stop", "status"];

export function runTimer(ctx: Context): number {
  const action = ctx.args.positionals[1];
  if (action === undefined || !ACTIONS.includes(action)) throw new UsageError("cli.error.timer-action", { value: action ?? "" });
  const vault = openVault(ctx);
  const now = toSecond(ctx.now(vault.zone));
  if (action === "status") return status(ctx, vault, now);
  if (action === "stop") return stop(ctx, vault, now);
  return start(ctx, vault, now);
}

function start(ctx: Context, vault: LoadedVault, now: number): number {
  const client = findClient(vault, requireValue(ctx, "client"));
  const me = workingAs(ctx, vault);
  // Each person has their own timer: only their own running lines are theirs to stop.
  const running = vault.index.running().filter((e) => isMine(e, me));
  if (running.length > 1) throw new UsageError("cli.error.timer-several", { count: running.length, ids: running.map((e) => e.id).join(", ") });
  const task = taskFromText(ctx.args.values.get("task"));
  const same = running.find((e) => e.clientKey === client.key && e.task === task.task);
  if (same !== undefined) return alreadyRunning(ctx, vault, same, now);
  const stopped = running.length === 1 ? stopEntry(vault, running[0], stopTime(ctx, vault, running[0], now)) : null;

  const layout = vault.index.layout;
  const device = sanitizeInline(ctx.args.values.get("device") ?? hostname()) || "client-desk";
  const draft = {
    clientKey: client.key,
    start: now,
    end: null,
    ...task,
    note: ctx.args.values.get("note") ?? null,
    billable: !ctx.args.booleans.has("non-billable"),
    device,
    person: logPersonOf(me),
  };
  const path = planEntry(layout, vault.zone, { ...draft, id: "cd-00000000" }).path;
  // Planned inside the note's lock from the note as it is then.
  let plan: ReturnType<typeof planEntry> | undefined;
  let r: Extract<ReturnType<typeof appendEntry>, { ok: true }> | undefined;
  new VaultWriter(vault.root).update(
    path,
    (before) => {
      const id = freshId((x) => (before !== null && before.includes(`^${x}`)) || vault.index.hasId(x), () => newEntryId());
      plan = planEntry(layout, vault.zone, { ...draft, id });
      const made = appendEntry(before, client.key, plan.month, plan.path, plan.line, id);
      if (!made.ok) throw failure(made.problem, plan.path);
      r = made;
      return made.text;
    },
    clientFolderPath(layout, client.key),
  );
  if (!plan || !r) throw new CommandFailure("cli.error.note-exists", { path });
  if (ctx.json) {
    const out: TimerStartJson = { file: plan.path, line: plan.line, entry: r.entry, created: r.created, stopped, already: false };
    printJson(ctx.io, out);
  } else {
    const lines: string[] = [];
    if (stopped) lines.push(ctx.t("cli.timer.stopped-before", { what: what(vault, stopped.entry), time: duration(ctx, stopped.seconds * 1000) }));
    if (r.created) lines.push(ctx.t("cli.log.created", { file: plan.path }));
    lines.push(ctx.t("cli.timer.started", { file: plan.path }), plan.line);
    printLines(ctx.io, lines);
  }
  return 0;
}

function stop(ctx: Context, vault: LoadedVault, now: number): number {
  const me = workingAs(ctx, vault);
  const running = vault.index.running().filter((e) => isMine(e, me));
  const wanted = ctx.args.values.get("id")?.replace(/^\^/, "");
  let entry: Entry | undefined;
  if (wanted !== undefined) {
    entry = running.find((e) => e.id === wanted);
    if (!entry) throw new UsageError("cli.error.timer-id-unknown", { value: wanted, ids: running.map((e) => e.id).join(", ") || "—" });
  } else {
    if (running.length === 0) throw new UsageError("cli.error.timer-none");
    if (running.length > 1) throw new UsageError("cli.error.timer-several", { count: running.length, ids: running.map((e) => e.id).join(", ") });
    entry = running[0];
  }
  const out = stopEntry(vault, entry, stopTime(ctx, vault, entry, now));
  if (ctx.json) printJson(ctx.io, out);
  else printLines(ctx.io, [ctx.t("cli.timer.stopped", { what: what(vault, entry), time: duration(ctx, out.seconds * 1000), file: out.file }), out.line]);
  return 0;
}

/** Writes the end of `entry` at `at`; only its line changes. */
function stopEntry(vault: LoadedVault, entry: Entry, at: number): TimerStopJson {
  let edit: Extract<ReturnType<typeof stopLine>, { ok: true }> | undefined;
  new VaultWriter(vault.root).update(
    entry.file,
    (text) => {
      const made = stopLine(text ?? "", { id: entry.id, start: entry.start }, at, offsetAt(vault.zone, at));
      if (!made.ok) throw failure(made.problem, entry.file);
      edit = made;
      return made.text;
    },
    clientFolderPath(vault.index.layout, entry.clientKey),
  );
  if (!edit) throw new CommandFailure("timer.problem.missing", { file: entry.file, what: "" });
  const stopped: Entry = {
    ...entry,
    line: edit.lineNo,
    start: edit.entry.start,
    startOffset: edit.entry.startOffset,
    end: edit.entry.end,
    endOffset: edit.entry.endOffset,
    task: edit.entry.task,
    note: edit.entry.text,
    billable: edit.entry.billable,
    device: edit.entry.device,
  };
  return { file: entry.file, line: edit.line, entry: stopped, seconds: Math.round((at - edit.entry.start) / 1000) };
}

function status(ctx: Context, vault: LoadedVault, now: number): number {
  // With a team, the status is the person's own (the owner's without --as); a VA alone sees all.
  const me = workingAs(ctx, vault);
  const mine = me === null && !vault.index.team.active() ? undefined : (e: Entry) => isMine(e, me);
  const snap = buildSnapshot(vault.index, now, vault.zone, "", mine);
  const out: TimerStatusJson = {
    now: formatInstant(now, offsetAt(vault.zone, now)),
    zone: vault.zone,
    running: snap.running.map((r) => ({
      entry: r.entry,
      clientName: r.clientName,
      clientMissing: r.clientMissing,
      startLocal: formatInstant(r.entry.start, offsetAt(vault.zone, r.entry.start)),
      seconds: Math.max(0, Math.round((now - r.entry.start) / 1000)),
      long: now - r.entry.start > idleMs(vault),
    })),
    today: {
      date: formatLocalTime(snap.day.from, vault.zone).slice(0, 10),
      from: formatInstant(snap.day.from, offsetAt(vault.zone, snap.day.from)),
      to: formatInstant(snap.day.to, offsetAt(vault.zone, snap.day.to)),
      seconds: Math.round(todayTotalAt(snap, now) / 1000),
      clients: todayByClientAt(snap, now).map((c) => ({ key: c.key, name: c.name, seconds: Math.round(c.ms / 1000) })),
    },
    retainers: burnsAt(snap, now).map((b) => ({
      key: b.key,
      name: b.name,
      month: b.month,
      usedSeconds: Math.round(b.usedMs / 1000),
      rawSeconds: Math.round(b.rawMs / 1000),
      includedHours: b.includedHours,
      ratio: Math.round(b.ratio * 10_000) / 10_000,
      high: b.high,
      over: b.over,
    })),
  };
  if (ctx.json) {
    printJson(ctx.io, out);
    return 0;
  }
  const lines: string[] = [];
  if (out.running.length === 0) lines.push(ctx.t("cli.timer.none"));
  for (const r of out.running) {
    lines.push(
      ctx.t("cli.timer.running", {
        what: what(vault, r.entry),
        start: formatLocalTime(r.entry.start, vault.zone),
        time: duration(ctx, r.seconds * 1000),
        device: r.entry.device ?? ctx.t("timer.device.unknown"),
        file: r.entry.file,
      }),
    );
    if (r.clientMissing) lines.push(ctx.t("cli.timer.client-missing", { client: r.clientName, id: r.entry.id }));
    if (r.long) lines.push(ctx.t("cli.timer.long", { limit: vault.settings.idleHours }));
  }
  lines.push(ctx.t("cli.timer.today", { date: out.today.date, time: duration(ctx, out.today.seconds * 1000) }));
  for (const c of out.today.clients) lines.push(`  ${c.name}  ${duration(ctx, c.seconds * 1000)}`);
  if (out.retainers.length > 0) {
    lines.push(ctx.t("cli.timer.retainers", { month: snap.month.month }));
    for (const b of burnsAt(snap, now)) {
      const burn = ctx.t("timer.burn", { used: hoursText(b.usedMs, ctx.lang), included: numberText(b.includedHours, ctx.lang) });
      const mark = b.over ? ` ${ctx.t("timer.tooltip.over")}` : b.high ? ` ${ctx.t("timer.tooltip.high")}` : "";
      lines.push(`  ${b.name}  ${burn}${mark}`);
    }
  }
  printLines(ctx.io, lines);
  return 0;
}

const idleMs = (vault: LoadedVault) => vault.settings.idleHours * 3_600_000;

/**
 * When a running entry is stopped: `--end TIME` (after its start, not after now), else now. A timer
 * that has run longer than the idle setting is not stopped at now without `--keep`: it was most
 * likely forgotten, and its hours would be billed.
 */
function stopTime(ctx: Context, vault: LoadedVault, entry: Entry, now: number): number {
  const endText = ctx.args.values.get("end");
  if (endText !== undefined) {
    const r = parseTimeArg(endText, vault.zone);
    if (!r.ok) throw new UsageError(r.reason === "gap" ? "cli.error.time-gap" : "cli.error.time-invalid", { flag: "--end", value: endText, zone: vault.zone });
    const at = toSecond(r.ms);
    if (at <= entry.start || at > now) throw new UsageError("cli.error.timer-end-outside", { value: endText, start: formatLocalTime(entry.start, vault.zone) });
    return at;
  }
  if (now - entry.start > idleMs(vault) && !ctx.args.booleans.has("keep")) {
    throw new UsageError("cli.error.timer-long", { what: what(vault, entry), time: duration(ctx, now - entry.start), limit: vault.settings.idleHours });
  }
  return now;
}

/** `timer start` of the client and task that are running already: nothing is written. */
function alreadyRunning(ctx: Context, vault: LoadedVault, entry: Entry, now: number): number {
  if (ctx.json) {
    const out: TimerStartJson = { file: entry.file, line: "", entry, created: false, stopped: null, already: true };
    printJson(ctx.io, out);
  } else printLines(ctx.io, [ctx.t("cli.timer.already", { what: what(vault, entry), time: duration(ctx, now - entry.start), file: entry.file })]);
  return 0;
}

/** A line that could not be edited: exit 3, with the plugin's own message. */
function failure(problem: EditProblem, file: string): CommandFailure {
  const key: MessageKey = `timer.problem.${problem}`;
  return new CommandFailure(key, { file, what: "" });
}

function what(vault: LoadedVault, e: Entry): string {
  const name = vault.index.client(e.clientKey)?.name ?? e.clientKey;
  const task = e.task === null ? null : (taskFromText(e.task).task ?? e.task);
  return task === null ? name : `${name} · ${task}`;
}

function duration(ctx: Context, ms: number): string {
  return ctx.t("timer.duration", hoursMinutes(ms));
}
