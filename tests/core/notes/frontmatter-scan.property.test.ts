// The frontmatter read in place (frontmatter-scan.ts) and the flat values read without regular
// expressions (flat-yaml.ts) must give exactly what the plain readers give, on any text.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFrontmatter, readFrontmatterPlain, frontmatterFieldLines } from "../../../src/core/notes/frontmatter";
import { readFlatFrontmatter } from "../../../src/core/notes/frontmatter-scan";
import { FAIL, flatValue, isSpaceCode } from "../../../src/core/notes/flat-yaml";

// The value reader of flat-yaml.ts before it read values without regular expressions.
const NULLS = new Set(["", "~", "null", "Null", "NULL"]);
const TRUES = new Set(["true", "True", "TRUE"]);
const FALSES = new Set(["false", "False", "FALSE"]);
const OLD_FAIL = Symbol("fail");
function oldPlain(text: string): unknown {
  if (/^[A-Za-z][A-Za-z0-9_-]*$/.test(text) && !NULLS.has(text) && !TRUES.has(text) && !FALSES.has(text)) return text;
  if (NULLS.has(text)) return null;
  if (TRUES.has(text)) return true;
  if (FALSES.has(text)) return false;
  if (/^[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/.test(text)) {
    const n = Number(text);
    return n === 0 && text !== "0" ? OLD_FAIL : n;
  }
  if (/^\d{4}-(?:\d{2}(?:-\d{2})?|W\d{2})$/.test(text)) return text;
  if (/^[-+.0-9]/.test(text) && /^[-+]?\.?[0-9a-zA-Z_.+-]*$/.test(text)) return OLD_FAIL;
  if (/: |:$|\s#|^[-?:,[\]{}#&*!|>'"%@`]|^\s|\s$|\t/.test(text)) return OLD_FAIL;
  return text;
}
function oldQuoted(text: string): unknown {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    const inner = text.slice(1, -1);
    return /["\\]/.test(inner) ? OLD_FAIL : inner;
  }
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) {
    const inner = text.slice(1, -1);
    return inner.includes("'") ? OLD_FAIL : inner;
  }
  return OLD_FAIL;
}
function oldValue(raw: string): unknown {
  if (raw !== raw.trim()) return OLD_FAIL;
  if (raw.startsWith("[")) {
    if (!raw.endsWith("]")) return OLD_FAIL;
    const inner = raw.slice(1, -1);
    if (/[[\]{}]/.test(inner)) return OLD_FAIL;
    if (inner.trim() === "") return [];
    const out: unknown[] = [];
    for (const part of inner.split(",")) {
      const item = part.trim();
      if (item === "") return OLD_FAIL;
      const v = item.includes('"') || item.includes("'") ? oldQuoted(item) : oldPlain(item);
      if (v === OLD_FAIL) return OLD_FAIL;
      out.push(v);
    }
    return out;
  }
  return raw.startsWith('"') || raw.startsWith("'") ? oldQuoted(raw) : oldPlain(raw);
}

const space = fc.constantFrom(" ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028", "\r", "\v", "\u180e", "\u200b");
const word = fc.constantFrom("paid", "cd-4vrpoz2t", "AUD", "null", "Null", "NULL", "true", "TRUE", "False", "nulls", "truex", "x", "a_b", "Z-9",
  "0", "00", "007", "45", "32.50", "-5", "+3", "1e3", "0x1F", ".5", "5.", "~", "", "2026-05-10", "2026-05", "2026-W20", "2026-5-1",
  "12345678901234567890", "09:00-17:00", "#fff", "a #b", "a: b", "a:", "Asia/Ho_Chi_Minh", "[[Acme]]", "GST 10%", "Chuyển khoản", "-", "?x", "@x");
const quote = fc.constantFrom('"', "'", "");
const item = fc.oneof(
  word,
  fc.tuple(quote, word, quote).map(([a, w, b]) => a + w + b),
  fc.tuple(space, word, space).map(([a, w, b]) => a + w + b),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: "binary", maxLength: 6 }),
);
const listText = fc.array(item, { maxLength: 5 }).chain((items) =>
  fc.constantFrom(", ", ",", " , ", ",  ").map((sep) => `[${items.join(sep)}]`),
);
const value = fc.oneof(item, listText, fc.constantFrom("[", "]", "[]", "[ ]", "[\u00a0]", "[a, [b]]", "{a: 1}", "[a}", '"a\\"b"', "'it''s'", '"x', "x'"));

