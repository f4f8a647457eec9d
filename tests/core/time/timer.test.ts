// The timer's text edits (src/core/time/timer.ts), the snapshot the status bar ticks from, retainer
// burn and idle rules: pure, with fixed instants.
import { describe, expect, it } from "vitest";
import { appendEntry, findEntryLine, planEntry, removeLine, stopLine, taskFromText, toSecond } from "../../../src/core/time/timer";
import { newLogNote } from "../../../src/core/notes/log-append";
import { parseLogNote } from "../../../src/core/notes/log-note";
import { checkIdleStart, detectGap, idlePlan, proposedIdleStart, ranTooLong, GAP_MS } from "../../../src/core/time/idle";
import { buildSnapshot, burnsAt, currentBurnAt, elapsedAt, todayByClientAt, todayTotalAt } from "../../../src/core/time/timer-view";
import { formatInstant } from "../../../src/core/shared/instant";
import { offsetAt } from "../../../src/core/shared/zones";
import { CLIENTS, clientNotePath, note, testIndex } from "../../support/vault";

const HCM = "Asia/Ho_Chi_Minh";
const LAYOUT = { clientsRoot: "Clients", plannerFolder: "Planner" };
const at = (iso: string) => Date.parse(iso);

const RUNNING = "- [start:: 2026-11-23T09:00+07:00] [task:: [[Newsletter]]] [device:: Linh's Mac] Drafting ^cd-run00001";
const NOTE = `---\ntype: client-log\n---\n# Acme\n\n- [start:: 2026-11-23T07:00+07:00] [end:: 2026-11-23T08:00+07:00] Inbox ^cd-done0001\n${RUNNING}\n%% a comment %%\nA paragraph the plugin does not read.\n`;

describe("stopLine", () => {
  const ref = { id: "cd-run00001", start: at("2026-11-23T09:00+07:00") };

  it("adds the end right after the start and keeps every other byte", () => {
    const r = stopLine(NOTE, ref, at("2026-11-23T10:15:30+07:00"), 420);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const line = "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:15:30+07:00] [task:: [[Newsletter]]] [device:: Linh's Mac] Drafting ^cd-run00001";
    expect(r.line).toBe(line);
    expect(r.text).toBe(NOTE.replace(RUNNING, line));
    expect(r.lineNo).toBe(7);
  });

  it("keeps a hand edit made while the timer ran and sets only the end", () => {
    const edited = NOTE.replace("Drafting", "Drafting the   November issue #urgent").replace("[task:: [[Newsletter]]]", "[task:: Newsletter v2]");
    const r = stopLine(edited, ref, at("2026-11-23T10:00+07:00"), 420);
    expect(r.ok && r.line).toBe(
      "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] [task:: Newsletter v2] [device:: Linh's Mac] Drafting the   November issue #urgent ^cd-run00001",
    );
  });

  it("follows a start changed by hand, and refuses an end not after it", () => {
    const edited = NOTE.replace("[start:: 2026-11-23T09:00+07:00] [task", "[start:: 2026-11-23T09:30+07:00] [task");
    expect(stopLine(edited, ref, at("2026-11-23T09:20+07:00"), 420)).toEqual({ ok: false, problem: "end-not-after-start" });
    const ok = stopLine(edited, ref, at("2026-11-23T09:45+07:00"), 420);
    expect(ok.ok && ok.entry.end! - ok.entry.start).toBe(15 * 60_000);
  });

  it("fills an empty end field in place", () => {
    const text = "- [start:: 2026-11-23T09:00+07:00] [end:: ] Calls ^cd-run00001\n";
    const r = stopLine(text, ref, at("2026-11-23T09:30+07:00"), 420);
    expect(r.ok && r.text).toBe("- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T09:30+07:00] Calls ^cd-run00001\n");
  });

  it("writes nothing when the line is gone, doubled, already stopped or unreadable", () => {
    expect(stopLine(NOTE.replace(`${RUNNING}\n`, ""), ref, at("2026-11-23T10:00+07:00"), 420)).toEqual({ ok: false, problem: "missing" });
    expect(stopLine(`${NOTE}${RUNNING}\n`, ref, at("2026-11-23T10:00+07:00"), 420)).toEqual({ ok: false, problem: "ambiguous" });
    const stopped = NOTE.replace("[task::", "[end:: 2026-11-23T09:30+07:00] [task::");
    expect(stopLine(stopped, ref, at("2026-11-23T10:00+07:00"), 420)).toEqual({ ok: false, problem: "stopped" });
    const broken = NOTE.replace("[start:: 2026-11-23T09:00+07:00]", "[start:: yesterday]");
    expect(stopLine(broken, ref, at("2026-11-23T10:00+07:00"), 420)).toEqual({ ok: false, problem: "unreadable" });
  });

  it("does not take a line inside a code block or comment for the entry", () => {
    const fenced = `${NOTE.replace(`${RUNNING}\n`, "")}\`\`\`\n${RUNNING}\n\`\`\`\n`;
    expect(findEntryLine(fenced, ref)).toEqual({ ok: false, problem: "missing" });
  });

  it("finds a running line typed without a block id by its start", () => {
    const text = "# Log\r\n- [start:: 2026-11-23T09:00+07:00] typed by hand\r\n";
    const r = stopLine(text, { id: "Clients/Acme/Log/2026-11.md:2", start: ref.start }, at("2026-11-23T09:10+07:00"), 420);
    expect(r.ok && r.text).toBe("# Log\r\n- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T09:10+07:00] typed by hand\r\n");
  });
});

