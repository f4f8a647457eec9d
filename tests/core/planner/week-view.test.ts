// The week planner's view model (src/core/planner/week-view.ts): the VA in Asia/Ho_Chi_Minh, clients in
// Sydney, London and New York, across each of their 2026 DST switch days. Fixed clock; every
// expected instant is written out by hand with its offset.
import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { weekViewModel } from "../../../src/core/planner/week-view";
import { BlockItem, ClientColumn, EntryItem, type WeekView, type WeekViewOptions } from "../../../src/core/planner/week-model";
import { ZoneSpan, workingWindows } from "../../../src/core/planner/zone-span";
import { offsetAt } from "../../../src/core/shared/zones";
import type { Weekday } from "../../../src/core/shared/types";

const VA = "Asia/Ho_Chi_Minh";
const Z = (iso: string) => Date.parse(iso);
const ALL_DAYS = "[mon, tue, wed, thu, fri, sat, sun]";
const OPTIONS = { clientsRoot: "Clients", plannerFolder: "Planner", timezone: VA, currency: "USD" };

const clientNote = (...fields: string[]) => ["---", "rate: 40", ...fields, "---", ""].join("\n");
const logNote = (...lines: string[]) => ["---", "type: client-log", "---", ...lines, ""].join("\n");
const planNote = (...lines: string[]) => ["# Plan", ...lines, ""].join("\n");
let seq = 0;
const nextId = () => `cd-${(++seq).toString(36).padStart(8, "0")}`;
const block = (start: string, end: string, client: string, title = "Block") =>
  `- [start:: ${start}] [end:: ${end}] [client:: [[${client}]]] ${title} ^${nextId()}`;
const entry = (start: string, end: string | null, text = "work") =>
  `- [start:: ${start}]${end === null ? "" : ` [end:: ${end}]`} ${text} ^${nextId()}`;

function vault(files: Record<string, string>, zone = VA): VaultIndex {
  const index = new VaultIndex({ ...OPTIONS, timezone: zone });
  for (const [path, text] of Object.entries(files)) index.setFile(path, text);
  return index;
}

function model(index: VaultIndex, week: string, now: string, extra: Partial<WeekViewOptions> = {}): WeekView {
  return weekViewModel(index, {
    week,
    zone: VA,
    weekStart: "mon",
    now: Z(now),
    workingHours: { start: 9 * 60, end: 17 * 60 },
    workingDays: ["mon", "tue", "wed", "thu", "fri"],
    ...extra,
  });
}

const pieces = (v: WeekView, key: string, day: number) =>
  (v.clients.find((c) => c.key === key)?.windows ?? []).filter((w) => w.day === day).map((w) => [w.top, w.bottom]);

interface Switch {
  name: string;
  zone: string;
  week: string;
  /** The Sunday of the switch. */
  date: string;
  /** The client's working windows (09:00–17:00 every day) on the Saturday and the Sunday. */
  sat: [string, string];
  sun: [string, string];
  /** Pieces [top, bottom] of the client's windows in the VA's Saturday and Sunday (minutes). */
  satPieces: number[][];
  sunPieces: number[][];
}

