import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { LineStoreBuilder, type LineTexts } from "../../../src/core/index/log-store";
import { newScan } from "../../../src/core/notes/timed-line-fast";

// The store keeps repeated tasks and texts once and client fields in a list of their own; what
// it gives back must be exactly what was put in, whatever the texts hold.
describe("LineStore texts", () => {
  // Few distinct values, so that repeats (and references to them) are common; control characters
  // the store uses itself, non-Latin-1 names and empty fields included.
  const word = fc.constantFrom("", "a", "Inbox", "Email triage", "\u0001=x", "\u00011a", "\u0001", "[[Trà Hà Nội]]", "[[Acme]]", "Fixed links 😀", "abcde", "#1");
  const line = fc.record({ id: fc.constantFrom("", "cd-abc12345", "x"), task: word, device: word, client: word, text: word, billable: fc.boolean() });

  it("gives back every line's id, task, device, client and text as added", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const b = new LineStoreBuilder();
        lines.forEach((l, k) => {
          const s = newScan();
          Object.assign(s, { start: k * 60_000, end: k * 60_000 + 30_000, startOffset: 420, endOffset: 420, ...l, hasId: l.id !== "" });
          b.addScan(s, k + 5);
        });
        const store = b.build("Clients/A/Log/2026-11.md", "A", 0);
        expect(store.count).toBe(lines.length);
        const out: LineTexts = { id: "", task: null, device: null, text: "" };
        lines.forEach((l, k) => {
          store.readTexts(k, out);
          if (l.id !== "") expect(out.id).toBe(l.id);
          expect(out.task).toBe(l.task === "" ? null : l.task);
          expect(out.device).toBe(l.device === "" ? null : l.device);
          expect(out.text).toBe(l.text);
          expect(store.client(k)).toBe(l.client);
          expect(store.id(k)).toBe(l.id);
          expect(store.line(k)).toBe(k + 5);
          expect(store.billable(k)).toBe(l.billable);
          const e = store.entry(k);
          expect([e.task, e.note, e.device]).toEqual([l.task === "" ? null : l.task, l.text, l.device === "" ? null : l.device]);
          expect(store.block(k).title).toBe(l.text);
        });
      }),
      { numRuns: 300 },
    );
  });
});