describe("removeLine", () => {
  const ref = { id: "cd-run00001", start: at("2026-11-23T09:00+07:00") };
  it("removes exactly the running line and its line break", () => {
    const r = removeLine(NOTE, ref);
    expect(r.ok && r.text).toBe(NOTE.replace(`${RUNNING}\n`, ""));
  });
  it("removes a last line without a line break of its own", () => {
    const r = removeLine(`# Log\r\n${RUNNING}`, ref);
    expect(r.ok && r.text).toBe("# Log");
  });
  it("never removes a finished entry", () => {
    const stopped = NOTE.replace("[task::", "[end:: 2026-11-23T09:30+07:00] [task::");
    expect(removeLine(stopped, ref)).toEqual({ ok: false, problem: "stopped" });
  });
});

describe("appendEntry and planEntry", () => {
  it("puts an entry in the log note of the start's month in the user's zone", () => {
    // 2026-11-30T23:30 in Ho Chi Minh City is still November there, December in Sydney.
    const plan = planEntry(LAYOUT, HCM, {
      clientKey: "Acme",
      start: at("2026-11-30T23:30:45.678+07:00"),
      end: null,
      ...taskFromText("[[Newsletter]]"),
      note: "line\nbreak [x]",
      billable: false,
      device: "Linh's [phone]",
      id: "cd-abcdefgh",
    });
    expect(plan.path).toBe("Clients/Acme/Log/2026-11.md");
    expect(plan.line).toBe("- [start:: 2026-11-30T23:30:45+07:00] [task:: [[Newsletter]]] [device:: Linh's (phone)] line break (x) #non-billable ^cd-abcdefgh");
  });

  it("appends one line after every byte of the note, or starts a new note", () => {
    const line = "- [start:: 2026-11-23T09:00+07:00] ^cd-abcdefgh";
    const r = appendEntry("# Log\r\n- x", "Acme", "2026-11", "Clients/Acme/Log/2026-11.md", line, "cd-abcdefgh");
    expect(r.ok && r.text).toBe(`# Log\r\n- x\r\n${line}\r\n`);
    const made = appendEntry(null, "Acme", "2026-11", "Clients/Acme/Log/2026-11.md", line, "cd-abcdefgh");
    expect(made.ok && made.text).toBe(`${newLogNote("Acme", "2026-11")}${line}\n`);
    expect(made.ok && made.created).toBe(true);
  });

  it("refuses a note ending inside a code block", () => {
    const r = appendEntry("```\ncode", "Acme", "2026-11", "x.md", "- [start:: 2026-11-23T09:00+07:00] ^cd-abcdefgh", "cd-abcdefgh");
    expect(r).toEqual({ ok: false, problem: "append-unreadable" });
  });

  it("writes instants to the second", () => {
    expect(toSecond(at("2026-11-23T09:00:12.999+07:00"))).toBe(at("2026-11-23T09:00:12+07:00"));
  });
});