const SWITCHES: Switch[] = [
  {
    name: "Sydney, DST starts",
    zone: "Australia/Sydney",
    week: "2026-W40",
    date: "2026-10-04",
    sat: ["2026-10-03T09:00+10:00", "2026-10-03T17:00+10:00"],
    sun: ["2026-10-04T09:00+11:00", "2026-10-04T17:00+11:00"],
    satPieces: [[360, 840]],
    sunPieces: [[300, 780]],
  },
  {
    name: "Sydney, DST ends",
    zone: "Australia/Sydney",
    week: "2026-W14",
    date: "2026-04-05",
    sat: ["2026-04-04T09:00+11:00", "2026-04-04T17:00+11:00"],
    sun: ["2026-04-05T09:00+10:00", "2026-04-05T17:00+10:00"],
    satPieces: [[300, 780]],
    sunPieces: [[360, 840]],
  },
  {
    name: "London, BST starts",
    zone: "Europe/London",
    week: "2026-W13",
    date: "2026-03-29",
    sat: ["2026-03-28T09:00+00:00", "2026-03-28T17:00+00:00"],
    sun: ["2026-03-29T09:00+01:00", "2026-03-29T17:00+01:00"],
    satPieces: [[960, 1440]],
    sunPieces: [[900, 1380]],
  },
  {
    name: "London, BST ends",
    zone: "Europe/London",
    week: "2026-W43",
    date: "2026-10-25",
    sat: ["2026-10-24T09:00+01:00", "2026-10-24T17:00+01:00"],
    sun: ["2026-10-25T09:00+00:00", "2026-10-25T17:00+00:00"],
    satPieces: [[900, 1380]],
    sunPieces: [[960, 1440]],
  },
  {
    name: "New York, DST starts",
    zone: "America/New_York",
    week: "2026-W10",
    date: "2026-03-08",
    sat: ["2026-03-07T09:00-05:00", "2026-03-07T17:00-05:00"],
    sun: ["2026-03-08T09:00-04:00", "2026-03-08T17:00-04:00"],
    // Friday's window runs into the VA's Saturday, Saturday's into her Sunday.
    satPieces: [
      [0, 300],
      [1260, 1440],
    ],
    sunPieces: [
      [0, 300],
      [1200, 1440],
    ],
  },
  {
    name: "New York, DST ends",
    zone: "America/New_York",
    week: "2026-W44",
    date: "2026-11-01",
    sat: ["2026-10-31T09:00-04:00", "2026-10-31T17:00-04:00"],
    sun: ["2026-11-01T09:00-05:00", "2026-11-01T17:00-05:00"],
    satPieces: [
      [0, 240],
      [1200, 1440],
    ],
    sunPieces: [
      [0, 240],
      [1260, 1440],
    ],
  },
];

describe("weekViewModel: client working windows across DST switch days (VA in Ho Chi Minh City)", () => {
  it.each(SWITCHES)("$name ($date)", (s) => {
    const index = vault({ "Clients/Far/Far.md": clientNote(`timezone: ${s.zone}`, `working_days: ${ALL_DAYS}`) });
    const v = model(index, s.week, `${s.date}T12:00+07:00`);
    expect(v.days[6].date).toBe(s.date);
    expect(v.days[6].minutes).toBe(1440); // the VA's own day has no switch
    const far = v.clients.find((c) => c.key === "Far");
    expect(far).toBeDefined();
    const whole = new Set(far?.windows.map((w) => `${w.windowStart}-${w.windowEnd}`));
    expect(whole.has(`${Z(s.sat[0])}-${Z(s.sat[1])}`)).toBe(true);
    expect(whole.has(`${Z(s.sun[0])}-${Z(s.sun[1])}`)).toBe(true);
    expect(pieces(v, "Far", 5)).toEqual(s.satPieces);
    expect(pieces(v, "Far", 6)).toEqual(s.sunPieces);
    // Each piece is its instants, clipped to the VA's day.
    for (const w of far?.windows ?? []) {
      const day = v.days[w.day];
      expect(w.start).toBe(Math.max(w.windowStart, day.start));
      expect(w.end).toBe(Math.min(w.windowEnd, day.end));
      expect(w.top).toBe((w.start - day.start) / 60_000);
    }
  });

  it.each(SWITCHES)("$name: a block at the start of Sunday's window sits there, one an hour earlier is outside", (s) => {
    const inside = block(s.sun[0], new Date(Z(s.sun[0]) + 3_600_000).toISOString(), "Far", "Inside");
    const early = block(new Date(Z(s.sun[0]) - 3_600_000).toISOString(), new Date(Z(s.sun[0]) - 1_800_000).toISOString(), "Far", "Early");
    const index = vault({
      "Clients/Far/Far.md": clientNote(`timezone: ${s.zone}`, `working_days: ${ALL_DAYS}`),
      [`Planner/${s.week}.md`]: planNote(inside, early),
    });
    const v = model(index, s.week, `${s.date}T12:00+07:00`);
    const byTitle = Object.fromEntries(v.blocks.map((b) => [b.title, b]));
    const top = s.sunPieces[s.sunPieces.length === 1 ? 0 : 1][0];
    expect(byTitle.Inside).toMatchObject({ top, bottom: top + 60, minutes: 60, outside: false, clientLocalStart: `${s.date} 09:00` });
    expect(byTitle.Early).toMatchObject({ top: top - 60, outside: true, clientLocalStart: `${s.date} 08:00` });
    // In Sydney the earlier block is the same Sunday; elsewhere it may fall into the same VA day too.
    expect(byTitle.Inside.day).toBe(6);
  });
});

