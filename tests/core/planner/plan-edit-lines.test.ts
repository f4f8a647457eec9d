// Edits of one block's line in a plan note: retime (move/resize) and delete, found by id and
// verified; every other byte of the note stays.
import { describe, expect, it } from "vitest";
import { addBlock, blockLine, deleteBlock, findBlockLine, newPlanNote, retimeBlock, type BlockRef } from "../../../src/core/planner/plan-edit";
import { parsePlanNote } from "../../../src/core/notes/plan-note";

const at = (iso: string) => Date.parse(iso);
const HEAD = newPlanNote("2026-W48");
const A = "- [start:: 2026-11-23T08:00+07:00] [end:: 2026-11-23T09:30+07:00] [client:: [[Harbour Goods]]] Product uploads ^cd-aaaaaaaa";
const B = "* [start::2026-11-24T10:00+07:00]  [client:: Brightloop] [end::  2026-11-24T11:00+07:00 ] Weekly call [task:: [[Call]]] #non-billable ^cd-bbbbbbbb";
const MINE = "- my own note, not a block [start:: soon]";
const NOTE = `${HEAD}${A}\n${MINE}\n${B}\nSome text I wrote.\n`;

const ref = (id: string, line: number, start: string, end: string): BlockRef => ({ id, line, start: at(start), end: at(end) });
const refA = ref("cd-aaaaaaaa", 7, "2026-11-23T01:00Z", "2026-11-23T02:30Z");
const refB = ref("cd-bbbbbbbb", 9, "2026-11-24T03:00Z", "2026-11-24T04:00Z");

describe("retimeBlock", () => {
  it("rewrites only the start and end values of the block's line", () => {
    const r = retimeBlock(NOTE, refA, at("2026-11-23T02:00Z"), 420, at("2026-11-23T03:45Z"), 420);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe(NOTE.replace(A, A.replace("08:00+07:00", "09:00+07:00").replace("09:30+07:00", "10:45+07:00")));
    expect(r.lineNo).toBe(7);
  });

  it("keeps a hand-written line's spacing, field order, other fields, tag and id", () => {
    const r = retimeBlock(NOTE, refB, at("2026-11-25T03:15Z"), 420, at("2026-11-25T04:15Z"), 420);
    if (!r.ok) throw new Error(r.problem);
    expect(r.line).toBe(
      "* [start::2026-11-25T10:15+07:00]  [client:: Brightloop] [end::  2026-11-25T11:15+07:00 ] Weekly call [task:: [[Call]]] #non-billable ^cd-bbbbbbbb",
    );
    const { blocks } = parsePlanNote("Planner/2026-W48.md", r.text);
    expect(blocks.find((b) => b.id === "cd-bbbbbbbb")).toMatchObject({ start: at("2026-11-25T03:15Z"), end: at("2026-11-25T04:15Z"), title: "Weekly call" });
    expect(r.text.split("\n").filter((l) => !l.includes("cd-bbbbbbbb"))).toEqual(NOTE.split("\n").filter((l) => !l.includes("cd-bbbbbbbb")));
  });

  it("finds the block by id when lines above it were added or removed by hand", () => {
    const moved = NOTE.replace(A, `new line\n\n${A}`);
    const r = retimeBlock(moved, refA, at("2026-11-23T01:15Z"), 420, at("2026-11-23T02:45Z"), 420);
    if (!r.ok) throw new Error(r.problem);
    expect(r.lineNo).toBe(9);
    expect(r.text).toContain("[start:: 2026-11-23T08:15+07:00] [end:: 2026-11-23T09:45+07:00]");
  });

  it("refuses when the block is gone, doubled, unreadable, or the end is not after the start", () => {
    expect(retimeBlock(NOTE.replace(A, ""), refA, 0, 0, 1000, 0)).toEqual({ ok: false, problem: "missing" });
    expect(retimeBlock(`${NOTE}${A}\n`, refA, 0, 0, 1000, 0)).toEqual({ ok: false, problem: "ambiguous" });
    expect(retimeBlock(NOTE.replace("[end:: 2026-11-23T09:30+07:00] ", ""), refA, 0, 0, 1000, 0)).toEqual({ ok: false, problem: "unreadable" });
    expect(retimeBlock(NOTE, refA, 1000, 0, 1000, 0)).toEqual({ ok: false, problem: "end-not-after-start" });
  });

  it("writes each end with its own offset across a DST switch (London, 25 October)", () => {
    const note = `${HEAD}- [start:: 2026-10-24T23:00+01:00] [end:: 2026-10-25T00:00+01:00] [client:: [[Clara]]] Late ^cd-cccccccc\n`;
    const r = retimeBlock(note, ref("cd-cccccccc", 7, "2026-10-24T22:00Z", "2026-10-24T23:00Z"), at("2026-10-25T00:30Z"), 60, at("2026-10-25T01:30Z"), 0);
    if (!r.ok) throw new Error(r.problem);
    expect(r.line).toBe("- [start:: 2026-10-25T01:30+01:00] [end:: 2026-10-25T01:30+00:00] [client:: [[Clara]]] Late ^cd-cccccccc");
    expect(parsePlanNote("P.md", r.text).blocks[0]).toMatchObject({ start: at("2026-10-25T00:30Z"), end: at("2026-10-25T01:30Z") });
  });

  it("edits a line without a block id, found by its start and end", () => {
    const plain = "- [start:: 2026-11-26T09:00+07:00] [end:: 2026-11-26T10:00+07:00] [client:: [[Acme]]] typed by hand";
    const note = `${HEAD}${plain}\n`;
    const r = retimeBlock(note, ref("Planner/2026-W48.md:7", 7, "2026-11-26T02:00Z", "2026-11-26T03:00Z"), at("2026-11-26T02:00Z"), 420, at("2026-11-26T03:30Z"), 420);
    if (!r.ok) throw new Error(r.problem);
    expect(r.text).toBe(`${HEAD}${plain.replace("T10:00", "T10:30")}\n`);
    const stale = ref("Planner/2026-W48.md:7", 7, "2026-11-26T05:00Z", "2026-11-26T06:00Z");
    expect(retimeBlock(note, stale, 0, 0, 1000, 0)).toEqual({ ok: false, problem: "missing" });
  });
});