describe("the snapshot the status bar ticks from", () => {
  const index = testIndex({ [clientNotePath("Bright")]: note(CLIENTS.brightloop), [clientNotePath("Acme")]: note(CLIENTS.harbour) });
  index.setFile(
    "Clients/Bright/Log/2026-11.md",
    [
      "- [start:: 2026-11-02T09:00+07:00] [end:: 2026-11-02T21:00+07:00] Long day ^cd-bright01",
      "- [start:: 2026-11-23T08:00+07:00] [end:: 2026-11-23T09:00+07:00] Inbox ^cd-bright02",
      "- [start:: 2026-11-23T10:00+07:00] [device:: Linh's Mac] Metrics ^cd-bright03",
      "",
    ].join("\n"),
  );
  index.setFile("Clients/Acme/Log/2026-11.md", "- [start:: 2026-11-23T07:00+07:00] [end:: 2026-11-23T07:30+07:00] Orders ^cd-acme0001\n");

  it("gives the elapsed time, today's totals and the retainer burn from the clock alone", () => {
    const built = at("2026-11-23T10:00+07:00");
    const s = buildSnapshot(index, built, HCM, "Linh's Mac");
    expect(s.current?.entry.id).toBe("cd-bright03");
    expect(s.current?.otherDevice).toBe(false);
    const now = at("2026-11-23T10:30:15+07:00");
    expect(elapsedAt(s, now)).toBe(30 * 60_000 + 15_000);
    expect(todayTotalAt(s, now)).toBe((30 + 60 + 30) * 60_000 + 15_000);
    expect(todayByClientAt(s, now).map((c) => [c.name, c.ms])).toEqual([
      ["Bright", 90 * 60_000 + 15_000],
      ["Acme", 30 * 60_000],
    ]);
    const burn = currentBurnAt(s, at("2026-11-23T13:00+07:00"));
    expect(burn).toMatchObject({ key: "Bright", includedHours: 20, high: false });
    expect(burn!.usedMs).toBe((12 + 1 + 3) * 3_600_000);
    const later = currentBurnAt(s, at("2026-11-23T14:00+07:00"))!;
    expect(later.ratio).toBeCloseTo(17 / 20);
    expect(later.high).toBe(true);
    expect(burnsAt(s, at("2026-11-23T15:00+07:00"))[0].over).toBe(false);
  });

  it("bills the retainer's finished entries with the client's rounding, the running timer as it goes", () => {
    const r = testIndex({ [clientNotePath("R")]: note(["currency: USD", "billing: retainer", "retainer_fee: 100", "retainer_hours: 10", "rounding: 15 up"]) });
    r.setFile(
      "Clients/R/Log/2026-11.md",
      [
        "- [start:: 2026-10-31T23:00+07:00] [end:: 2026-11-01T01:00+07:00] Started last month ^cd-r0000000",
        "- [start:: 2026-11-03T09:00+07:00] [end:: 2026-11-03T09:20+07:00] Call ^cd-r0000001",
        "- [start:: 2026-11-03T10:00+07:00] [end:: 2026-11-03T10:05+07:00] Free #non-billable ^cd-r0000002",
        "- [start:: 2026-11-23T10:00+07:00] [device:: d] Running ^cd-r0000003",
        "",
      ].join("\n"),
    );
    const s = buildSnapshot(r, at("2026-11-23T10:00+07:00"), HCM, "d");
    const [b] = burnsAt(s, at("2026-11-23T10:07+07:00"));
    expect(b.usedMs).toBe((30 + 7) * 60_000);
    expect(b.rawMs).toBe((20 + 7) * 60_000);
  });
});

