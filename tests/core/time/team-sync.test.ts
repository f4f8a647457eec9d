// Three people on five devices, each writing only their own files (docs/team.md), merged the way a
// file-level sync service (newest file wins, the other kept as a conflicted copy) and git (three-way
// per file) would: no entry lost, no conflict, no entry counted twice. Seeded: the same run each time.
import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { appendEntry, planEntry, stopLine } from "../../../src/core/time/timer";
import { approvalDraft, isMine, logPersonOf, whoIs } from "../../../src/core/time/team";
import { renderApproval } from "../../../src/core/lifecycle/approvals";
import { approvalNotePath, classifyPath, personOfLog } from "../../../src/core/shared/paths";
import { offsetAt } from "../../../src/core/shared/zones";
import { weekOf } from "../../../src/core/shared/week";
import { formatInstant } from "../../../src/core/shared/instant";
import { mergeLogCopy } from "../../../src/core/notes/log-merge";
import { standingOf } from "../../../src/core/index/entry-standing";
import type { Person } from "../../../src/core/lifecycle/people";

const ZONE = "Asia/Ho_Chi_Minh";
const LAYOUT = { clientsRoot: "Clients", plannerFolder: "Planner", teamFolder: "Team", timezone: ZONE, currency: "USD" };
const PEOPLE: Record<string, string> = {
  "Team/linh.md": "---\nname: Linh\nrole: owner\n---\n",
  "Team/ana.md": "---\nname: Ana\nrole: member\ntimezone: Europe/London\n---\n",
  "Team/bo.md": "---\nname: Bo\nrole: subcontractor\ntimezone: America/New_York\n---\n",
};
const CLIENTS: Record<string, string> = {
  "Clients/Harbour/Harbour.md": "---\ntimezone: Australia/Sydney\ncurrency: AUD\nrate: 45\n---\n",
  "Clients/Clara/Clara.md": "---\ntimezone: Europe/London\ncurrency: GBP\nrate: 30\n---\n",
};

type Files = Map<string, { text: string; mtime: number }>;
interface Device {
  name: string;
  person: string;
  files: Files;
  /** The text of each file as this device last synced it: the common ancestor of a merge. */
  base: Map<string, string>;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function indexOf(files: Files): VaultIndex {
  const index = new VaultIndex(LAYOUT);
  for (const [path, f] of files) index.setFile(path, f.text);
  return index;
}

interface Ledger {
  person: string;
  start: number;
  end: number | null;
}

class Sim {
  readonly devices: Device[];
  readonly ledger = new Map<string, Ledger>();
  readonly conflicts: string[] = [];
  /** The vault every device and the server start from. */
  readonly initial: Files;
  private next = 0;
  constructor(seedFiles: Record<string, string>, layout: [string, string][]) {
    const initial: Files = new Map(Object.entries(seedFiles).map(([p, t]) => [p, { text: t, mtime: 0 }]));
    this.initial = initial;
    this.devices = layout.map(([name, person]) => ({ name, person, files: new Map(initial), base: new Map([...initial].map(([p, f]) => [p, f.text])) }));
  }

  me(d: Device): Person {
    const r = whoIs(indexOf(d.files), d.person);
    if (!r.ok || r.person === null) throw new Error(`nobody: ${d.person}`);
    return r.person;
  }

  private write(d: Device, path: string, text: string, now: number): void {
    d.files.set(path, { text, mtime: now });
  }

  private id(): string {
    return `cd-s${String(this.next++).padStart(6, "0")}`;
  }

  stop(d: Device, now: number): void {
    const index = indexOf(d.files);
    const me = this.me(d);
    for (const e of index.running().filter((x) => isMine(x, me))) {
      const r = stopLine(d.files.get(e.file)!.text, { id: e.id, start: e.start }, now, offsetAt(ZONE, now));
      if (!r.ok) throw new Error(`stop ${e.id}: ${r.problem}`);
      this.write(d, e.file, r.text, now);
      this.ledger.get(e.id)!.end = now;
    }
  }

  start(d: Device, client: string, now: number): void {
    this.stop(d, now);
    const id = this.id();
    const plan = planEntry(LAYOUT, ZONE, { clientKey: client, start: now, end: null, task: null, taskAsLink: false, note: d.name, billable: true, device: d.name, id, person: logPersonOf(this.me(d)) });
    const made = appendEntry(d.files.get(plan.path)?.text ?? null, client, plan.month, plan.path, plan.line, id);
    if (!made.ok) throw new Error(made.problem);
    this.write(d, plan.path, made.text, now);
    this.ledger.set(id, { person: this.me(d).key, start: now, end: null });
  }

