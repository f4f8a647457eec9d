// The flat frontmatter reader must agree with js-yaml's core schema wherever it answers at all.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CORE_SCHEMA, load } from "js-yaml";
import { readFlatYaml } from "../../../src/core/notes/flat-yaml";

const jsYaml = (text: string): unknown => {
  try {
    return load(text, { schema: CORE_SCHEMA }) ?? {};
  } catch {
    return "error";
  }
};

const key = fc.stringMatching(/^[a-z_][a-z0-9_-]{0,12}$/);
const piece = fc.oneof(
  fc.constantFrom("", "~", "null", "true", "False", "0", "45", "32.50", "-5", "007", "1e3", "0x1F", ".5", "5.",
    "09:00-17:00", "16:00", "Asia/Ho_Chi_Minh", "#2a9d8f", '"#2a9d8f"', "'it''s'", '"a \\" b"', "a: b", "a #b",
    "[mon, tue]", "[]", "[GST 10%]", '["x, y"]', "[a, [b]]", "{a: 1}", "- x", "&anchor", "*alias", "yes", "on",
    "2026-11-27", "2026-11", "2026-W48", "[2026-11-27, 2026-W48]", "2026-11-27 17:00", "2026-11-24T10:15+11:00", "2026-1-2", "20261-11-27"),
  fc.stringMatching(/^\d{4}-(\d{2}(-\d{2})?|W\d{2})$/),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[A-Za-z0-9 :,.#'"[\]-]{0,16}$/),
);
const doc = fc.array(fc.tuple(key, piece), { maxLength: 8 }).map((pairs) =>
  pairs.map(([k, v]) => (v === "" ? `${k}:` : `${k}: ${v}`)).join("\n"),
);

describe("readFlatYaml", () => {
  it("gives what js-yaml gives, or declines", () => {
    fc.assert(
      fc.property(doc, (text) => {
        const flat = readFlatYaml(text);
        if (flat !== null) expect(flat).toEqual(jsYaml(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads a typical client note without js-yaml", () => {
    const text = [
      "type: client",
      "timezone: Australia/Sydney",
      "working_hours: 08:00-17:00",
      "working_days: [mon, tue, wed, thu, fri]",
      "rate: 45",
      "tax: [GST 10%]",
      'report_time: "16:00"',
      'color: "#2a9d8f"',
      "rollover: false",
      "contact:",
    ].join("\n");
    expect(readFlatYaml(text)).toEqual({
      type: "client",
      timezone: "Australia/Sydney",
      working_hours: "08:00-17:00",
      working_days: ["mon", "tue", "wed", "thu", "fri"],
      rate: 45,
      tax: ["GST 10%"],
      report_time: "16:00",
      color: "#2a9d8f",
      rollover: false,
      contact: null,
    });
  });

  it("declines block lists, comments, anchors and odd numbers", () => {
    for (const text of ["tags:\n  - a", "# note\na: 1", "a: &x 1", "a: 0x1F", "a: 1e3", "a: b # c", "a: 1\na: 2"]) {
      expect(readFlatYaml(text)).toBeNull();
    }
  });
});
