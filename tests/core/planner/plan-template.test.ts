import { describe, expect, it } from "vitest";
import { fillFromTemplate, parseTemplate, templateFromBlocks, type FillOptions } from "../../../src/core/planner/plan-template";
import { parsePlanNote } from "../../../src/core/notes/plan-note";
import { newPlanNote } from "../../../src/core/planner/plan-edit";
import { appendLine } from "../../../src/core/notes/log-append";
import type { Block } from "../../../src/core/shared/types";

const PATH = "Planner/Template.md";
const Z = (iso: string) => Date.parse(iso);

const TEMPLATE = [
  "---",
  "type: plan-template",
  "---",
  "# Weekly template",
  "",
  "Free text and headings stay as they are.",
  "- [day:: mon] [start:: 09:00] [end:: 10:30] [client:: [[Harbour Goods]]] Product uploads",
  "- [day:: Wednesday] [start:: 20:00] [end:: 21:00] [client:: Northwind Coaching] Weekly call ^old-id",
  "- [day:: fri] [start:: 22:00] [end:: 24:00] [client:: [[Harbour Goods|Harbour]]]",
  "- a plain to-do stays a to-do",
  "- [day:: funday] [start:: 09:00] [end:: 10:00] [client:: [[Harbour Goods]]] bad day",
  "- [day:: tue] [start:: 9:75] [end:: 10:00] [client:: [[Harbour Goods]]] bad start",
  "- [day:: tue] [start:: 11:00] [end:: 10:00] [client:: [[Harbour Goods]]] end before start",
  "- [day:: tue] [start:: 11:00] [end:: 12:00] no client",
  "- [day:: tue] [day:: wed] [start:: 11:00] [end:: 12:00] [client:: X] two days",
  "- [start:: 2026-11-23T08:00+07:00] [end:: 2026-11-23T09:00+07:00] [client:: [[Harbour Goods]]] a plan line pasted here",
  "",
].join("\n");

function ids(): () => string {
  let n = 0;
  return () => `cd-test${String(n++).padStart(4, "0")}`;
}

function options(over: Partial<FillOptions> = {}): FillOptions {
  return {
    week: "2026-W48",
    zone: "Asia/Ho_Chi_Minh",
    weekStart: "mon",
    existing: [],
    resolveClient: (ref) => (ref === "Harbour Goods" || ref === "Northwind Coaching" ? ref : null),
    newId: ids(),
    path: PATH,
    ...over,
  };
}

describe("parseTemplate", () => {
  it("reads items with day, wall-clock times, client and title, and skips other lines silently", () => {
    const { items } = parseTemplate(PATH, TEMPLATE);
    expect(items).toEqual([
      { line: 7, day: "mon", start: 540, end: 630, clientRef: "Harbour Goods", title: "Product uploads" },
      { line: 8, day: "wed", start: 1200, end: 1260, clientRef: "Northwind Coaching", title: "Weekly call" },
      { line: 9, day: "fri", start: 1320, end: 1440, clientRef: "Harbour Goods", title: "" },
    ]);
  });

  it("reports each unreadable line with its line and field, and skips it", () => {
    const { diagnostics } = parseTemplate(PATH, TEMPLATE);
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.field, d.params.value])).toEqual([
      ["template-line-invalid", PATH, 11, "day", "funday"],
      ["template-line-invalid", PATH, 12, "start", "9:75"],
      ["template-line-invalid", PATH, 13, "end", "10:00"],
      ["template-line-invalid", PATH, 14, "client", ""],
      ["template-line-invalid", PATH, 15, "day", "wed"],
      ["template-line-invalid", PATH, 16, "day", ""],
    ]);
  });
});