  log(d: Device, client: string, start: number, end: number): void {
    const id = this.id();
    const plan = planEntry(LAYOUT, ZONE, { clientKey: client, start, end, task: null, taskAsLink: false, note: d.name, billable: true, device: null, id, person: logPersonOf(this.me(d)) });
    const made = appendEntry(d.files.get(plan.path)?.text ?? null, client, plan.month, plan.path, plan.line, id);
    if (!made.ok) throw new Error(made.problem);
    this.write(d, plan.path, made.text, end);
    this.ledger.set(id, { person: this.me(d).key, start, end });
  }

  /** The owner approves the week before `now` for each other person; refused while a timer of theirs runs there. */
  approve(d: Device, now: number): number {
    const index = indexOf(d.files);
    let approved = 0;
    const week = weekOf(now - 7 * 86_400_000, ZONE, "mon");
    for (const p of index.team.people().filter((x) => x.role !== "owner")) {
      const draft = approvalDraft(index, this.me(d), p, week);
      if (!draft.ok) continue;
      const text = renderApproval({ person: p.key, week, approvedBy: this.me(d).key, approvedAt: formatInstant(now, 420), entries: draft.entries, hours: "0" });
      this.write(d, approvalNotePath("Team", week, p.key), text, now);
      approved++;
    }
    return approved;
  }

  /** A sync service: each device against the server, three-way by the device's base; newest wins, the other kept as a conflicted copy. */
  syncFileLevel(server: Files, d: Device, copyName: (path: string) => string): void {
    this.merge(server, d, (path, mine, theirs) => {
      const [win, lose] = mine.mtime >= theirs.mtime ? [mine, theirs] : [theirs, mine];
      this.conflicts.push(path);
      const copy = copyName(path);
      server.set(copy, lose);
      d.files.set(copy, lose);
      return win;
    });
  }

  /** git pull + push: files changed on one side take that side; changed on both is a conflict. */
  syncGit(remote: Files, d: Device): void {
    this.merge(remote, d, (path, mine) => {
      this.conflicts.push(path);
      return mine;
    });
  }

  private merge(server: Files, d: Device, both: (path: string, mine: { text: string; mtime: number }, theirs: { text: string; mtime: number }) => { text: string; mtime: number }): void {
    for (const path of new Set([...server.keys(), ...d.files.keys()])) {
      const mine = d.files.get(path);
      const theirs = server.get(path);
      const base = d.base.get(path);
      const mineChanged = mine?.text !== base;
      const theirsChanged = theirs?.text !== base;
      let result = mine ?? theirs;
      if (mineChanged && theirsChanged && mine && theirs && mine.text !== theirs.text) result = both(path, mine, theirs);
      else if (!mineChanged && theirsChanged) result = theirs;
      if (!result) continue;
      d.files.set(path, result);
      server.set(path, result);
      d.base.set(path, result.text);
    }
  }
}

const DEVICES: [string, string][] = [
  ["linh-laptop", "linh"],
  ["linh-phone", "linh"],
  ["ana-laptop", "ana"],
  ["ana-phone", "ana"],
  ["bo-laptop", "bo"],
];
const T0 = Date.parse("2026-11-02T01:00:00Z");
const HOUR = 3_600_000;

/** Rounds of everyone working at once on one of their devices, then syncing. */
function play(sim: Sim, sync: (d: Device) => void, seed: number): { approved: number } {
  const rand = rng(seed);
  let approved = 0;
  for (let round = 0; round < 60; round++) {
    const now = T0 + round * 7 * HOUR + Math.floor(rand() * 600) * 1000;
    for (const person of ["linh", "ana", "bo"]) {
      const mine = sim.devices.filter((d) => d.person === person);
      const d = mine[Math.floor(rand() * mine.length)];
      const client = rand() < 0.5 ? "Harbour" : "Clara";
      const roll = rand();
      if (roll < 0.4) sim.start(d, client, now);
      else if (roll < 0.7) sim.stop(d, now);
      else sim.log(d, client, now - 2 * HOUR, now - HOUR);
      if (person === "linh" && round % 5 === 4) approved += sim.approve(d, now + 1000);
    }
    // Everyone syncs, twice over: the second pass brings each device what others sent after it.
    for (let pass = 0; pass < 2; pass++) for (const d of sim.devices) sync(d);
  }
  for (const d of sim.devices) sim.stop(d, T0 + 61 * 7 * HOUR);
  for (let pass = 0; pass < 2; pass++) for (const d of sim.devices) sync(d);
  return { approved };
}

function expectNothingLost(sim: Sim, files: Files): void {
  const index = indexOf(files);
  const entries = index.entriesBetween(-Infinity, Infinity);
  const ids = entries.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.sort()).toEqual([...sim.ledger.keys()].sort());
  for (const e of entries) {
    const want = sim.ledger.get(e.id)!;
    expect({ start: e.start, end: e.end }).toEqual({ start: want.start, end: want.end });
    // Each entry is in its own person's note: the owner's plain one, the others' named for them.
    expect(personOfLog(e.file)).toBe(want.person === "linh" ? null : want.person);
  }
  const sum = (f: (l: Ledger) => boolean) => [...sim.ledger.values()].filter(f).reduce((s, l) => s + (l.end! - l.start), 0);
  for (const person of ["linh", "ana", "bo"]) {
    const counted = entries.filter((e) => sim.ledger.get(e.id)!.person === person).reduce((s, e) => s + (e.end! - e.start), 0);
    expect(counted).toBe(sum((l) => l.person === person));
  }
  expect([...files.keys()].filter((p) => classifyPath(p, LAYOUT).kind === "log-copy")).toEqual([]);
  expect(index.logCopies()).toEqual([]);
  expect(index.diagnostics().filter((d) => d.severity === "error")).toEqual([]);
  // Every approval still holds: nobody edited an approved entry.
  expect(entries.filter((e) => standingOf(e, index.team, ZONE) === "changed")).toEqual([]);
}

