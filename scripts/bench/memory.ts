// Memory per entry: the index at rest (plan notes parsed, as the plugin does once idle), and after
// a long session of edits (session.ts), against the texts of the files it reads held in memory.

import { readFileSync } from "node:fs";
import type { VaultIndex } from "../../src/core/index/vault-index";
import { buildIndex } from "./build-index";
import { memoryNow, settle } from "./harness";
import type { Raw } from "./measure";
import { editSession } from "./session";

/** Edits in the memory bench's session (memory-session): a long day of timers, fixes and moves. */
export const SESSION_EDITS = 3000;

export async function measureMemory(
  wantedAbs: string[],
  paths: string[],
  abs: string[],
  expectedEntries: number,
): Promise<{ m: Raw; session: Raw; index: VaultIndex }> {
  // Small vaults are measured on several copies at once, so that a few kilobytes of noise (code
  // compiled on the way, allocation pages) do not swamp the figure.
  const copies = Math.max(1, Math.min(20, Math.ceil(100000 / Math.max(1, expectedEntries))));
  // Baseline: the texts of the files the index reads, held in memory.
  await settle();
  let before = memoryNow();
  let texts: string[][] | null = [];
  for (let k = 0; k < copies; k++) texts.push(wantedAbs.map((p) => readFileSync(p, "utf8")));
  await settle();
  let after = memoryNow();
  const textBytes = (after.heap + after.external - before.heap - before.external) / copies;
  // Read the texts after measuring, so that they are surely alive while measured.
  if (texts.reduce((n, t) => n + t.length, 0) !== copies * wantedAbs.length) throw new Error("texts went missing");
  texts = null;

  await settle();
  before = memoryNow();
  const indexes: VaultIndex[] = [];
  for (let k = 0; k < copies; k++) indexes.push(buildIndex(paths, abs));
  await settle();
  const cold = memoryNow();
  // What the plugin holds at rest: once its cold start is done it parses the plan notes kept as
  // text in idle slices (src/adapter/indexer.ts). The figure right after the cold start is kept too.
  for (const index of indexes) while (index.parseShelvedPlans(64));
  // And the id counts every session makes on its first query (the status bar's today, the week
  // view: a duplicated id is counted once) or timer stop (a new id must be unused): kept from then on.
  for (const index of indexes) index.hasId("cd-00000000");
  await settle();
  after = memoryNow();
  const heap = (after.heap - before.heap) / copies;
  const external = (after.external - before.external) / copies;
  const index = indexes[0];
  indexes.length = 1;
  const entries = index.entryCount();
  const value = (heap + external) / entries;
  const coldPerEntry = (cold.heap + cold.external - before.heap - before.external) / copies / entries;
  const baseline = textBytes / entries;

  // After a long session of edits: fresh copies, at rest, then SESSION_EDITS edits each.
  const month = paths.flatMap((p, i) => (/^Clients\/[^/]+\/Log\/2026-05\.md$/.test(p) ? [{ path: p, text: readFileSync(abs[i], "utf8") }] : []));
  const planAt = paths.indexOf("Planner/2026-W20.md");
  const plan = planAt >= 0 ? { path: paths[planAt], text: readFileSync(abs[planAt], "utf8") } : null;
  await settle();
  const beforeSession = memoryNow();
  const edited: VaultIndex[] = [];
  for (let k = 0; k < copies; k++) edited.push(buildIndex(paths, abs));
  for (const e of edited) {
    while (e.parseShelvedPlans(64));
    editSession(e, month, plan, SESSION_EDITS);
    while (e.parseShelvedPlans(64));
  }
  await settle();
  const afterSession = memoryNow();
  const sessionEntries = edited[0].entryCount();
  const sessionValue = (afterSession.heap + afterSession.external - beforeSession.heap - beforeSession.external) / copies / sessionEntries;
  if (edited.length !== copies) throw new Error("an edited index went missing");
  return {
    index,
    session: {
      id: "memory-session",
      label: `memory per entry after ${SESSION_EDITS.toLocaleString("en")} edits`,
      unit: "B",
      value: sessionValue,
      baseline: textBytes / sessionEntries,
      ratio: sessionValue / (textBytes / sessionEntries),
      runs: copies,
      detail: { edits: SESSION_EDITS, notes: month.length, entries: sessionEntries, added: sessionEntries - entries, copies },
    },
    m: {
      id: "memory",
      label: "memory per entry",
      unit: "B",
      value,
      baseline,
      ratio: value / baseline,
      runs: copies,
      detail: { heapBytes: heap, externalBytes: external, textBytes, textFiles: wantedAbs.length, entries, copies, coldBytesPerEntry: Math.round(coldPerEntry) },
    },
  };
}
