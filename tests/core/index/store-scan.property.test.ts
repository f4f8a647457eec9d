// The cold index reads a log note with scanLogInto (in place, and without the body-line walker's
// visitor when no fence or comment can open): it must give the entries and the diagnostics that
// parseLogNote, the plain reader, gives.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scanLogInto } from "../../../src/core/index/store-scan";
import { LineStoreBuilder } from "../../../src/core/index/log-store";
import { ownFolder } from "../../../src/core/index/text-table";
import { parseLogNote } from "../../../src/core/notes/log-note";
import { serializeTimedLine } from "../../../src/core/notes/timed-line";
import type { Diagnostic } from "../../../src/core/shared/types";
import { logLineArb } from "../support/arbitraries";

const PATH = "Clients/Acme/Log/2026-05.md";

const bodyLine = fc.oneof(
  { weight: 5, arbitrary: logLineArb.map(serializeTimedLine) },
  {
    weight: 2,
    arbitrary: fc.constantFrom("", "# Heading", "- freehand line", "  - [start:: 2026-05-01T08:30+07:00] indented ^cd-abc12345", "- [start:: 2026-05-01T08:30+07:00] no id",
      "- [start:: 2026-02-30T08:30+07:00] bad date ^cd-x", "- [Start:: 2026-05-01T08:30+07:00] near miss", "```", "~~~", "%% comment %%", "%%", "text %% x", "---", "- [ ] task", "`code`", "%not"),
  },
);

const note = fc
  .tuple(
    fc.constantFrom("", "---\ntype: client-log\nmonth: 2026-05\n---\n", "---\r\nmonth: 2026-05\r\n---\r\n", "---\n", "---\nmonth: 2026-05\n--- \n"),
    fc.array(bodyLine, { maxLength: 12 }),
    fc.constantFrom("\n", "\r\n"),
    fc.constantFrom("", "\n", "\r\n"),
  )
  .map(([head, lines, eol, tail]) => head + lines.join(eol) + tail);

describe("scanLogInto", () => {
  it("reads a log note as parseLogNote does: entries, lines, diagnostics", () => {
    fc.assert(
      fc.property(note, (text) => {
        const diagnostics: Diagnostic[] = [];
        const builder = new LineStoreBuilder(ownFolder("Acme", 0));
        scanLogInto(PATH, text, diagnostics, builder);
        const store = builder.build(PATH);
        const plain = parseLogNote(PATH, "Acme", text);
        const entries = Array.from({ length: store.count }, (_, i) => store.entry(i));
        expect(entries).toEqual(plain.entries);
        expect(diagnostics).toEqual(plain.diagnostics);
      }),
      { numRuns: 2000 },
    );
  });
});
