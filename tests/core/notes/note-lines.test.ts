import { describe, expect, it } from "vitest";
import { bodyLines, frontmatterEnd } from "../../../src/core/notes/note-lines";

const walk = (text: string) => [...bodyLines(text)].map(({ line, text: t }) => [line, t]);

describe("bodyLines", () => {
  it("yields every line with its number and offset", () => {
    const text = "a\nbb\n\nccc";
    expect([...bodyLines(text)]).toEqual([
      { line: 1, text: "a", pos: 0 },
      { line: 2, text: "bb", pos: 2 },
      { line: 3, text: "", pos: 5 },
      { line: 4, text: "ccc", pos: 6 },
    ]);
  });

  it("a trailing newline gives a last empty line; empty text is one empty line", () => {
    expect(walk("a\n")).toEqual([
      [1, "a"],
      [2, ""],
    ]);
    expect(walk("")).toEqual([[1, ""]]);
  });

  it("drops the \\r of CRLF line ends but keeps the offsets of the original text", () => {
    const text = "a\r\nb\r\n";
    expect([...bodyLines(text)]).toEqual([
      { line: 1, text: "a", pos: 0 },
      { line: 2, text: "b", pos: 3 },
      { line: 3, text: "", pos: 6 },
    ]);
  });

  it("skips a closed frontmatter block, in LF and CRLF", () => {
    expect(walk("---\ntype: client-log\n---\n- x")).toEqual([[4, "- x"]]);
    expect(walk("---\r\ntype: client-log\r\n---\r\n- x")).toEqual([[4, "- x"]]);
    expect(walk("---\na: 1\n...\n- x")).toEqual([[4, "- x"]]);
  });

  it("a --- that is not on line 1 is an ordinary line", () => {
    expect(walk("\n---\na\n---")).toEqual([
      [1, ""],
      [2, "---"],
      [3, "a"],
      [4, "---"],
    ]);
  });

  it("an unclosed --- on line 1 is a rule, not a frontmatter hiding the whole note", () => {
    expect(walk("---\n- [start:: 2026-11-23T09:00+07:00] x\n- y")).toEqual([
      [1, "---"],
      [2, "- [start:: 2026-11-23T09:00+07:00] x"],
      [3, "- y"],
    ]);
  });

  it("skips fenced code with ``` and ~~~, fence lines included", () => {
    expect(walk("a\n```\n- in code\n```\nb\n~~~md\n- in tilde\n~~~\nc")).toEqual([
      [1, "a"],
      [5, "b"],
      [9, "c"],
    ]);
  });

  it("an indented fence still fences; a %% inside a fence is code", () => {
    expect(walk("  ```\n%%\n```\n- after")).toEqual([[4, "- after"]]);
  });

  it("skips %% comments: on one line, and across lines", () => {
    expect(walk("%% note %%\na\n%%\n- hidden\n- hidden too\n%%\nb")).toEqual([
      [2, "a"],
      [7, "b"],
    ]);
  });

  it("a comment opened and closed on one line does not swallow the next lines", () => {
    expect(walk("%% one %% two %%\n- hidden\nstill %%\nshown")).toEqual([[4, "shown"]]);
  });
});

describe("frontmatterEnd", () => {
  it.each<[string, number]>([
    ["---\na: 1\n---\nbody", 13],
    ["---\r\na: 1\r\n---\r\nbody", 16],
    ["---\na: 1\n---", 12],
    ["---\na: 1\n--- \nbody", 14],
    ["---\na: 1\n...\nbody", 13],
    ["no frontmatter", 0],
    ["---\nunclosed", 0],
    ["---", 0],
    ["\n---\na: 1\n---\n", 0],
  ])("%j → %d", (text, end) => {
    expect(frontmatterEnd(text)).toBe(end);
  });
});