describe("flatValue", () => {
  it("reads a value as the plain reader did", () => {
    fc.assert(
      fc.property(value, (raw) => {
        const fast = flatValue(raw);
        const plain = oldValue(raw);
        if (plain === OLD_FAIL) expect(fast).toBe(FAIL);
        else expect(fast).toEqual(plain);
      }),
      { numRuns: 5000 },
    );
  });

  it("knows the characters trim and \\s know, and no others", () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpaceCode(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

const key = fc.oneof(
  fc.constantFrom("type", "number", "client", "status", "entries", "due", "__proto__", "constructor", "a-b", "_x", "9x", "-x", "#x", "x y", "x:y", "é"),
  fc.stringMatching(/^[A-Za-z_][\w-]{0,6}$/),
);
const fieldLine = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`) },
  { weight: 1, arbitrary: key.map((k) => `${k}:`) },
  { weight: 1, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}:${v}`) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "  - a", "# comment", "---", "...", "--- ", "---\r", "a: 1\r", "a: b\u2028c", "a: |", "  b: 2", "\tc: 3", ":x", "x\u00a0: 1") },
);
const note = fc
  .tuple(
    fc.constantFrom("", "\ufeff"),
    fc.constantFrom("---\n", "---\r\n", "--- \n", "---", "# Title\n", ""),
    fc.array(fieldLine, { maxLength: 8 }),
    fc.constantFrom("\n", "\r\n"),
    fc.constantFrom("---", "...", "---\r", "--- ", ""),
    fc.constantFrom("", "\n", "\n\n# Body\n- [ ] x\nname: not a field\n", "\r\nbody"),
  )
  .map(([bom, open, lines, eol, close, body]) => bom + open + lines.join(eol) + (lines.length > 0 ? eol : "") + close + body);

describe("readFrontmatter in place", () => {
  it("gives what the plain reader gives: values, errors, field lines and their order", () => {
    fc.assert(
      fc.property(note, (text) => {
        const fast = readFrontmatter(text);
        const plain = readFrontmatterPlain(text);
        expect(fast).toEqual(plain);
        expect(JSON.stringify(fast.data)).toBe(JSON.stringify(plain.data));
        expect([...fast.fieldLines]).toEqual([...plain.fieldLines]);
      }),
      { numRuns: 5000 },
    );
  });

  it("finds the field lines as the plain reader does, for any text", () => {
    fc.assert(
      fc.property(fc.oneof(note, fc.string({ maxLength: 40 }).map((s) => `---\n${s}\n---`), fc.string({ unit: "binary", maxLength: 30 })), (text) => {
        expect([...frontmatterFieldLines(text)]).toEqual([...readFrontmatterPlain(text).fieldLines]);
      }),
      { numRuns: 5000 },
    );
  });

  it("reads the plugin's invoice and task notes in place", () => {
    const invoice = '---\ntype: invoice\nnumber: "INV-2024-0568"\nstatus: paid\ntotal: 134\npayments: ["2024-02-01 134 Wise"]\nentries: [cd-4vrpoz2t, cd-zqk7x6tz]\n---\n\n# Invoice\n';
    expect(readFlatFrontmatter(invoice)?.data).toEqual({ type: "invoice", number: "INV-2024-0568", status: "paid", total: 134, payments: ["2024-02-01 134 Wise"], entries: ["cd-4vrpoz2t", "cd-zqk7x6tz"] });
    expect(readFlatFrontmatter("---\ntype: task\ndue: 2026-05-10\nestimate: 8\nurgent: false\n---\n- [ ] a")?.fieldLines.get("estimate")).toBe(4);
    expect(readFlatFrontmatter("---\r\ntype: task\r\n---\r\n")).toBeNull();
  });

  it("a second document inside the block is a YAML error, not a crash", () => {
    expect(readFrontmatter("---\na: 1\n--- \n---").error?.line).toBe(2);
  });
});