describe("workingWindows in the client's zone", () => {
  it("a 00:00-24:00 week merges into one window; a start in the spring-forward gap moves to its end", () => {
    const from = Z("2026-03-02T00:00+07:00");
    const to = Z("2026-03-09T00:00+07:00");
    const ws = workingWindows("America/New_York", { start: 0, end: 1440 }, ["sat", "sun"], from, to);
    // Sunday 1 March in New York ends at 12:00 on 2 March in Ho Chi Minh City: inside the VA's week.
    expect(ws).toEqual([
      { start: Z("2026-03-01T00:00-05:00"), end: Z("2026-03-02T00:00-05:00"), localDate: "2026-03-01" },
      { start: Z("2026-03-07T00:00-05:00"), end: Z("2026-03-09T00:00-04:00"), localDate: "2026-03-07" },
    ]);
    const gap = workingWindows("America/New_York", { start: 2 * 60 + 30, end: 4 * 60 }, ["sun"], from, to);
    expect(gap).toEqual([{ start: Z("2026-03-08T03:30-04:00"), end: Z("2026-03-08T04:00-04:00"), localDate: "2026-03-08" }]);
  });
});

describe("weekViewModel: days", () => {
  it("seven days from the week start, today marked, with the ISO number", () => {
    const v = model(vault({}), "2026-W48", "2026-11-25T10:14+07:00");
    expect(v).toMatchObject({ week: "2026-W48", isoWeek: 48, isoYear: 2026, from: Z("2026-11-23T00:00+07:00"), to: Z("2026-11-30T00:00+07:00") });
    expect(v.days.map((d) => [d.date, d.weekday, d.today])).toEqual([
      ["2026-11-23", "mon", false],
      ["2026-11-24", "tue", false],
      ["2026-11-25", "wed", true],
      ["2026-11-26", "thu", false],
      ["2026-11-27", "fri", false],
      ["2026-11-28", "sat", false],
      ["2026-11-29", "sun", false],
    ]);
    expect(v.nowLine).toEqual({ day: 2, top: 10 * 60 + 14 });
    expect(v.vaWindows.map((w) => [w.day, w.top, w.bottom])).toEqual([0, 1, 2, 3, 4].map((d) => [d, 540, 1020]));
  });

  it("the VA's windows follow the hours, days and zone asked for; the same ones are shared by later models and by clients alike", () => {
    const index = vault({ "Clients/Here/Here.md": clientNote(`timezone: ${VA}`) });
    const now = "2026-11-25T10:14+07:00";
    const first = model(index, "2026-W48", now);
    const short = model(index, "2026-W48", now, { workingHours: { start: 10 * 60, end: 12 * 60 } });
    const weekend = model(index, "2026-W48", now, { workingDays: ["sat", "sun"] });
    const london = model(index, "2026-W48", now, { workingZone: "Europe/London" });
    expect(short.vaWindows.map((w) => [w.day, w.top, w.bottom])).toEqual([0, 1, 2, 3, 4].map((d) => [d, 600, 720]));
    expect(weekend.vaWindows.map((w) => [w.day, w.top, w.bottom])).toEqual([[5, 540, 1020], [6, 540, 1020]]);
    // 09:00–17:00 GMT is 16:00–24:00 in Ho Chi Minh City.
    expect(london.vaWindows.filter((w) => w.day === 1).map((w) => [w.top, w.bottom])).toEqual([[960, 1440]]);
    const again = model(index, "2026-W48", now);
    expect(again.vaWindows).toEqual(first.vaWindows);
    expect(again.vaWindows).toBe(first.vaWindows);
    expect(again.clients.find((c) => c.key === "Here")?.windows).toBe(first.vaWindows);
    expect(model(index, "2026-W49", now).vaWindows[0].start).toBe(Z("2026-11-30T09:00+07:00"));
  });

  it("makes its blocks, entries and client columns with their classes (objects V8 never pretenures)", () => {
    const index = vault({
      "Clients/Here/Here.md": clientNote(`timezone: ${VA}`, "status: active"),
      "Planner/2026-W48.md": planNote(block("2026-11-23T09:00+07:00", "2026-11-23T10:00+07:00", "Here")),
      "Clients/Here/Log/2026-11.md": logNote(entry("2026-11-23T09:00+07:00", "2026-11-23T09:30+07:00")),
    });
    const v = model(index, "2026-W48", "2026-11-25T10:14+07:00");
    expect(v.blocks.length).toBe(1);
    expect(v.blocks[0]).toBeInstanceOf(BlockItem);
    expect(v.entries.length).toBe(1);
    expect(v.entries[0]).toBeInstanceOf(EntryItem);
    expect(v.clients.length).toBe(1);
    expect(v.clients[0]).toBeInstanceOf(ClientColumn);
    expect(v.blocks[0]).toMatchObject({ day: 0, top: 540, bottom: 600, minutes: 60, clientKey: "Here", clientLocalStart: "2026-11-23 09:00" });
    expect(v.entries[0]).toMatchObject({ day: 0, top: 540, bottom: 570, minutes: 30, clientKey: "Here", note: "work" });
  });

  it("a week starting on Sunday begins on the Sunday before the ISO Monday; no now line outside it", () => {
    const v = model(vault({}), "2026-W41", "2026-11-25T10:14+07:00", { weekStart: "sun" as Weekday });
    expect(v.days.map((d) => d.weekday)).toEqual(["sun", "mon", "tue", "wed", "thu", "fri", "sat"]);
    expect(v.days[0].date).toBe("2026-10-04");
    expect(v.days[6].date).toBe("2026-10-10");
    expect(v.nowLine).toBeNull();
  });

  it("for a VA in a DST zone, switch days are 23 and 25 hours and blocks sit at their wall-clock place", () => {
    const london = "Europe/London";
    const index = vault(
      {
        "Clients/Acme/Acme.md": clientNote(`timezone: ${london}`, `working_days: ${ALL_DAYS}`),
        "Planner/2026-W13.md": planNote(
          block("2026-03-29T10:00+01:00", "2026-03-29T11:00+01:00", "Acme", "Ten"),
          block("2026-03-29T00:30+00:00", "2026-03-29T02:30+01:00", "Acme", "Across"),
        ),
        "Planner/2026-W43.md": planNote(block("2026-10-25T01:30+01:00", "2026-10-25T01:30+00:00", "Acme", "Twice")),
      },
      london,
    );
    const spring = model(index, "2026-W13", "2026-03-29T10:30+01:00", { zone: london });
    expect(spring.days[6]).toMatchObject({ date: "2026-03-29", minutes: 1380, start: Z("2026-03-29T00:00Z"), end: Z("2026-03-29T23:00Z") });
    const s = Object.fromEntries(spring.blocks.map((b) => [b.title, b]));
    expect(s.Ten).toMatchObject({ day: 6, top: 600, bottom: 660, minutes: 60 });
    expect(s.Across).toMatchObject({ day: 6, top: 30, bottom: 150, minutes: 60 });
    expect(spring.nowLine).toEqual({ day: 6, top: 630 });
    const autumn = model(index, "2026-W43", "2026-10-20T12:00+01:00", { zone: london });
    expect(autumn.days[6]).toMatchObject({ date: "2026-10-25", minutes: 1500 });
    expect(autumn.blocks[0]).toMatchObject({ title: "Twice", top: 90, bottom: 150, minutes: 60 });
  });
});

