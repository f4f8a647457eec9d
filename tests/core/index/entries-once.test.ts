import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CLIENTS, clientNotePath, entryLine, logNotePath, note, testIndex } from "../../support/vault";

describe("entriesOf, an id on several lines", () => {
  it("gives the same entries before the id counts are taken as after", () => {
    const line = fc.record({ day: fc.integer({ min: 1, max: 28 }), id: fc.constantFrom("cd-aaaa0001", "cd-aaaa0002", "cd-aaaa0003", "") });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.array(line, { maxLength: 8 }), (nov, dec) => {
        const text = (month: string, lines: { day: number; id: string }[]) =>
          lines.map((l) => {
            const at = `${month}-${String(l.day).padStart(2, "0")}T09:00Z`;
            const e = entryLine(at, at.replace("T09", "T10"), "Work", l.id);
            return l.id === "" ? e.replace(/ \^$/, "") : e;
          }).join("\n") + "\n";
        const files = {
          [clientNotePath("Acme")]: note(CLIENTS.clara),
          [logNotePath("Acme", "2026-11")]: text("2026-11", nov),
          [logNotePath("Acme", "2026-12")]: text("2026-12", dec),
        };
        const fresh = testIndex(files);
        const before = fresh.entriesOf("Acme", -Infinity, Infinity);
        const counted = testIndex(files);
        counted.hasId("cd-aaaa0001");
        expect(before).toEqual(counted.entriesOf("Acme", -Infinity, Infinity));
        const ids = before.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 300 },
    );
  });
});
