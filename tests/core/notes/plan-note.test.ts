import { describe, expect, it } from "vitest";
import { parsePlanNote } from "../../../src/core/notes/plan-note";

const PATH = "Planner/2026-W48.md";
const parse = (...lines: string[]) => parsePlanNote(PATH, lines.join("\n"));

describe("parsePlanNote", () => {
  it("reads a block with its client link, title and id", () => {
    const { blocks, diagnostics } = parse(
      "# Week 48",
      "- [start:: 2026-11-23T08:00+07:00] [end:: 2026-11-23T09:30+07:00] [client:: [[Harbour Goods]]] Product uploads ^cd-p4n1x7aa",
    );
    expect(diagnostics).toEqual([]);
    expect(blocks).toEqual([
      {
        id: "cd-p4n1x7aa",
        clientRef: "Harbour Goods",
        clientKey: null,
        file: PATH,
        line: 2,
        start: Date.parse("2026-11-23T01:00Z"),
        startOffset: 420,
        end: Date.parse("2026-11-23T02:30Z"),
        endOffset: 420,
        title: "Product uploads",
      },
    ]);
  });

  it("takes the client as plain text or as an aliased link", () => {
    const { blocks } = parse(
      "- [start:: 2026-11-23T08:00+07:00] [end:: 2026-11-23T09:00+07:00] [client:: Harbour Goods] a",
      "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] [client:: [[Harbour Goods|HG]]] b",
    );
    expect(blocks.map((b) => b.clientRef)).toEqual(["Harbour Goods", "Harbour Goods"]);
    expect(blocks.map((b) => b.id)).toEqual([`${PATH}:1`, `${PATH}:2`]);
  });

  it("a block without end is an error naming the end", () => {
    const { blocks, diagnostics } = parse("", "- [start:: 2026-11-23T08:00+07:00] [client:: [[Harbour Goods]]] open ^cd-p4n1x7aa");
    expect(blocks).toEqual([]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: "error", code: "plan-malformed", file: PATH, line: 2, field: "end" }),
    ]);
  });

  it("a block without client is an error naming the client", () => {
    const { blocks, diagnostics } = parse("- [start:: 2026-11-23T08:00+07:00] [end:: 2026-11-23T09:00+07:00] who? ^cd-p4n1x7aa");
    expect(blocks).toEqual([]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: "error", code: "plan-malformed", file: PATH, line: 1, field: "client" }),
    ]);
  });

  it("a duplicate field is plan-malformed; a bad time keeps its own code", () => {
    const { diagnostics } = parse(
      "- [start:: 2026-11-23T08:00+07:00] [end:: 2026-11-23T09:00+07:00] [client:: A] [client:: B]",
      "- [start:: 2026-11-31T08:00+07:00] [end:: 2026-11-23T09:00+07:00] [client:: A]",
      "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T08:00+07:00] [client:: A]",
    );
    expect(diagnostics.map((d) => [d.line, d.code, d.field])).toEqual([
      [1, "plan-malformed", "client"],
      [2, "entry-time-invalid", "start"],
      [3, "entry-end-before-start", "end"],
    ]);
  });

  it("freehand list items, paragraphs and fenced or commented blocks are kept silently", () => {
    const { blocks, diagnostics } = parse(
      "- call the bank",
      "Some words.",
      "```",
      "- [start:: 2026-11-23T08:00+07:00] [end:: 2026-11-23T09:00+07:00] [client:: A] in code",
      "```",
      "%% - [start:: 2026-11-23T08:00+07:00] [end:: 2026-11-23T09:00+07:00] [client:: A] comment %%",
    );
    expect(blocks).toEqual([]);
    expect(diagnostics).toEqual([]);
  });
});
