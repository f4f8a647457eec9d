// Planning appends: one note per client and month, new notes created, every existing byte kept.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { newLogNote } from "../../../../src/core/notes/log-append";
import { appendLines, linesReadBack, planAppends, type PlannedEntry } from "../../../../src/core/time/import/plan";
import { RUNS } from "../../support/arbitraries";

const LAYOUT = { clientsRoot: "Clients", plannerFolder: "Planner" };
const HCM = "Asia/Ho_Chi_Minh";
const at = (isoText: string) => Date.parse(isoText);

function entry(id: string, start: string, end: string, clientKey = "Acme"): PlannedEntry {
  return { id, clientKey, start: at(start), startOffset: 420, end: at(end), endOffset: 420, note: `work ${id}` };
}

describe("planAppends", () => {
  it("groups by client and month of the start in the user's zone, lines in order of start", () => {
    const entries = [
      entry("cd-00000003", "2026-11-30T17:30:00Z", "2026-11-30T18:00:00Z"), // 2026-12-01 00:30 in HCM
      entry("cd-00000001", "2026-11-03T02:00:00Z", "2026-11-03T03:00:00Z"),
      entry("cd-00000002", "2026-11-02T02:00:00Z", "2026-11-02T03:00:00Z"),
      entry("cd-00000004", "2026-11-02T02:00:00Z", "2026-11-02T03:00:00Z", "Beta"),
    ];
    const plans = planAppends(entries, () => null, LAYOUT, HCM);
    expect(plans.map((p) => [p.path, p.ids])).toEqual([
      ["Clients/Acme/Log/2026-11.md", ["cd-00000002", "cd-00000001"]],
      ["Clients/Acme/Log/2026-12.md", ["cd-00000003"]],
      ["Clients/Beta/Log/2026-11.md", ["cd-00000004"]],
    ]);
    expect(plans[1].before).toBeNull();
    expect(plans[1].after).toBe(`${newLogNote("Acme", "2026-12")}${plans[1].lines[0]}\n`);
    expect(plans.every((p) => p.readable)).toBe(true);
  });

  it("keeps every byte of an existing note, CRLF notes stay CRLF, and a note without a final line break gets one", () => {
    const existing: Record<string, string> = {
      "Clients/Acme/Log/2026-11.md": "---\r\ntype: client-log\r\n---\r\n# Acme\r\n\r\n- typed by hand",
    };
    const plans = planAppends([entry("cd-00000001", "2026-11-03T02:00:00Z", "2026-11-03T03:00:00Z")], (p) => existing[p] ?? null, LAYOUT, HCM);
    const [p] = plans;
    expect(p.before).toBe(existing["Clients/Acme/Log/2026-11.md"]);
    expect(p.after).toBe(`${p.before}\r\n${p.lines[0]}\r\n`);
  });

  it("marks a note that ends inside a code block or a comment as not readable", () => {
    const e = [entry("cd-00000001", "2026-11-03T02:00:00Z", "2026-11-03T03:00:00Z")];
    for (const text of ["# Log\n```\ncode\n", "# Log\n%%\na comment\n", "~~~\n"]) {
      const [p] = planAppends(e, () => text, LAYOUT, HCM);
      expect(p.readable).toBe(false);
      expect(p.after.startsWith(text)).toBe(true);
    }
  });

  it("never changes what was there: the result starts with the note, and reads the new ids back", () => {
    const text = fc.string({ unit: fc.constantFrom("a", " ", "\n", "\r\n", "-", "#", "[", "]", "^", "x") });
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 4 }), (before, n) => {
        const entries = Array.from({ length: n }, (_, i) => entry(`cd-0000000${i}`, `2026-11-0${i + 1}T02:00:00Z`, `2026-11-0${i + 1}T03:00:00Z`));
        const [p] = planAppends(entries, () => before, LAYOUT, HCM);
        expect(p.after.startsWith(before)).toBe(true);
        expect(p.after).toBe(appendLines(before, p.lines));
        expect(p.readable).toBe(linesReadBack(p.path, "Acme", p.after, p.ids));
      }),
      RUNS,
    );
  });
});
