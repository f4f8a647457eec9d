import { afterEach, describe, expect, it } from "vitest";
import { brokenAt, datesAsText, obsidianYamlReader } from "../../src/adapter/yaml";
import { jsYamlReader } from "../../src/cli/yaml";
import { readFrontmatter } from "../../src/core/notes/frontmatter";
import { setYamlReader } from "../../src/core/notes/yaml";

// The plugin's parser for the core is Obsidian's parseYaml (here the fake's: js-yaml's core schema).
describe("obsidianYamlReader", () => {
  afterEach(() => setYamlReader(jsYamlReader));

  it("reads with the core schema: dates and clock times stay text", () => {
    expect(obsidianYamlReader("due: 2026-11-23\nat: 16:00\nrate: 45\ntags:\n  - a")).toEqual({
      ok: true,
      value: { due: "2026-11-23", at: "16:00", rate: 45, tags: ["a"] },
    });
  });

  it("turns Date values a YAML 1.1 parser would give back into their text, nested ones included", () => {
    const value = datesAsText({
      due: new Date("2026-11-23T00:00:00Z"),
      at: new Date("2026-11-23T09:30:00Z"),
      list: [new Date("2026-01-02T00:00:00Z"), "x"],
      nested: { paid: new Date("2026-12-01T00:00:00Z") },
      rate: 45,
      none: null,
    });
    expect(value).toEqual({
      due: "2026-11-23",
      at: "2026-11-23T09:30:00.000Z",
      list: ["2026-01-02", "x"],
      nested: { paid: "2026-12-01" },
      rate: 45,
      none: null,
    });
    expect(datesAsText(new Date(NaN))).toBe("Invalid Date");
  });

  it("gives the line (0-based in the YAML) and reason of a broken block", () => {
    const r = obsidianYamlReader("name: A\nrate: 45\nname: B");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.line).toBe(2);
      expect(r.reason).toMatch(/duplicate/);
    }
  });

  it("turns whatever a parser throws into a broken block, never an exception", () => {
    expect(brokenAt(new Error("bad"))).toEqual({ ok: false, line: 0, reason: "bad" });
    expect(brokenAt({ mark: { line: 3 }, reason: "why" })).toEqual({ ok: false, line: 3, reason: "why" });
    expect(brokenAt("text")).toEqual({ ok: false, line: 0, reason: "text" });
    expect(brokenAt(null)).toEqual({ ok: false, line: 0, reason: "null" });
  });

  it("behind readFrontmatter: the note's lines, the alias bomb refused, a list not a mapping refused", () => {
    setYamlReader(obsidianYamlReader);
    expect(readFrontmatter("---\nname: A\nrate: 45\nname: B\n---\n").error?.line).toBe(4);
    const bomb = ["---", "a: &a [x, x, x, x, x, x, x, x, x, x]", ...["b", "c", "d", "e", "f", "g"].map((k, i) => `${k}: &${k} [${Array(10).fill(`*${"abcdefg"[i]}`).join(", ")}]`), "---"];
    expect(readFrontmatter(bomb.join("\n")).error?.reason).toMatch(/aliases/);
    expect(readFrontmatter("---\n- a\n- b\n---\n").error?.line).toBe(2);
    expect(readFrontmatter("---\ntags: &t [client, va]\nalso: *t\n---\n").data).toEqual({ tags: ["client", "va"], also: ["client", "va"] });
  });
});
