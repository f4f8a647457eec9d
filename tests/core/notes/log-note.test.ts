import { describe, expect, it } from "vitest";
import { excerpt, parseLogNote, syntheticId } from "../../../src/core/notes/log-note";

const PATH = "Clients/Harbour Goods/Log/2026-11.md";
const parse = (lines: string[], eol = "\n") => parseLogNote(PATH, "Harbour Goods", lines.join(eol));
const at = (iso: string) => Date.parse(iso);

const NOTE = [
  "---",
  "type: client-log",
  'client: "[[Harbour Goods]]"',
  "month: 2026-11",
  "---",
  "# November",
  "",
  "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:30+07:00] [task:: [[Newsletter]]] Drafted the November issue ^cd-k3j9x2ma",
  "- [start:: 2026-11-23T13:05:30+07:00] [end:: 2026-11-23T13:20+07:00] Inbox triage #non-billable ^cd-0b7q1zpe",
  "- [start:: 2026-11-24T08:58+07:00] [device:: Linh's phone] Order follow-ups ^cd-m2r8v0c4",
];

describe("parseLogNote", () => {
  it("reads the entries of the documented example with their lines and no diagnostics", () => {
    const { entries, diagnostics } = parse(NOTE);
    expect(diagnostics).toEqual([]);
    expect(entries).toEqual([
      {
        id: "cd-k3j9x2ma",
        clientKey: "Harbour Goods",
        file: PATH,
        line: 8,
        start: at("2026-11-23T02:00Z"),
        startOffset: 420,
        end: at("2026-11-23T03:30Z"),
        endOffset: 420,
        task: "[[Newsletter]]",
        note: "Drafted the November issue",
        billable: true,
        device: null,
      },
      {
        id: "cd-0b7q1zpe",
        clientKey: "Harbour Goods",
        file: PATH,
        line: 9,
        start: at("2026-11-23T06:05:30Z"),
        startOffset: 420,
        end: at("2026-11-23T06:20Z"),
        endOffset: 420,
        task: null,
        note: "Inbox triage",
        billable: false,
        device: null,
      },
      {
        id: "cd-m2r8v0c4",
        clientKey: "Harbour Goods",
        file: PATH,
        line: 10,
        start: at("2026-11-24T01:58Z"),
        startOffset: 420,
        end: null,
        endOffset: null,
        task: null,
        note: "Order follow-ups",
        billable: true,
        device: "Linh's phone",
      },
    ]);
  });

  it("reads CRLF text the same, with offsets into the CRLF text", () => {
    const lf = parse(NOTE);
    const crlf = parse(NOTE, "\r\n");
    expect(crlf.entries).toEqual(lf.entries);
    expect(crlf.diagnostics).toEqual([]);
    const text = NOTE.join("\r\n");
    crlf.positions.forEach((p, i) => expect(text.slice(p).startsWith(NOTE[crlf.entries[i].line - 1])).toBe(true));
  });

  it("headings, paragraphs, blank lines and frontmatter are silent", () => {
    const { entries, diagnostics } = parse(["# Week 48", "", "Worked on the shop today.", "> quote", "| a | b |"]);
    expect(entries).toEqual([]);
    expect(diagnostics).toEqual([]);
  });

  it("a freehand list item is a warning naming the file and line, not an entry", () => {
    const { entries, diagnostics } = parse(["# Notes", "- worked 2h on the newsletter"]);
    expect(entries).toEqual([]);
    expect(diagnostics).toEqual([
      {
        severity: "warning",
        code: "line-freehand",
        file: PATH,
        line: 2,
        params: { text: "- worked 2h on the newsletter" },
      },
    ]);
  });

  it("an entry without id is kept with a synthetic id and a warning", () => {
    const { entries, diagnostics } = parse(["", "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] no id"]);
    expect(entries).toHaveLength(1);
    expect(entries[0].id).toBe(syntheticId(PATH, 2));
    expect(entries[0].id).toBe(`${PATH}:2`);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: "warning", code: "entry-missing-id", file: PATH, line: 2 }),
    ]);
  });

  it.each<[string, string, string, string]>([
    ["end before start", "- [start:: 2026-11-23T10:00+07:00] [end:: 2026-11-23T09:00+07:00] x ^cd-aaaaaaaa", "entry-end-before-start", "end"],
    ["end equal to start", "- [start:: 2026-11-23T10:00+07:00] [end:: 2026-11-23T10:00+07:00] x ^cd-aaaaaaaa", "entry-end-before-start", "end"],
    ["a date that does not exist", "- [start:: 2026-02-30T09:00+07:00] x ^cd-aaaaaaaa", "entry-time-invalid", "start"],
    ["a bad end", "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-31T10:00+07:00] x ^cd-aaaaaaaa", "entry-time-invalid", "end"],
    ["no offset", "- [start:: 2026-11-23T09:00] x ^cd-aaaaaaaa", "entry-time-invalid", "start"],
    ["a duplicate field", "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] [end:: 2026-11-23T11:00+07:00] x", "entry-malformed", "end"],
    ["an unclosed start", "- [start:: 2026-11-23T09:00+07:00 x", "entry-malformed", "start"],
  ])("%s is an error on its line with its field, and no entry", (_name, line, code, field) => {
    const { entries, diagnostics } = parse(["# Log", line]);
    expect(entries).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: "error", code, field, file: PATH, line: 2 });
    expect(diagnostics[0].params.text).toBe(line.length > 80 ? `${line.slice(0, 79)}…` : line);
  });

  it("the bad value is shown", () => {
    const { diagnostics } = parse(["- [start:: 2026-02-30T09:00+07:00] x"]);
    expect(diagnostics[0].params.value).toBe("2026-02-30T09:00+07:00");
  });

  it("entries inside ``` fences and %% comments are ignored, silently", () => {
    const { entries, diagnostics } = parse([
      "```",
      "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] in code ^cd-code0001",
      "- worked 2h",
      "```",
      "%%",
      "- [start:: 2026-11-23T11:00+07:00] [end:: 2026-11-23T12:00+07:00] commented ^cd-comm0001",
      "- [start:: 2026-02-30T09:00+07:00] bad but commented",
      "%%",
      "%% - [start:: 2026-11-23T12:00+07:00] [end:: 2026-11-23T12:30+07:00] inline ^cd-comm0002 %%",
      "- [start:: 2026-11-23T13:00+07:00] [end:: 2026-11-23T14:00+07:00] counted ^cd-real0001",
    ]);
    expect(entries.map((e) => [e.id, e.line])).toEqual([["cd-real0001", 10]]);
    expect(diagnostics).toEqual([]);
  });

  it("an entry may cross midnight, a week and a month", () => {
    const { entries, diagnostics } = parse([
      "- [start:: 2026-11-29T23:30+07:00] [end:: 2026-12-01T00:30+07:00] long one ^cd-long0001",
    ]);
    expect(diagnostics).toEqual([]);
    expect(entries[0].end! - entries[0].start).toBe(25 * 3_600_000);
  });
});

describe("excerpt", () => {
  it("trims and shortens to the limit with an ellipsis", () => {
    expect(excerpt("  short  ")).toBe("short");
    expect(excerpt("x".repeat(100))).toBe(`${"x".repeat(79)}…`);
    expect(excerpt("x".repeat(100), 10)).toHaveLength(10);
  });
});
