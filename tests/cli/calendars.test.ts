// @vitest-environment node
// Calendars on the command line: .ics files in the vault's Calendars folder as busy time in
// `week --json` and as problems in `check`; `ics` writing the week's plan as an .ics file.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { WeekView } from "../../src/core/planner/week-model";
import { CalendarFile } from "../../src/core/calendar/calendar-file";
import { weekRange } from "../../src/core/shared/week";
import { DEMO_NOW, REPO, hashTree, parse, removeDir, run, tempDir } from "./helpers";

const ZONE = "Asia/Ho_Chi_Minh";
const ics = (...body: string[]) => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "X-WR-CALNAME:Work", ...body, "END:VCALENDAR", ""].join("\r\n");
const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, "").slice(0, 15) + "Z";

describe("calendars in the CLI", () => {
  let tmp: string;
  let vault: string;
  let first: WeekView["blocks"][number];
  beforeAll(() => {
    tmp = tempDir();
    vault = join(tmp, "demo");
    expect(run(["demo", vault, "--now", DEMO_NOW]).code).toBe(0);
    const v = parse<WeekView>(run(["week", "--vault", vault, "--json", "--now", DEMO_NOW]).stdout);
    expect(v.events).toEqual([]);
    first = [...v.blocks].sort((a, b) => a.blockStart - b.blockStart)[0];
    mkdirSync(join(vault, "Calendars"));
    copyFileSync(join(REPO, "tests", "fixtures", "ics", "apple.ics"), join(vault, "Calendars", "apple.ics"));
    // A client call on the first block of the week, a free hold, and a broken event.
    writeFileSync(
      join(vault, "Calendars", "work.ics"),
      ics(
        "BEGIN:VEVENT", "UID:call-1", "SUMMARY:Client call\\, booked by them", `DTSTART:${stamp(first.blockStart + 15 * 60_000)}`, `DTEND:${stamp(first.blockStart + 45 * 60_000)}`, "END:VEVENT",
        "BEGIN:VEVENT", "UID:broken", "SUMMARY:Broken", "DTSTART;TZID=Nowhere/Special:20261126T090000", "DTEND;TZID=Nowhere/Special:20261126T100000", "END:VEVENT",
      ),
    );
  });
  afterAll(() => removeDir(tmp));

  it("week --json lists the week's events and marks the block under a busy one", () => {
    const r = run(["week", "--vault", vault, "--json", "--now", DEMO_NOW]);
    expect(r.code).toBe(0);
    const v = parse<WeekView>(r.stdout);
    const call = v.events.find((e) => e.title === "Client call, booked by them")!;
    expect(call).toEqual({ title: "Client call, booked by them", calendar: "Work", file: "Calendars/work.ics", line: 5, start: first.blockStart + 15 * 60_000, end: first.blockStart + 45 * 60_000, allDay: false, busy: true });
    expect(v.blocks.filter((b) => b.busy).map((b) => b.id)).toContain(first.id);
    // Apple's floating dentist appointment and Sydney gym are in W49, not W48.
    expect(v.events.some((e) => e.file === "Calendars/apple.ics")).toBe(false);
    const w49 = parse<WeekView>(run(["week", "--vault", vault, "--json", "--week", "2026-W49", "--now", DEMO_NOW]).stdout);
    expect(w49.events.map((e) => e.title)).toEqual(["Gym", "Gym", "Dentist, then school pick-up"]);
  });

  it("check names the broken calendar's file, line and field", () => {
    const r = run(["check", "--vault", vault, "--json"]);
    const out = parse<{ diagnostics: { file: string; line: number; field?: string; code: string; message: string }[] }>(r.stdout);
    const cal = out.diagnostics.filter((d) => d.file.startsWith("Calendars/"));
    expect(cal.map((d) => [d.file, d.line, d.field, d.code])).toEqual([["Calendars/work.ics", 14, "DTSTART", "calendar-zone-unknown"]]);
    expect(cal[0].message).toContain("Nowhere/Special");
    const human = run(["check", "--vault", vault, "--lang", "en"]);
    expect(human.stdout).toContain("Calendars/work.ics:14 [DTSTART] error: The time zone “Nowhere/Special”");
  });

  it("ics --week prints the week's blocks as a calendar every app imports; the same UIDs on every run", () => {
    const before = hashTree(vault);
    const a = run(["ics", "--vault", vault, "--week", "2026-W48", "--now", DEMO_NOW]);
    expect(a.code).toBe(0);
    expect(hashTree(vault)).toEqual(before);
    const text = a.stdout;
    expect(text.startsWith("BEGIN:VCALENDAR\r\nPRODID:-//Client Desk//Client Desk for Obsidian//EN\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "").includes("\n")).toBe(false);
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const week = parse<WeekView>(run(["week", "--vault", vault, "--json", "--now", DEMO_NOW]).stdout);
    const starting = new Map<string, number>();
    for (const b of week.blocks) if (b.blockStart >= week.from && b.blockStart < week.to) starting.set(b.id, b.blockStart);
    // Read back by the parser: one event per block, at the block's instants.
    const back = new CalendarFile("x.ics", text);
    expect(back.diagnostics).toEqual([]);
    const r = weekRange("2026-W48", ZONE, "mon");
    const events = back.eventsBetween(r.from - 86_400_000, r.to + 86_400_000, ZONE);
    expect(events.map((e) => e.start).sort()).toEqual([...starting.values()].sort());
    const uids = (t: string) => t.split("\r\n").filter((l) => l.startsWith("UID:"));
    expect(new Set(uids(text)).size).toBe(starting.size);
    const later = run(["ics", "--vault", vault, "--week", "2026-W48", "--now", "2026-11-26T09:00+07:00"]).stdout;
    expect(uids(later)).toEqual(uids(text));
    expect(later).not.toBe(text); // DTSTAMP and SEQUENCE move on
  });

  it("ics --client keeps one client's blocks; --out writes a new file and never replaces one", () => {
    const all = run(["ics", "--vault", vault, "--week", "2026-W48", "--json", "--now", DEMO_NOW]);
    const one = run(["ics", "--vault", vault, "--week", "2026-W48", "--client", "Harbour Goods", "--json", "--now", DEMO_NOW]);
    const allJson = parse<{ count: number; ics: string }>(all.stdout);
    const oneJson = parse<{ count: number; client: string; ics: string }>(one.stdout);
    expect(oneJson.client).toBe("Harbour Goods");
    expect(oneJson.count).toBeGreaterThan(0);
    expect(oneJson.count).toBeLessThan(allJson.count);
    expect(oneJson.ics.split("\r\n").filter((l) => l.startsWith("SUMMARY:")).every((l) => l.startsWith("SUMMARY:Harbour Goods"))).toBe(true);

    const out = join(vault, "Calendars", "Exports", "plan.ics");
    mkdirSync(join(vault, "Calendars", "Exports"));
    const w = run(["ics", "--vault", vault, "--week", "2026-W48", "--out", out, "--now", DEMO_NOW]);
    expect(w.code).toBe(0);
    expect(w.stdout).toBe(`Wrote ${allJson.count} blocks of week 2026-W48 to ${out}.\n`);
    const written = readFileSync(out, "utf8");
    const again = run(["ics", "--vault", vault, "--week", "2026-W48", "--out", out, "--now", "2026-11-26T09:00+07:00"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists");
    expect(readFileSync(out, "utf8")).toBe(written);
    // The export under Calendars/Exports is not read back as busy time.
    const v = parse<WeekView>(run(["week", "--vault", vault, "--json", "--now", DEMO_NOW]).stdout);
    expect(v.events.filter((e) => e.file.startsWith("Calendars/Exports"))).toEqual([]);
    expect(existsSync(out)).toBe(true);
  });

  it("refuses a missing or malformed --week", () => {
    expect(run(["ics", "--vault", vault]).code).toBe(2);
    expect(run(["ics", "--vault", vault, "--week", "2026-49"]).code).toBe(2);
  });
});
