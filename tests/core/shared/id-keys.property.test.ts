// Block ids kept by the numbers they stand for (src/core/shared/id-keys.ts): after any sets and
// reserves the map must answer get, has and size as a Map<string, V> would, and two ids map to
// the same number only when they are the same id.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { IdKeyMap, idKeyOf } from "../../../src/core/shared/id-keys";

const base36 = fc.constantFrom(..."0123456789abcdefghijklmnopqrstuvwxyz".split(""));
const pluginId = fc.array(base36, { minLength: 8, maxLength: 8 }).map((cs) => `cd-${cs.join("")}`);
const otherId = fc.oneof(
  fc.constantFrom("cd-zzzzzzzz", "cd-00000000", "cd-0000000", "cd-000000000", "cd-ABCDEFGH", "cx-abcdefgh", "abc", "", "cd-abcd efg", "cd-abcdéfgh", "cd-2"),
  fc.string({ maxLength: 12 }),
);
const ids = fc.array(fc.oneof({ weight: 4, arbitrary: pluginId }, { weight: 1, arbitrary: otherId }), { minLength: 1, maxLength: 60 });

describe("idKeyOf", () => {
  it("gives distinct plugin ids distinct numbers, and -1 to any other id", () => {
    fc.assert(
      fc.property(pluginId, pluginId, (a, b) => {
        expect(idKeyOf(a)).toBeGreaterThan(0);
        expect(idKeyOf(a) === idKeyOf(b)).toBe(a === b);
      }),
    );
    for (const id of ["cd-ABCDEFGH", "cd-0000000", "cd-000000000", "cx-abcdefgh", "", "cd-abcd efg"]) expect(idKeyOf(id)).toBe(-1);
    expect(idKeyOf("cd-00000000")).toBe(1);
    expect(idKeyOf("cd-zzzzzzzz")).toBe(36 ** 8);
  });
});

describe("IdKeyMap", () => {
  it("answers get, has and size as a Map does, after any sets and reserves", () => {
    const step = fc.tuple(fc.constantFrom<"set" | "reserve">("set", "set", "set", "set", "reserve"), fc.nat(), fc.integer({ min: 0, max: 3000 }));
    fc.assert(
      fc.property(ids, fc.array(step, { maxLength: 2000 }), (pool, steps) => {
        const table = new IdKeyMap<number>();
        const map = new Map<string, number>();
        steps.forEach(([kind, n, more], k) => {
          if (kind === "reserve") table.reserve(more);
          else {
            const id = pool[n % pool.length];
            expect(table.set(id, k)).toBe(table);
            map.set(id, k);
          }
        });
        expect(table.size).toBe(map.size);
        for (const id of [...pool, "cd-11111111", "nothing"]) {
          expect(table.get(id)).toBe(map.get(id));
          expect(table.has(id)).toBe(map.has(id));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every value through growth from the smallest table", () => {
    const table = new IdKeyMap<string>();
    const id = (n: number) => `cd-${n.toString(36).padStart(8, "0")}`;
    for (let n = 0; n < 50_000; n++) table.set(id(n * 7919), `v${n}`);
    expect(table.size).toBe(50_000);
    for (let n = 0; n < 50_000; n++) expect(table.get(id(n * 7919))).toBe(`v${n}`);
    expect(table.has(id(7918))).toBe(false);
  });
});
