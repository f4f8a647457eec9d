// The one frontmatter field reader: every kind with good and bad values, and the problem each
// gives (code, params, the field's line), as client, task, invoice, package and subcontractor
// notes see it.
import { describe, expect, it } from "vitest";
import { FieldReader, isDateText, isUnset, shownValue, type FieldRead } from "../../../src/core/notes/fields";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";

const PATH = "Clients/Harbour Goods/Harbour Goods.md";

/** A reader over `fields` written as YAML lines, so each field has the line it would have in a note. */
function reader(...lines: string[]): FieldReader {
  const fm = readFrontmatter(["---", ...lines, "---", "Body."].join("\n"));
  if (fm.error) throw new Error(fm.error.reason);
  return new FieldReader({ path: PATH, data: fm.data, fieldLines: fm.fieldLines });
}

/** A reader over values as a YAML reader gave them (Dates, nested objects), without lines. */
const over = (data: Record<string, unknown> | null) => new FieldReader({ path: PATH, data });

const ok = <T>(value: T | null): FieldRead<T> => ({ value, problems: [] });
const bad = (code: string, field: string, line: number, params: Record<string, string | number>) => ({
  value: null,
  problems: [{ severity: "error", code, file: PATH, line, field, params }],
});

describe("what is not set", () => {
  it.each([undefined, null, "", "   "])("%j is not set: null and no problem, for every kind", (v) => {
    const f = over({ x: v });
    expect(isUnset(v)).toBe(true);
    expect(f.isSet("x")).toBe(false);
    for (const read of [f.text("x"), f.choice("x", ["a"]), f.number("x", 0, 1), f.money("x", "USD"), f.currency("x"), f.zone("x"), f.date("x"), f.flag("x"), f.flag("x", true), f.list("x")]) {
      expect(read).toEqual(ok(null));
    }
  });

  it("0, false and a list are set", () => {
    for (const v of [0, false, [], "0"]) expect(isUnset(v)).toBe(false);
  });

  it("a missing note reads as one with no fields", () => {
    expect(over(null).text("name")).toEqual(ok(null));
    expect(over(null).isSet("name")).toBe(false);
  });
});

describe("text", () => {
  it("is trimmed; a number is text as written; a Date is its day", () => {
    const f = reader("name: '  Harbour Goods  '", "number: 42", "ratio: 2.5");
    expect(f.text("name")).toEqual(ok("Harbour Goods"));
    expect(f.text("number")).toEqual(ok("42"));
    expect(f.text("ratio")).toEqual(ok("2.5"));
    expect(over({ due: new Date("2026-11-27T00:00:00Z") }).text("due")).toEqual(ok("2026-11-27"));
  });

  it("a list, a map or a yes/no is field-type, expected text, on the field's line", () => {
    const f = reader("type: client", "contact: [Mia, Tom]", "email: {a: 1}", "kind: true");
    expect(f.text("contact")).toEqual(bad("field-type", "contact", 3, { value: '["Mia","Tom"]', expected: "text" }));
    expect(f.text("email")).toEqual(bad("field-type", "email", 4, { value: '{"a":1}', expected: "text" }));
    expect(f.text("kind")).toEqual(bad("field-type", "kind", 5, { value: "true", expected: "text" }));
  });

  it("a field whose line is not known is reported on line 1", () => {
    expect(over({ contact: ["Mia"] }).text("contact").problems[0].line).toBe(1);
  });
});

describe("choice", () => {
  const STATUSES = ["todo", "doing", "done"] as const;
  it("is one of the allowed values, exactly", () => {
    expect(reader("status: doing").choice("status", STATUSES)).toEqual(ok("doing"));
    expect(reader("status: ' done '").choice("status", STATUSES)).toEqual(ok("done"));
  });

  it("other text is field-value listing what is allowed; not text is field-type", () => {
    expect(reader("status: Done").choice("status", STATUSES)).toEqual(bad("field-value", "status", 2, { value: "Done", allowed: "todo, doing, done" }));
    expect(reader("status: 3").choice("status", STATUSES)).toEqual(bad("field-value", "status", 2, { value: "3", allowed: "todo, doing, done" }));
    expect(reader("status: [todo]").choice("status", STATUSES)).toEqual(bad("field-type", "status", 2, { value: '["todo"]', expected: "text" }));
  });
});

