import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { LineStore } from "../../../src/core/index/log-store";
import { IdCounts } from "../../../src/core/index/id-counts";

/** The members the id walk reads, over plain ids; an "entry" names its note and line. */
function store(path: string, ids: string[]): LineStore {
  return { path, count: ids.length, id: (i: number) => ids[i], entry: (i: number) => ({ file: path, line: i }) } as unknown as LineStore;
}

const id = fc.constantFrom("", "cd-a", "cd-b", "cd-c", "cd-d");

describe("IdCounts.finder", () => {
  it("answers as a plain search does, whichever ids are located and whether the counts were kept", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(id, { maxLength: 6 }), { maxLength: 5 }),
        fc.uniqueArray(id, { maxLength: 5 }),
        fc.uniqueArray(id, { maxLength: 5 }),
        fc.boolean(),
        fc.boolean(),
        (notes, wanted, locatedIds, kept, someFirst) => {
          const stores = notes.map((ids, k) => store(`n${k}.md`, ids));
          const ids = new Set(wanted);
          const located = new Set(locatedIds.filter((x) => ids.has(x)));
          const counts = new IdCounts();
          if (kept) counts.ensure(stores);
          // The first walk takes the counts (unless kept): each form gets to be that one.
          const some = someFirst ? counts.finder(stores, ids, located) : null;
          const every = counts.finder(stores, ids);
          const other = some ?? counts.finder(stores, ids, located);
          for (const lookup of [every, other]) {
            for (const x of ids) {
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
          for (const x of ["", "cd-a", "cd-b", "cd-c", "cd-d"]) expect(taken.get(x)).toBe(fresh.get(x));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