describe("idle rules", () => {
  const start = at("2026-11-23T09:00+07:00");
  it("notices a jump of the wall clock longer than the gap", () => {
    expect(detectGap(null, start)).toBeNull();
    expect(detectGap(start, start + GAP_MS)).toBeNull();
    expect(detectGap(start, start + GAP_MS + 1)).toEqual({ from: start, to: start + GAP_MS + 1 });
  });
  it("asks after the threshold since the start or since the last keep", () => {
    const h = 3_600_000;
    expect(ranTooLong(start, start + 10 * h - 1, 10 * h)).toBe(false);
    expect(ranTooLong(start, start + 10 * h, 10 * h)).toBe(true);
    expect(ranTooLong(start, start + 12 * h, 10 * h, start + 11 * h)).toBe(false);
  });
  it("proposes the last activity, else the gap's start, never before the start", () => {
    const gap = { from: start + 3_600_000, to: start + 10 * 3_600_000 };
    expect(proposedIdleStart(start, gap.to, start + 1_800_000, gap)).toBe(start + 1_800_000);
    expect(proposedIdleStart(start, gap.to, start - 1, gap)).toBe(gap.from);
    expect(proposedIdleStart(start, gap.to, null, null)).toBeNull();
    expect(checkIdleStart(start, gap.to, start)).toBe("before-start");
    expect(checkIdleStart(start, gap.to, gap.to + 1)).toBe("after-now");
  });
  it("says what each answer writes", () => {
    expect(idlePlan("keep", 5, 9)).toEqual({ stopAt: null, restartAt: null });
    expect(idlePlan("stop", 5, 9)).toEqual({ stopAt: 5, restartAt: null });
    expect(idlePlan("discard-idle", 5, 9)).toEqual({ stopAt: 5, restartAt: 9 });
  });
});

describe("durations across midnight, week boundaries and DST switches, to the second", () => {
  // Linh in Ho Chi Minh City works for clients whose zones switch; her own entries carry +07:00,
  // and the duration is the difference of instants whatever the client's clocks did.
  const cases: [string, string, string, number][] = [
    ["midnight", "2026-11-23T23:15:07+07:00", "2026-11-24T01:02:09+07:00", 6422],
    ["week boundary (Sunday to Monday)", "2026-11-29T22:00:00+07:00", "2026-11-30T02:00:30+07:00", 4 * 3600 + 30],
    ["Sydney DST starts 2026-10-04", "2026-10-03T22:30:00+07:00", "2026-10-04T03:30:01+07:00", 5 * 3600 + 1],
    ["Sydney DST ends 2026-04-05", "2026-04-04T22:00:00+07:00", "2026-04-05T02:00:00+07:00", 4 * 3600],
    ["London DST starts 2026-03-29", "2026-03-29T07:30:00+07:00", "2026-03-29T09:30:59+07:00", 2 * 3600 + 59],
    ["London DST ends 2026-10-25", "2026-10-25T07:00:00+07:00", "2026-10-25T09:00:00+07:00", 2 * 3600],
    ["New York DST starts 2026-03-08", "2026-03-08T13:30:00+07:00", "2026-03-08T15:30:00+07:00", 2 * 3600],
    ["New York DST ends 2026-11-01", "2026-11-01T12:30:00+07:00", "2026-11-01T14:30:00+07:00", 2 * 3600],
  ];
  it.each(cases)("%s", (_name, from, to, seconds) => {
    const note = appendEntry(null, "Acme", "2026-11", "Clients/Acme/Log/2026-11.md", `- [start:: ${from}] [device:: Linh's Mac] ^cd-dst00001`, "cd-dst00001");
    expect(note.ok).toBe(true);
    if (!note.ok) return;
    const stopped = stopLine(note.text, { id: "cd-dst00001", start: at(from) }, at(to), 420);
    expect(stopped.ok).toBe(true);
    if (!stopped.ok) return;
    const [e] = parseLogNote("Clients/Acme/Log/2026-11.md", "Acme", stopped.text).entries;
    expect((e.end! - e.start) / 1000).toBe(seconds);
    expect(stopped.line).toContain(`[end:: ${formatInstant(at(to), 420)}]`);
  });

  it("writes each instant with the offset in force then in the user's zone (a VA living in London)", () => {
    const start = at("2026-10-25T00:30:00+01:00");
    const end = at("2026-10-25T01:30:20+00:00");
    const plan = planEntry(LAYOUT, "Europe/London", { clientKey: "Acme", start, end: null, task: null, taskAsLink: false, note: null, billable: true, device: "d", id: "cd-london01" });
    expect(plan.line).toBe("- [start:: 2026-10-25T00:30+01:00] [device:: d] ^cd-london01");
    const stopped = stopLine(`${plan.line}\n`, { id: "cd-london01", start }, end, offsetAt("Europe/London", end));
    expect(stopped.ok && stopped.line).toBe("- [start:: 2026-10-25T00:30+01:00] [end:: 2026-10-25T01:30:20+00:00] [device:: d] ^cd-london01");
    expect(stopped.ok && (stopped.entry.end! - stopped.entry.start) / 1000).toBe(2 * 3600 + 20);
  });
});
