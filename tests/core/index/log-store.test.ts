import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { LineStoreBuilder, type LineTexts } from "../../../src/core/index/log-store";
import { newScan } from "../../../src/core/notes/timed-line-fast";
import { ownFolder } from "../../../src/core/index/text-table";
import { idKeyOf } from "../../../src/core/shared/id-keys";

// The store keeps repeated tasks and texts once and client fields in a list of their own; what
// it gives back must be exactly what was put in, whatever the texts hold.
describe("LineStore texts", () => {
  // Few distinct values, so that repeats (and references to them) are common; control characters
  // the store uses itself, non-Latin-1 names and empty fields included.
  const word = fc.constantFrom("", "a", "Inbox", "Email triage", "\u0001=x", "\u00011a", "\u0001", "\u0002ab", "\u0003device", "\u0004", "\u0005\u0005x", "\u0006abcdef", "[[Trà Hà Nội]]", "[[Acme]]", "Fixed links 😀", "abcde", "#1");
  const line = fc.record({
    id: fc.constantFrom("", "cd-abc12345", "cd-00000000", "cd-zzzzzzzz", "cd-ABC12345", "cd-abc1234", "cd-abc123456", "cd-", "x", "\u0006cd-x", "\u0006abc12345", "\u0005"),
    task: word,
    device: word,
    client: word,
    text: word,
    billable: fc.boolean(),
    running: fc.boolean(),
    startOffset: fc.integer({ min: -1080, max: 1080 }),
    endOffset: fc.integer({ min: -1080, max: 1080 }),
  });
  // Lines far down a note and long notes: the store keeps four numbers a line then.
  const gap = fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 3000 }));

  it("gives back every line's id, task, device, client, text, times and line as added", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(line, gap), { maxLength: 40 }), (rows) => {
        const folder = ownFolder("A", 0);
        const b = new LineStoreBuilder(folder);
        const lines = rows.map(([l]) => l);
        let at = 5;
        const lineNumbers = rows.map(([, g]) => (at += g));
        lines.forEach((l, k) => {
          const s = newScan();
          Object.assign(s, { start: k * 60_000, end: l.running ? NaN : k * 60_000 + 30_000, ...l, hasId: l.id !== "" });
          b.addScan(s, lineNumbers[k]);
        });
        const store = b.build("Clients/A/Log/2026-11.md");
        expect([store.clientKey, store.clientId]).toEqual(["A", 0]);
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
          expect(store.idKey(k)).toBe(idKeyOf(l.id));
          expect(store.line(k)).toBe(lineNumbers[k]);
          expect(store.billable(k)).toBe(l.billable);
          const e = store.entry(k);
          expect([e.task, e.note, e.device]).toEqual([l.task === "" ? null : l.task, l.text, l.device === "" ? null : l.device]);
          expect([e.line, e.start, e.startOffset, e.end, e.endOffset]).toEqual([lineNumbers[k], k * 60_000, l.startOffset, l.running ? null : k * 60_000 + 30_000, l.running ? null : l.endOffset]);
          const block = store.block(k);
          expect(block.title).toBe(l.text);
          expect([block.line, block.end, block.endOffset]).toEqual([lineNumbers[k], l.running ? k * 60_000 : k * 60_000 + 30_000, l.running ? l.startOffset : l.endOffset]);
        });
        if (lines.length > 0) expect([store.minStart, store.maxEnd]).toEqual([0, lines.some((l) => l.running) ? Infinity : (lines.length - 1) * 60_000 + 30_000]);
        // Dropped, the store gives back every text it put in the table.
        store.release();
        expect(folder.table.size).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("shares the table between stores and gives a dropped text's number to the next", () => {
    const folder = ownFolder("A", 0);
    const storeOf = (tasks: string[]) => {
      const b = new LineStoreBuilder(folder);
      tasks.forEach((task, k) => {
        const s = newScan();
        Object.assign(s, { start: k * 60_000, end: k * 60_000 + 30_000, task, text: `Line ${k} text`, id: `cd-${k}`, hasId: true });
        b.addScan(s, k + 5);
      });
      return b.build(`Clients/A/Log/${tasks.length}.md`);
    };
    const many = Array.from({ length: 700 }, (_, k) => `[[Task ${k}]]`);
    const first = storeOf(many);
    const second = storeOf(many.slice(0, 300).reverse());
    expect(folder.table.size).toBe(700);
    first.release();
    expect(folder.table.size).toBe(300);
    const third = storeOf(["[[New]]", ...many.slice(0, 2)]);
    const out: LineTexts = { id: "", task: null, device: null, text: "" };
    for (let k = 0; k < 300; k++) {
      second.readTexts(k, out);
      expect([out.task, out.text, out.id]).toEqual([many[299 - k], `Line ${k} text`, `cd-${k}`]);
    }
    expect(third.entry(0).task).toBe("[[New]]");
    expect(third.entry(2).task).toBe(many[1]);
    second.release();
    third.release();
    expect(folder.table.size).toBe(0);
  });

  it("gives entries and blocks as objects made with new, with the fields of a parsed one and no others", () => {
    const b = new LineStoreBuilder(ownFolder("A", 0));
    const s = newScan();
    Object.assign(s, { start: 0, end: 30_000, text: "Inbox", id: "cd-abc12345", hasId: true });
    b.addScan(s, 5);
    const store = b.build("Clients/A/Log/2026-11.md");
    const e = store.entry(0);
    const block = store.block(0);
    // Not object literals: those V8 may allocate in the old generation once a query's results are kept.
    expect(Object.getPrototypeOf(e)).not.toBe(Object.prototype);
    expect(Object.getPrototypeOf(block)).not.toBe(Object.prototype);
    expect(Object.keys(e)).toEqual(["id", "clientKey", "file", "line", "start", "startOffset", "end", "endOffset", "task", "note", "billable", "device"]);
    // A block of the owner's plain plan note has no `person` at all, as a parsed one.
    expect(Object.keys(block)).toEqual(["id", "clientRef", "clientKey", "file", "line", "start", "startOffset", "end", "endOffset", "title"]);
    expect(JSON.stringify(e)).toBe(JSON.stringify({ ...e }));
    store.release();
  });
});