describe("weekViewModel: blocks, entries, layout, marks, totals", () => {
  const files = () => ({
    "Clients/Harbour Goods/Harbour Goods.md": clientNote("timezone: Australia/Sydney", "color: \"#2a9d8f\"", "rounding: 15 up"),
    "Clients/Coach/Coach.md": clientNote("timezone: Europe/London"),
    "Clients/Paused/Paused.md": clientNote("status: paused"),
    "Clients/Idle/Idle.md": clientNote("timezone: America/New_York"),
    // Harbour works 09:00-17:00 AEDT = 05:00-13:00 in Ho Chi Minh City.
    "Planner/2026-W48.md": planNote(
      block("2026-11-23T06:00+07:00", "2026-11-23T08:00+07:00", "Harbour Goods", "A"),
      block("2026-11-23T07:00+07:00", "2026-11-23T09:00+07:00", "Harbour Goods", "B"),
      block("2026-11-23T08:00+07:00", "2026-11-23T09:30+07:00", "Harbour Goods", "C"),
      block("2026-11-23T10:00+07:00", "2026-11-23T11:00+07:00", "Harbour Goods", "D"),
      block("2026-11-23T11:05+07:00", "2026-11-23T12:00+07:00", "Harbour Goods", "E"),
      block("2026-11-23T12:10+07:00", "2026-11-23T12:50+07:00", "Harbour Goods", "F"),
      block("2026-11-24T15:00+07:00", "2026-11-24T16:00+07:00", "Harbour Goods", "Late"),
      block("2026-11-24T23:00+07:00", "2026-11-25T01:00+07:00", "Coach", "Midnight"),
      "- a hand-written line",
    ),
    "Clients/Harbour Goods/Log/2026-11.md": logNote(
      entry("2026-11-23T06:00+07:00", "2026-11-23T06:10+07:00", "first"),
      entry("2026-11-23T06:05+07:00", "2026-11-23T06:25+07:00", "second"),
      entry("2026-11-23T07:00+07:00", "2026-11-23T07:30+07:00", "unbilled #non-billable"),
    ),
    "Clients/Coach/Log/2026-11.md": logNote(entry("2026-11-25T09:30+07:00", null, "running")),
  });

  it("lays overlapping blocks side by side, and tracked entries separately", () => {
    const v = model(vault(files()), "2026-W48", "2026-11-25T10:14+07:00");
    const cols = Object.fromEntries(v.blocks.filter((b) => b.day === 0).map((b) => [b.title, [b.column, b.columns]]));
    expect(cols).toEqual({ A: [0, 2], B: [1, 2], C: [0, 2], D: [0, 1], E: [0, 1], F: [0, 1] });
    const entries = v.entries.filter((e) => e.day === 0).map((e) => [e.note, e.column, e.columns, e.top, e.bottom]);
    expect(entries).toEqual([
      ["first", 0, 2, 360, 370],
      ["second", 1, 2, 365, 385],
      ["unbilled", 0, 1, 420, 450],
    ]);
  });

  it("splits an item across the VA's midnight, and runs a running entry to now", () => {
    const v = model(vault(files()), "2026-W48", "2026-11-25T10:14+07:00");
    expect(v.blocks.filter((b) => b.title === "Midnight").map((b) => [b.day, b.top, b.bottom, b.minutes])).toEqual([
      [1, 1380, 1440, 60],
      [2, 0, 60, 60],
    ]);
    const running = v.entries.find((e) => e.running);
    expect(running).toMatchObject({ day: 2, top: 570, bottom: 614, entryEnd: Z("2026-11-25T10:14+07:00"), color: null });
  });

  it("marks blocks outside the client's hours and blocks closer than the buffer", () => {
    const v = model(vault(files()), "2026-W48", "2026-11-25T10:14+07:00");
    const marks = Object.fromEntries(v.blocks.map((b) => [b.title, [b.outside, b.tight]]));
    expect(marks).toEqual({
      A: [false, true],
      B: [false, true],
      C: [false, true],
      D: [false, true], // 5 min to E
      E: [false, true],
      F: [false, false], // exactly 10 min after E
      Late: [true, false],
      Midnight: [true, false], // 17:00-19:00 in London
    });
    const wide = model(vault(files()), "2026-W48", "2026-11-25T10:14+07:00", { bufferMinutes: 15 });
    expect(wide.blocks.find((b) => b.title === "F")?.tight).toBe(true);
    expect(v.blocks.find((b) => b.title === "A")).toMatchObject({ color: "#2a9d8f", clientLocalStart: "2026-11-23 10:00" });
  });

  it("shows clients with blocks or entries and every active client, with local time and totals", () => {
    const v = model(vault(files()), "2026-W48", "2026-11-25T10:14+07:00");
    const byKey = Object.fromEntries(v.clients.map((c) => [c.key, c]));
    expect(Object.keys(byKey).sort()).toEqual(["Coach", "Harbour Goods", "Idle"]);
    expect(byKey["Harbour Goods"]).toMatchObject({
      localNow: "2026-11-25 14:14",
      offset: 660,
      offsetText: "+11:00",
      plannedMinutes: 120 + 120 + 90 + 60 + 55 + 40 + 60,
      trackedMinutes: 10 + 20 + 30,
      billableMinutes: 30,
      billedMinutes: 15 + 30, // 15 up, per entry
    });
    expect(byKey.Coach).toMatchObject({ localNow: "2026-11-25 03:14", offsetText: "+00:00", plannedMinutes: 120, trackedMinutes: 44, billedMinutes: 0 });
    expect(byKey.Idle).toMatchObject({ plannedMinutes: 0, trackedMinutes: 0, offsetText: "-05:00" });
    expect(byKey.Idle.windows.map((w) => [w.day, w.top, w.bottom])).toEqual([
      [0, 1260, 1440],
      [1, 0, 300],
      [1, 1260, 1440],
      [2, 0, 300],
      [2, 1260, 1440],
      [3, 0, 300],
      [3, 1260, 1440],
      [4, 0, 300],
      [4, 1260, 1440],
      [5, 0, 300],
    ]);
    expect(v.totals).toEqual({ plannedMinutes: 665, trackedMinutes: 104, billedMinutes: 45 });
  });

  it("a redraw follows every change to the client notes: name, colour, status, hours and removal", () => {
    const index = vault(files());
    const first = model(index, "2026-W48", "2026-11-25T10:14+07:00");
    expect(first.clients.map((c) => c.name)).toEqual(["Coach", "Harbour Goods", "Idle"]);
    index.setFile("Clients/Coach/Coach.md", clientNote("timezone: Europe/London", "name: Zebra coaching", 'color: "#123456"'));
    index.setFile("Clients/Paused/Paused.md", clientNote("status: active", "name: Able", "timezone: Asia/Tokyo"));
    index.setFile("Clients/Idle/Idle.md", clientNote("timezone: America/New_York", "status: archived"));
    const second = model(index, "2026-W48", "2026-11-25T10:14+07:00");
    expect(second.clients.map((c) => [c.key, c.name, c.color])).toEqual([
      ["Paused", "Able", null],
      ["Harbour Goods", "Harbour Goods", "#2a9d8f"],
      ["Coach", "Zebra coaching", "#123456"],
    ]);
    expect(second.blocks.find((b) => b.title === "Midnight")?.color).toBe("#123456");
    expect(second.entries.find((e) => e.note === "running")?.color).toBe("#123456");
    expect(second.clients.find((c) => c.key === "Paused")?.localNow).toBe("2026-11-25 12:14");
    index.removeFile("Clients/Coach/Coach.md");
    const third = model(index, "2026-W48", "2026-11-25T10:14+07:00");
    expect(third.clients.find((c) => c.key === "Coach")).toMatchObject({ missing: true, name: "Coach", windows: [], trackedMinutes: 44 });
    expect(third.blocks.find((b) => b.title === "Midnight")).toMatchObject({ clientKey: null, color: null });
    expect(third.clients.map((c) => c.key)).toEqual(["Paused", "Coach", "Harbour Goods"]);
  });

  it("shows a client who is not active where a block or entry names them, by display name too", () => {
    const index = vault({
      ...files(),
      "Clients/Paused/Paused.md": clientNote("status: paused", "name: Quiet Co", "rounding: 30 up task"),
      "Clients/Paused/Log/2026-11.md": logNote(
        entry("2026-11-24T08:00+07:00", "2026-11-24T08:10+07:00", "[task:: Inbox] sort"),
        entry("2026-11-24T09:00+07:00", "2026-11-24T09:10+07:00", "[task:: [[Inbox]]] more"),
      ),
      "Planner/2026-W48.md": planNote(block("2026-11-26T06:00+07:00", "2026-11-26T07:00+07:00", "quiet co", "By name")),
    });
    const v = model(index, "2026-W48", "2026-11-25T10:14+07:00");
    expect(v.clients.map((c) => c.key)).toEqual(["Coach", "Harbour Goods", "Idle", "Paused"]);
    expect(v.blocks[0]).toMatchObject({ clientKey: "Paused", clientRef: "quiet co", title: "By name" });
    // Per task: 10 + 10 minutes of one task round once, to 30.
    expect(v.clients.find((c) => c.key === "Paused")).toMatchObject({ plannedMinutes: 60, trackedMinutes: 20, billedMinutes: 30 });
  });

  it("a block for an unknown client is shown without colour or marks", () => {
    const index = vault({ "Planner/2026-W48.md": planNote(block("2026-11-23T06:00+07:00", "2026-11-23T07:00+07:00", "Nobody")) });
    const v = model(index, "2026-W48", "2026-11-25T10:14+07:00");
    expect(v.blocks).toHaveLength(1);
    expect(v.blocks[0]).toMatchObject({ clientKey: null, color: null, outside: false, clientLocalStart: null });
    expect(v.clients).toEqual([]);
  });
});

describe("ZoneSpan agrees with the zone database around every switch", () => {
  it.each(SWITCHES)("$name", (s) => {
    const from = Z(`${s.date}T00:00+07:00`) - 6 * 86_400_000;
    const to = from + 7 * 86_400_000;
    const span = new ZoneSpan(s.zone, from, to);
    for (let t = from - 2 * 86_400_000; t <= to + 2 * 86_400_000; t += 15 * 60_000) expect(span.offset(t)).toBe(offsetAt(s.zone, t));
    expect(span.local(Z(s.sun[0]))).toBe(`${s.date} 09:00`);
  });
});
