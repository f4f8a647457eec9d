import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { RUNS } from "../support/arbitraries";

describe("readFrontmatter", () => {
  it("reads the fields with the core schema and gives each field's line", () => {
    const r = readFrontmatter(
      ["---", "name: Harbour Goods", "rate: 45", "report_time: 16:00", "month: 2026-11", "rollover: true", "tax: [GST 10%]", "---", "body: not a field"].join("\n"),
    );
    expect(r.error).toBeNull();
    expect(r.data).toEqual({
      name: "Harbour Goods",
      rate: 45,
      report_time: "16:00",
      month: "2026-11",
      rollover: true,
      tax: ["GST 10%"],
    });
    expect([...r.fieldLines]).toEqual([
      ["name", 2],
      ["rate", 3],
      ["report_time", 4],
      ["month", 5],
      ["rollover", 6],
      ["tax", 7],
    ]);
  });

  it("reads CRLF text the same", () => {
    const r = readFrontmatter("---\r\nname: A\r\nrate: 45\r\n---\r\nbody");
    expect(r.data).toEqual({ name: "A", rate: 45 });
    expect(r.fieldLines.get("rate")).toBe(3);
  });

  it("a block list's field is on the line of its key", () => {
    const r = readFrontmatter("---\nname: A\nworking_days:\n  - mon\n  - tue\nrate: 45\n---\n");
    expect(r.data).toEqual({ name: "A", working_days: ["mon", "tue"], rate: 45 });
    expect(r.fieldLines.get("working_days")).toBe(3);
    expect(r.fieldLines.get("rate")).toBe(6);
  });

  it("no frontmatter is no data and no error", () => {
    expect(readFrontmatter("# Title\nname: x")).toEqual({ data: null, error: null, fieldLines: new Map() });
    expect(readFrontmatter("")).toEqual({ data: null, error: null, fieldLines: new Map() });
  });

  it("an empty block is an empty mapping", () => {
    expect(readFrontmatter("---\n---\n").data).toEqual({});
  });

  it("an unclosed block is an error on line 1", () => {
    const r = readFrontmatter("---\nname: A\n");
    expect(r.data).toBeNull();
    expect(r.error?.line).toBe(1);
  });

  it.each<[string, string[], number]>([
    ["a duplicated key, on the second key's line", ["---", "name: A", "rate: 45", "name: B", "---"], 4],
    ["a key with two colons", ["---", "name: A", "timezone: Australia: Sydney", "---"], 3],
    ["an unclosed quote", ["---", "name: 'A", "rate: 45", "---"], 4],
    ["bad indentation", ["---", "name: A", "  rate: 45", "---"], 3],
  ])("broken YAML, %s, gives the error's line in the note", (_what, lines, line) => {
    const r = readFrontmatter(lines.join("\n"));
    expect(r.data).toBeNull();
    expect(r.error).not.toBeNull();
    expect(r.error!.line).toBe(line);
    expect(r.error!.reason).not.toBe("");
  });

  it.each([["---\njust text\n---"], ["---\n- a\n- b\n---"], ["---\n42\n---"]])(
    "a block that is not a mapping is an error: %j",
    (text) => {
      const r = readFrontmatter(text);
      expect(r.data).toBeNull();
      expect(r.error?.line).toBe(2);
    },
  );

  it("deep nesting is refused as an error, not a stack overflow", () => {
    const r = readFrontmatter(`---\na: ${"[".repeat(5000)}\n---`);
    expect(r.data).toBeNull();
    expect(r.error).not.toBeNull();
  });
});

describe("readFrontmatter on arbitrary text", () => {
  const yamlish = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 30 }),
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.constantFrom("---", "...", "key: value", "key:", "  - item", "- item", "[", "]", "{", "}", "&a", "*a", "!!binary", "? ", ": ", "'", '"', "\t", "#", "|", ">", "%YAML 1.2", "<<: *a"),
  );

  it("never throws, and data and error are never both set", () => {
    fc.assert(
      fc.property(fc.array(yamlish, { maxLength: 20 }), fc.boolean(), fc.constantFrom("\n", "\r\n"), (lines, open, eol) => {
        const text = (open ? ["---", ...lines] : lines).join(eol);
        const r = readFrontmatter(text);
        expect(r.data !== null && r.error !== null).toBe(false);
        if (r.error) expect(Number.isInteger(r.error.line) && r.error.line >= 1).toBe(true);
        if (r.data) expect(typeof r.data).toBe("object");
      }),
      RUNS,
    );
  });

  it("never throws on any text at all", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        readFrontmatter(s);
        readFrontmatter(`---\n${s}\n---\n`);
      }),
      RUNS,
    );
  });
});

describe("YAML alias bombs", () => {
  const bomb = [
    "---",
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]",
    "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]",
    "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]",
    "status: doing",
    "---",
    "",
  ].join("\n");

  it("are an error on the frontmatter, found without walking them", () => {
    const r = readFrontmatter(bomb);
    expect(r.data).toBeNull();
    expect(r.error?.line).toBe(2);
    expect(r.error?.reason).toMatch(/aliases/);
    expect(r.fieldLines.get("status")).toBe(11);
  });

  it("a few aliases in an ordinary note are read", () => {
    const r = readFrontmatter("---\ntags: &t [client, va]\nalso: *t\n---\n");
    expect(r.error).toBeNull();
    expect(r.data).toEqual({ tags: ["client", "va"], also: ["client", "va"] });
  });
});
