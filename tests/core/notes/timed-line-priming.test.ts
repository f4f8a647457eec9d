// primeScanLine reads sample lines so that V8 optimises the scanner once (timed-line-fast.ts): the
// lines read after it must read as they would in a process that never primed.
import { describe, expect, it, vi } from "vitest";

const LINES = [
  // The primers' own dates and zones, each line on a date the last primer did not read, and back.
  "- [start:: 2026-01-05T08:00+07:00] [end:: 2026-01-05T09:15+07:00] [task:: Email] Inbox ^cd-aaa111",
  "- [start:: 2026-01-05T23:30-05:00] [end:: 2026-01-06T00:30-05:00] across midnight ^cd-aaa112",
  "- [start:: 2026-02-28T23:00+00:00] [end:: 2026-03-01T01:00+00:00] leap check ^cd-aaa113",
  "- [start:: 2024-02-29T10:00+07:00] [end:: 2024-02-29T11:00+07:00] a real 29 February ^cd-aaa114",
  "- [start:: 2026-01-05T09:00:30+07:00] [end:: 2026-01-05T10:00:15-05:00] [device:: mac] [client:: Acme] Call #non-billable ^cd-aaa115",
  "- [start:: 2026-03-08T01:30-05:00] [end:: 2026-03-08T03:30-04:00] New York's spring night ^cd-aaa116",
  "- [start:: 2026-01-05T09:00+07:00] Họp tuần ^cd-aaa117",
  "- [start:: 2026-01-05T09:00+07:00] x ^bad id",
];

async function readAll(prime: boolean): Promise<unknown[]> {
  vi.resetModules();
  const fast = await import("../../../src/core/notes/timed-line-fast");
  if (prime) fast.primeScanLine();
  return LINES.map((line) => {
    const out = fast.newScan();
    return fast.scanLine(line, 0, line.length, out) ? { ...out } : null;
  });
}

describe("priming the fast scanner", () => {
  it("leaves what every later line reads as it is without it", async () => {
    const plain = await readAll(false);
    const primed = await readAll(true);
    expect(plain.filter((r) => r !== null)).toHaveLength(LINES.length - 1);
    expect(primed).toEqual(plain);
  });
});