describe("deleteBlock", () => {
  it("removes exactly the block's line and its line break", () => {
    const r = deleteBlock(NOTE, refB);
    if (!r.ok) throw new Error(r.problem);
    expect(r.text).toBe(`${HEAD}${A}\n${MINE}\nSome text I wrote.\n`);
    expect(r.line).toBe(B);
  });

  it("removes a last line without a line break, keeping CRLF elsewhere", () => {
    const crlf = `${HEAD.replace(/\n/g, "\r\n")}${A}\r\n${B}`;
    const r = deleteBlock(crlf, refB);
    if (!r.ok) throw new Error(r.problem);
    expect(r.text).toBe(`${HEAD.replace(/\n/g, "\r\n")}${A}`);
  });

  it("does not touch a block inside a code fence", () => {
    const fenced = `${HEAD}\`\`\`\n${A}\n\`\`\`\n`;
    expect(deleteBlock(fenced, refA)).toEqual({ ok: false, problem: "missing" });
    expect(findBlockLine(NOTE, { ...refA, line: 99 })).toMatchObject({ ok: true, found: { line: 7 } });
  });
});

describe("addBlock", () => {
  const line = blockLine({ id: "cd-dddddddd", clientKey: "Acme", start: at("2026-11-27T02:00Z"), startOffset: 420, end: at("2026-11-27T03:00Z"), endOffset: 420 });

  it("creates the week's note when missing and appends after everything else", () => {
    const made = addBlock(null, "2026-W48", line, "cd-dddddddd");
    expect(made).toMatchObject({ ok: true, created: true, lineNo: 7, text: `${HEAD}${line}\n` });
    const appended = addBlock("---\ntype: plan\n---\nno newline at end", "2026-W48", line, "cd-dddddddd");
    expect(appended).toMatchObject({ ok: true, created: false, text: `---\ntype: plan\n---\nno newline at end\n${line}\n` });
  });

  it("refuses to append inside an unclosed code fence", () => {
    expect(addBlock(`${HEAD}\`\`\`\n`, "2026-W48", line, "cd-dddddddd")).toEqual({ ok: false, problem: "append-unreadable" });
  });
});
