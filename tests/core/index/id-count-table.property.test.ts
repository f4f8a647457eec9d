// The index's id counts are kept in a compact table (plugin ids as numbers, any other id in a Map):
// after any run of sets and deletes it must answer as a Map<string, number> would.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { IdCountTable } from "../../../src/core/index/id-count-table";

const base36 = fc.constantFrom(..."0123456789abcdefghijklmnopqrstuvwxyz".split(""));
const pluginId = fc.array(base36, { minLength: 8, maxLength: 8 }).map((cs) => `cd-${cs.join("")}`);
// Near misses and other ids: wrong length, capitals, another prefix, the largest and smallest ids.
const otherId = fc.oneof(
  fc.constantFrom("cd-zzzzzzzz", "cd-00000000", "cd-0000000", "cd-000000000", "cd-ABCDEFGH", "cx-abcdefgh", "abc", "", "cd-abcd efg", "cd-abcdéfgh"),
  fc.string({ maxLength: 12 }),
);
// A small pool, so that ids come back: counted up, down, deleted and set again.
const ids = fc.array(fc.oneof({ weight: 4, arbitrary: pluginId }, { weight: 1, arbitrary: otherId }), { minLength: 1, maxLength: 40 });
const op = fc.tuple(fc.constantFrom<"set" | "delete">("set", "set", "set", "delete"), fc.nat(), fc.integer({ min: 1, max: 70000 }));

describe("IdCountTable", () => {
  it("answers get, has and size as a Map does, after any sets and deletes", () => {
    fc.assert(
      fc.property(ids, fc.array(op, { maxLength: 3000 }), (pool, ops) => {
        const table = new IdCountTable();
        const map = new Map<string, number>();
        for (const [kind, n, count] of ops) {
          const id = pool[n % pool.length];
          if (kind === "set") {
            table.set(id, count);
            map.set(id, count);
          } else {
            table.delete(id);
            map.delete(id);
          }
        }
        expect(table.size).toBe(map.size);
        for (const id of [...pool, "cd-11111111", "nothing"]) {
          expect(table.get(id)).toBe(map.get(id));
          expect(table.has(id)).toBe(map.has(id));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every count through growth and deletions of many ids", () => {
    const table = new IdCountTable();
    const map = new Map<string, number>();
    const id = (n: number) => `cd-${n.toString(36).padStart(8, "0")}`;
    for (let n = 0; n < 20000; n++) {
      table.set(id(n * 7919), (n % 5) + 1);
      map.set(id(n * 7919), (n % 5) + 1);
      if (n % 3 === 0) {
        table.delete(id((n >> 1) * 7919));
        map.delete(id((n >> 1) * 7919));
      }
    }
    expect(table.size).toBe(map.size);
    for (let n = 0; n < 20000; n++) expect(table.get(id(n * 7919))).toBe(map.get(id(n * 7919)));
  });

  it("bump answers as get-then-set on a Map would: the count before, the id dropped at 0 or below", () => {
    const step = fc.tuple(fc.constantFrom<"bump" | "set" | "reserve">("bump", "bump", "bump", "bump", "set", "reserve"), fc.nat(), fc.integer({ min: -3, max: 3 }), fc.integer({ min: 1, max: 70000 }));
    fc.assert(
      fc.property(ids, fc.array(step, { maxLength: 3000 }), (pool, steps) => {
        const table = new IdCountTable();
        const map = new Map<string, number>();
        for (const [kind, n, delta, count] of steps) {
          const id = pool[n % pool.length];
          if (kind === "reserve") {
            table.reserve(count % 5000);
          } else if (kind === "set") {
            table.set(id, count);
            map.set(id, count);
          } else {
            const before = map.get(id) ?? 0;
            expect(table.bump(id, delta)).toBe(before);
            if (before + delta <= 0) map.delete(id);
            else map.set(id, before + delta);
          }
        }
        expect(table.size).toBe(map.size);
        for (const id of [...pool, "cd-11111111", "nothing"]) expect(table.get(id)).toBe(map.get(id));
      }),
      { numRuns: 300 },
    );
  });
});