describe("number", () => {
  it("a number or text that is one, inside the range, ends included", () => {
    const f = reader("a: 0", "b: '12.5'", "c: 365", "d: ' 7 '");
    expect(f.number("a", 0, 365)).toEqual(ok(0));
    expect(f.number("b", 0, 365)).toEqual(ok(12.5));
    expect(f.number("c", 0, 365)).toEqual(ok(365));
    expect(f.number("d", 0, 365)).toEqual(ok(7));
  });

  it("out of range, not a number, or a yes/no is field-value with the range", () => {
    const f = reader("a: 400", "b: -1", "c: often", "d: true", "e: [1]", "f: .nan");
    expect(f.number("a", 0, 365)).toEqual(bad("field-value", "a", 2, { value: "400", allowed: "0–365" }));
    expect(f.number("b", 0, 365)).toEqual(bad("field-value", "b", 3, { value: "-1", allowed: "0–365" }));
    expect(f.number("c", 0, 365)).toEqual(bad("field-value", "c", 4, { value: "often", allowed: "0–365" }));
    expect(f.number("d", 0, 365)).toEqual(bad("field-value", "d", 5, { value: "true", allowed: "0–365" }));
    expect(f.number("e", 0, 365)).toEqual(bad("field-value", "e", 6, { value: "[1]", allowed: "0–365" }));
    expect(f.number("f", 0, 365).problems).toHaveLength(1);
  });

  it("the allowed text can be named when the range has no top", () => {
    expect(reader("retainer_carry: -2").number("retainer_carry", 0, Infinity, "hours ≥ 0")).toEqual(
      bad("field-value", "retainer_carry", 2, { value: "-2", allowed: "hours ≥ 0" }),
    );
    expect(reader("retainer_carry: 2.5").number("retainer_carry", 0, Infinity, "hours ≥ 0")).toEqual(ok(2.5));
  });
});

describe("money", () => {
  it("major units to integer minor units of the currency, exactly", () => {
    const f = reader("usd: 32.50", "vnd: 250000", "kwd: '12.125'", "zero: 0");
    expect(f.money("usd", "USD")).toEqual(ok(3250));
    expect(f.money("vnd", "VND")).toEqual(ok(250000));
    expect(f.money("kwd", "KWD")).toEqual(ok(12125));
    expect(f.money("zero", "USD")).toEqual(ok(0));
  });

  it("negative, too precise and not a number each have their problem", () => {
    const f = reader("a: -5", "b: 32.505", "c: forty", "d: 10.5", "e: [1]");
    expect(f.money("a", "AUD")).toEqual(bad("money-negative", "a", 2, { value: "-5", currency: "AUD", expected: "number" }));
    expect(f.money("b", "USD")).toEqual(bad("money-precision", "b", 3, { value: "32.505", currency: "USD", expected: "number" }));
    expect(f.money("c", "USD")).toEqual(bad("field-type", "c", 4, { value: "forty", currency: "USD", expected: "number" }));
    expect(f.money("d", "VND")).toEqual(bad("money-precision", "d", 5, { value: "10.5", currency: "VND", expected: "number" }));
    expect(f.money("e", "USD")).toEqual(bad("field-type", "e", 6, { value: "[1]", currency: "USD", expected: "number" }));
  });
});

describe("currency", () => {
  it("an ISO 4217 code in capitals", () => {
    expect(reader("currency: AUD").currency("currency")).toEqual(ok("AUD"));
    expect(reader("currency: ' VND '").currency("currency")).toEqual(ok("VND"));
  });

  it("anything else is currency-unknown, with the code meant when it is clear", () => {
    expect(reader("currency: usd").currency("currency")).toEqual(bad("currency-unknown", "currency", 2, { value: "usd", hint: "USD" }));
    expect(reader("currency: dollars").currency("currency")).toEqual(bad("currency-unknown", "currency", 2, { value: "dollars", hint: "" }));
    expect(reader("currency: AUDD").currency("currency")).toEqual(bad("currency-unknown", "currency", 2, { value: "AUDD", hint: "" }));
  });
});

describe("zone", () => {
  it("an IANA zone name", () => {
    expect(reader("timezone: Australia/Sydney").zone("timezone")).toEqual(ok("Australia/Sydney"));
    expect(reader("timezone: Asia/Ho_Chi_Minh").zone("timezone")).toEqual(ok("Asia/Ho_Chi_Minh"));
  });

  it.each(["Mars/Base", "UTC+7", "+07:00"])("%s is timezone-unknown", (z) => {
    expect(reader(`timezone: "${z}"`).zone("timezone")).toEqual(bad("timezone-unknown", "timezone", 2, { value: z }));
  });
});

describe("date", () => {
  it("a real day, YYYY-MM-DD (a leap day included)", () => {
    expect(reader("issued: 2026-12-01").date("issued")).toEqual(ok("2026-12-01"));
    expect(reader("issued: 2028-02-29").date("issued")).toEqual(ok("2028-02-29"));
    expect(over({ issued: new Date("2026-12-01T00:00:00Z") }).date("issued")).toEqual(ok("2026-12-01"));
  });

  it.each(["2026-13-01", "2026-02-30", "2027-02-29", "1/12/2026", "2026-12-01 09:00", "2026-1-01"])("%s is field-value, allowed YYYY-MM-DD", (d) => {
    expect(reader(`issued: ${d}`).date("issued")).toEqual(bad("field-value", "issued", 2, { value: d, allowed: "YYYY-MM-DD" }));
    expect(isDateText(d)).toBe(false);
  });
});