describe("fillFromTemplate", () => {
  const items = parseTemplate(PATH, TEMPLATE).items;

  it("places each item on its weekday at its wall-clock time in the VA's zone, as plan lines", () => {
    const plan = fillFromTemplate(items, options());
    expect(plan.kept).toEqual([]);
    expect(plan.add.map((a) => a.text)).toEqual([
      "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:30+07:00] [client:: [[Harbour Goods]]] Product uploads ^cd-test0000",
      "- [start:: 2026-11-25T20:00+07:00] [end:: 2026-11-25T21:00+07:00] [client:: [[Northwind Coaching]]] Weekly call ^cd-test0001",
      "- [start:: 2026-11-27T22:00+07:00] [end:: 2026-11-28T00:00+07:00] [client:: [[Harbour Goods]]] ^cd-test0002",
    ]);
    // The lines read back as the blocks meant.
    const note = plan.add.reduce((t, a) => appendLine(t, a.text), newPlanNote("2026-W48"));
    const read = parsePlanNote("Planner/2026-W48.md", note);
    expect(read.diagnostics).toEqual([]);
    expect(read.blocks.map((b) => [b.start, b.end])).toEqual(plan.add.map((a) => [a.start, a.end]));
  });

  it("follows the week start: a Sunday-first week puts Monday's item on the second day", () => {
    const plan = fillFromTemplate(items.slice(0, 1), options({ weekStart: "sun" }));
    expect(plan.add[0].start).toBe(Z("2026-11-23T09:00+07:00"));
  });

  it("leaves alone an item the week already has for that client, exactly or overlapping, and fills twice idempotently", () => {
    const moved = { clientKey: "Harbour Goods", start: Z("2026-11-23T09:30+07:00"), end: Z("2026-11-23T11:00+07:00") };
    const otherClient = { clientKey: "Northwind Coaching", start: Z("2026-11-23T09:00+07:00"), end: Z("2026-11-23T10:30+07:00") };
    const plan = fillFromTemplate(items, options({ existing: [moved, otherClient] }));
    expect(plan.kept.map((i) => i.line)).toEqual([7]);
    expect(plan.add.map((a) => a.item.line)).toEqual([8, 9]);
    const again = fillFromTemplate(items, options({ existing: [moved, ...plan.add] }));
    expect(again.add).toEqual([]);
    expect(again.kept.map((i) => i.line)).toEqual([7, 8, 9]);
  });

  it("a block touching the item's end is not an overlap", () => {
    const before = { clientKey: "Harbour Goods", start: Z("2026-11-23T08:00+07:00"), end: Z("2026-11-23T09:00+07:00") };
    expect(fillFromTemplate(items.slice(0, 1), options({ existing: [before] })).add).toHaveLength(1);
  });

  it("reports an item whose client is unknown, with file, line and field, and adds the others", () => {
    const plan = fillFromTemplate(items, options({ resolveClient: (r) => (r === "Harbour Goods" ? r : null) }));
    expect(plan.add.map((a) => a.item.line)).toEqual([7, 9]);
    expect(plan.diagnostics).toEqual([
      { severity: "warning", code: "plan-client-unknown", file: PATH, line: 8, field: "client", params: { value: "Northwind Coaching" } },
    ]);
  });

  it("never reuses an id that is taken", () => {
    const taken = new Set(["cd-test0000", "cd-test0001"]);
    const plan = fillFromTemplate(items.slice(0, 1), options({ taken: (id) => taken.has(id) }));
    expect(plan.add[0].text.endsWith("^cd-test0002")).toBe(true);
  });

  describe("on daylight-saving switch days (VA in a zone with DST)", () => {
    const at = (day: string, start: string, end: string) =>
      parseTemplate(PATH, `- [day:: ${day}] [start:: ${start}] [end:: ${end}] [client:: Harbour Goods] x\n`).items;

    it("London, spring forward (Sunday 29 March 2026): 01:30 does not exist and moves to 02:30 BST", () => {
      const plan = fillFromTemplate(at("sun", "01:30", "03:00"), options({ zone: "Europe/London", week: "2026-W13" }));
      expect(plan.add[0].text).toContain("[start:: 2026-03-29T02:30+01:00] [end:: 2026-03-29T03:00+01:00]");
    });

    it("London, fall back (Sunday 25 October 2026): 01:30 comes twice and the first is taken", () => {
      const plan = fillFromTemplate(at("sun", "01:30", "02:00"), options({ zone: "Europe/London", week: "2026-W43" }));
      expect(plan.add[0].start).toBe(Z("2026-10-25T01:30+01:00"));
      expect(plan.add[0].end).toBe(Z("2026-10-25T02:00Z"));
      expect(plan.add[0].end - plan.add[0].start).toBe(90 * 60_000);
    });

    it("New York, spring forward (Sunday 8 March 2026): a block wholly in the gap keeps its length", () => {
      const plan = fillFromTemplate(at("sun", "02:00", "02:30"), options({ zone: "America/New_York", week: "2026-W10" }));
      expect(plan.add[0].start).toBe(Z("2026-03-08T03:00-04:00"));
      expect(plan.add[0].end).toBe(Z("2026-03-08T03:30-04:00"));
    });

    it("Sydney, fall back (Sunday 5 April 2026): the week's other days keep their offsets", () => {
      const plan = fillFromTemplate([...at("sat", "09:00", "10:00"), ...at("mon", "09:00", "10:00")], options({ zone: "Australia/Sydney", week: "2026-W14" }));
      expect(plan.add.map((a) => a.text.slice(0, 65))).toEqual([
        "- [start:: 2026-04-04T09:00+11:00] [end:: 2026-04-04T10:00+11:00]",
        "- [start:: 2026-03-30T09:00+11:00] [end:: 2026-03-30T10:00+11:00]",
      ]);
      const sunday = fillFromTemplate(at("sun", "09:00", "10:00"), options({ zone: "Australia/Sydney", week: "2026-W14" }));
      expect(sunday.add[0].text).toContain("[start:: 2026-04-05T09:00+10:00]");
    });
  });
});

