// The status-bar tick benchmark (scripts/bench/tick.ts) runs here on a small vault, for its
// assertion only: no file is read during ticks. Its timings are for `npm run bench`, never
// asserted in a test (ARCHITECTURE.md, invariant 8).
import { expect, it } from "vitest";
import { benchTick } from "../../../scripts/bench/tick";

it("the status-bar tick reads no file", async () => {
  const rows = await benchTick({ ticks: 300, clients: 5, months: 3 });
  expect(rows.map((r) => r.name)).toEqual(["status-bar tick (median of batches)", "status-bar tick (slowest batch)", "file reads during 300 ticks"]);
  expect(rows[2]).toMatchObject({ value: 0, pass: true });
  for (const r of rows) expect(Number.isFinite(r.value)).toBe(true);
});
