import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { LineStore } from "../../../src/core/index/log-store";
import { IdCounts, type IdSet } from "../../../src/core/index/id-counts";
import { IdKeyMap, idKeyOf } from "../../../src/core/shared/id-keys";

/** The members the id walk reads, over plain ids; an "entry" names its note and line. */
function store(path: string, ids: string[]): LineStore {
  return { path, count: ids.length, id: (i: number) => ids[i], idKey: (i: number) => idKeyOf(ids[i]), entry: (i: number) => ({ file: path, line: i }) } as unknown as LineStore;
}

// Ids the plugin writes (read by their numbers when the set can answer so) and others.
const POOL = ["", "cd-a", "cd-b", "cd-aaaaaaaa", "cd-bbbbbbbb", "cd-00000001"];
const id = fc.constantFrom(...POOL);

/** The ids as a Set, or as a map that answers by key (the walk then reads plugin ids as numbers). */
function idSet(ids: string[], keyed: boolean): IdSet {
  if (!keyed) return new Set(ids);
  const m = new IdKeyMap<true>();
  for (const x of ids) m.set(x, true);
  return m;
}

describe("IdCounts.finder", () => {
  it("answers as a plain search does, whichever ids are located and whether the counts were kept", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(id, { maxLength: 6 }), { maxLength: 5 }),
        fc.uniqueArray(id, { maxLength: 5 }),
        fc.uniqueArray(id, { maxLength: 5 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (notes, wanted, locatedIds, kept, someFirst, keyed) => {
          const stores = notes.map((ids, k) => store(`n${k}.md`, ids));
          const ids = idSet(wanted, keyed);
          const located = idSet(locatedIds.filter((x) => ids.has(x)), keyed);
          const counts = new IdCounts();
          if (kept) counts.ensure(stores);
          // The first walk takes the counts (unless kept): each form gets to be that one.
          const some = someFirst ? counts.finder(stores, ids, located) : null;
          const every = counts.finder(stores, ids);
          const other = some ?? counts.finder(stores, ids, located);
          for (const lookup of [every, other]) {
            for (const x of wanted) {
              const first = stores.flatMap((s, k) => notes[k].flatMap((y, i) => (y === x ? [{ file: s.path, line: i }] : [])))[0];
              expect(lookup.has(x)).toBe(first !== undefined);
              if (lookup === every || located.has(x)) expect(lookup.entry(x)).toEqual(first);
            }
            stores.forEach((s, k) => notes[k].forEach((y, i) => expect(lookup.listed(s, i)).toBe(y !== "" && ids.has(y))));
          }
          // The counts taken on the walk are the counts.
          const fresh = new IdCounts().ensure(stores);
          const taken = counts.ensure(stores);
          expect(taken.size).toBe(fresh.size);
          for (const x of POOL) expect(taken.get(x)).toBe(fresh.get(x));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