describe("templateFromBlocks", () => {
  const block = (start: string, end: string, clientKey: string | null, title: string): Block => ({
    id: "x",
    clientRef: clientKey ?? "Ghost",
    clientKey,
    file: "Planner/2026-W48.md",
    line: 1,
    start: Z(start),
    startOffset: 420,
    end: Z(end),
    endOffset: 420,
    title,
  });

  it("writes a week's blocks as template items that fill the same week back to the same blocks", () => {
    const blocks = [
      block("2026-11-25T20:00+07:00", "2026-11-25T21:00+07:00", "Northwind Coaching", "Weekly call"),
      block("2026-11-23T09:00+07:00", "2026-11-23T10:30+07:00", "Harbour Goods", "Product uploads"),
      block("2026-11-27T22:00+07:00", "2026-11-28T00:00+07:00", "Harbour Goods", ""),
      block("2026-11-28T23:00+07:00", "2026-11-29T01:00+07:00", "Harbour Goods", "crosses midnight"),
      block("2026-11-24T09:00+07:00", "2026-11-24T10:00+07:00", null, "unknown client"),
    ];
    const made = templateFromBlocks(blocks, "Asia/Ho_Chi_Minh", "Weekly template");
    expect(made.skipped).toBe(2);
    expect(made.written).toBe(3);
    expect(made.text).toBe(
      [
        "---",
        "type: plan-template",
        "---",
        "# Weekly template",
        "",
        "- [day:: mon] [start:: 09:00] [end:: 10:30] [client:: [[Harbour Goods]]] Product uploads",
        "- [day:: wed] [start:: 20:00] [end:: 21:00] [client:: [[Northwind Coaching]]] Weekly call",
        "- [day:: fri] [start:: 22:00] [end:: 24:00] [client:: [[Harbour Goods]]]",
        "",
      ].join("\n"),
    );
    const { items, diagnostics } = parseTemplate(PATH, made.text);
    expect(diagnostics).toEqual([]);
    const plan = fillFromTemplate(items, options());
    expect(plan.add.map((a) => [a.start, a.end, a.clientKey])).toEqual(blocks.slice(0, 3).sort((a, b) => a.start - b.start).map((b) => [b.start, b.end, b.clientKey]));
  });
});
