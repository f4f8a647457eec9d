import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { safeFileName, unsafeNamePart } from "../../../src/core/shared/names";
import { RUNS } from "../support/arbitraries";

describe("unsafeNamePart", () => {
  it.each(["Harbour Goods", "Công ty Ánh Dương", "A.B. Trading", "Mia's shop", "株式会社", "x"])("%j is safe", (name) => {
    expect(unsafeNamePart(name)).toBeNull();
  });

  it.each<[string, string]>([
    ["<img onerror=alert(1)>", "<"],
    ["../../etc", ".."],
    ["..", ".."],
    [".", ".."],
    ["a/b", "/"],
    ["a\\b", "\\"],
    ["a:b", ":"],
    ["what?", "?"],
    ['say "hi"', '"'],
    ["a|b", "|"],
    ["a*", "*"],
    ["#1 client", "#"],
    ["a^b", "^"],
    ["[[Link]]", "["],
    ["a]", "]"],
    ["tab\there", "U+0009"],
    ["nl\nhere", "U+000a"],
    [".hidden", "."],
  ])("%j → %j", (name, part) => {
    expect(unsafeNamePart(name)).toBe(part);
  });

  it.each(["", "   ", " padded", "padded ", "\u00a0"])("%j is unsafe (empty or blank at an end)", (name) => {
    expect(unsafeNamePart(name)).not.toBeNull();
  });
});

describe("safeFileName", () => {
  it.each<[string, string]>([
    ["Harbour Goods", "Harbour Goods"],
    ["<img onerror=alert(1)>", "img onerror=alert(1)"],
    ["../../etc", "etc"],
    ["a/b\\c", "a b c"],
    ["...", "Client"],
    ["", "Client"],
  ])("%j → %j", (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it("always gives a safe, non-empty name of at most 120 characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (name) => {
        const safe = safeFileName(name);
        expect(unsafeNamePart(safe)).toBeNull();
        expect(safe.length).toBeGreaterThan(0);
        expect(safe.length).toBeLessThanOrEqual(120);
      }),
      RUNS,
    );
  });
});