describe("flag", () => {
  it("YAML true/false", () => {
    expect(reader("rollover: true").flag("rollover")).toEqual(ok(true));
    expect(reader("rollover: false").flag("rollover")).toEqual(ok(false));
  });

  it("without words, text is field-type, expected true/false", () => {
    expect(reader("rollover: yes").flag("rollover")).toEqual(bad("field-type", "rollover", 2, { value: "yes", expected: "true/false" }));
    expect(reader("rollover: 1").flag("rollover")).toEqual(bad("field-type", "rollover", 2, { value: "1", expected: "true/false" }));
  });

  it("with words, also the text true, yes, false and no; other text is field-value", () => {
    const f = reader("a: yes", "b: 'true'", "c: no", "d: false", "e: maybe", "f: 1");
    expect(f.flag("a", true)).toEqual(ok(true));
    expect(f.flag("b", true)).toEqual(ok(true));
    expect(f.flag("c", true)).toEqual(ok(false));
    expect(f.flag("d", true)).toEqual(ok(false));
    expect(f.flag("e", true)).toEqual(bad("field-value", "e", 6, { value: "maybe", allowed: "true, false" }));
    expect(f.flag("f", true)).toEqual(bad("field-type", "f", 7, { value: "1", expected: "true/false" }));
  });
});

describe("list", () => {
  it("a list of text, each trimmed, empty items left out; one text alone is a list of one", () => {
    expect(reader("entries: [cd-aaaa0001, ' cd-aaaa0002 ', '']").list("entries")).toEqual(ok(["cd-aaaa0001", "cd-aaaa0002"]));
    expect(reader("entries: cd-aaaa0001").list("entries")).toEqual(ok(["cd-aaaa0001"]));
    expect(reader("entries: []").list("entries")).toEqual(ok([]));
  });

  it("every item that is not text is one field-type, and the rest still read", () => {
    const r = reader("entries: [a, 5, {b: 1}, c]").list("entries");
    expect(r.value).toEqual(["a", "c"]);
    expect(r.problems).toEqual([
      { severity: "error", code: "field-type", file: PATH, line: 2, field: "entries", params: { value: "5", expected: "text" } },
      { severity: "error", code: "field-type", file: PATH, line: 2, field: "entries", params: { value: '{"b":1}', expected: "text" } },
    ]);
  });
});

describe("the reader's problems", () => {
  it("take and or keep each problem in the order met, and give the value or the fallback", () => {
    const f = reader("status: gone", "rate: -1", "name: Mia", "days: often");
    expect(f.or(f.choice("status", ["active"]), "active")).toBe("active");
    expect(f.take(f.money("rate", "USD"))).toBeNull();
    expect(f.take(f.text("name"))).toBe("Mia");
    expect(f.or(f.number("days", 0, 30), 30)).toBe(30);
    expect(f.problems.map((d) => [d.code, d.field, d.line])).toEqual([
      ["field-value", "status", 2],
      ["money-negative", "rate", 3],
      ["field-value", "days", 5],
    ]);
  });

  it("report keeps a problem of a note's own format; reportYaml one of broken YAML on its line", () => {
    const f = reader("working_hours: 17:00-09:00");
    f.report("hours-invalid", "working_hours", { value: "17:00-09:00" });
    f.report("folder-unsafe", undefined, { name: "a:b", char: ":" });
    f.report("field-value", "color", { value: "red", allowed: "#rrggbb" }, "warning");
    f.reportYaml({ line: 4, reason: "duplicated mapping key" });
    f.reportYaml(null);
    expect(f.problems).toEqual([
      { severity: "error", code: "hours-invalid", file: PATH, line: 2, field: "working_hours", params: { value: "17:00-09:00" } },
      { severity: "error", code: "folder-unsafe", file: PATH, line: 1, field: undefined, params: { name: "a:b", char: ":" } },
      { severity: "warning", code: "field-value", file: PATH, line: 1, field: "color", params: { value: "red", allowed: "#rrggbb" } },
      { severity: "error", code: "yaml-broken", file: PATH, line: 4, params: { reason: "duplicated mapping key" } },
    ]);
  });

  it("shows values as written: text as is, a Date as its instant, anything else as JSON", () => {
    expect(shownValue("usd")).toBe("usd");
    expect(shownValue(12.5)).toBe("12.5");
    expect(shownValue(["a", 1])).toBe('["a",1]');
    expect(shownValue(new Date("2026-11-27T00:00:00Z"))).toBe("2026-11-27T00:00:00.000Z");
    expect(shownValue(undefined)).toBe("undefined");
  });
});