describe("a team of three on five devices", () => {
  it("merged by a file-level sync service: no conflicted copy, no entry lost or counted twice, devices agree", () => {
    const sim = new Sim({ ...PEOPLE, ...CLIENTS }, DEVICES);
    const server: Files = new Map(sim.initial);
    const { approved } = play(sim, (d) => sim.syncFileLevel(server, d, (p) => p.replace(/\.md$/, " (conflicted copy).md")), 17);
    expect(sim.conflicts).toEqual([]);
    expect(approved).toBeGreaterThan(5);
    expect(sim.ledger.size).toBeGreaterThan(100);
    expectNothingLost(sim, server);
    for (const d of sim.devices) expect(new Map([...d.files].map(([p, f]) => [p, f.text]))).toEqual(new Map([...server].map(([p, f]) => [p, f.text])));
  });

  it("merged by git, three-way per file: no file is changed on two sides", () => {
    const sim = new Sim({ ...PEOPLE, ...CLIENTS }, DEVICES);
    const remote: Files = new Map(sim.initial);
    play(sim, (d) => sim.syncGit(remote, d), 42);
    expect(sim.conflicts).toEqual([]);
    expectNothingLost(sim, remote);
  });

  it("one person on two devices offline at once: the copy is kept, reported, and merging it loses nothing", () => {
    const sim = new Sim({ ...PEOPLE, ...CLIENTS }, DEVICES);
    const server: Files = new Map(sim.initial);
    const syncthing = (p: string) => p.replace(/\.md$/, ".sync-conflict-20261102-101010-ABCDEFG.md");
    for (const d of sim.devices) sim.syncFileLevel(server, d, syncthing);
    const [laptop, phone] = sim.devices.filter((d) => d.person === "ana");
    sim.log(laptop, "Harbour", T0, T0 + HOUR);
    sim.log(phone, "Harbour", T0 + 2 * HOUR, T0 + 3 * HOUR);
    sim.log(sim.devices[0], "Harbour", T0, T0 + HOUR);
    for (const d of sim.devices) sim.syncFileLevel(server, d, syncthing);
    // Only Ana's own note conflicted (two of her devices); Linh's writes met nobody's.
    expect(sim.conflicts).toEqual(["Clients/Harbour/Log/2026-11 ana.md"]);
    const index = indexOf(server);
    const copy = index.logCopies();
    expect(copy.map((c) => [c.path, c.main])).toEqual([["Clients/Harbour/Log/2026-11 ana.sync-conflict-20261102-101010-ABCDEFG.md", "Clients/Harbour/Log/2026-11 ana.md"]]);
    expect(index.entriesBetween(-Infinity, Infinity)).toHaveLength(2);
    const merged = mergeLogCopy(copy[0].main, server.get(copy[0].main)!.text, copy[0].path, server.get(copy[0].path)!.text);
    server.set(copy[0].main, { text: merged.text, mtime: T0 + 4 * HOUR });
    server.delete(copy[0].path);
    expectNothingLost(sim, server);
  });
});
