// Reading existing report notes and writing new notes on disk, for `report` and `review`.

import { existsSync } from "node:fs";
import { join } from "node:path";
import { readFrontmatter } from "../../core/notes/frontmatter";
import { ReportRegistry } from "../../core/reports/report-notes";
import type { LoadedVault } from "../vault-fs";
import { VaultWriter } from "../vault-writer";
import type { Context } from "../context";
import { openVault } from "./common";

/** Whether a note's text may be a client report: most notes are not, and skip the YAML parse. */
function mayBeReport(text: string): boolean {
  return text.startsWith("---") && text.includes("client-report");
}

/**
 * The vault as `report` reads it, and its report notes (what `reportRegistry` finds), in one pass
 * over the files: each note is read once. Every client-report note is found by its frontmatter,
 * renamed and moved ones too. Invoice notes are not indexed: no report reads them.
 */
export function openReportVault(ctx: Context): { vault: LoadedVault; registry: ReportRegistry } {
  const found: [string, Record<string, unknown> | null][] = [];
  const vault = openVault(ctx, {
    skip: new Set(["invoice"]),
    eachNote: (rel, text) => {
      if (mayBeReport(text)) found.push([rel, readFrontmatter(text).data]);
    },
  });
  // Clients are known once every note is read: the references are resolved after, in path order.
  const registry = new ReportRegistry();
  const resolve = (ref: string) => vault.index.findClient(ref)?.key ?? null;
  for (const [rel, data] of found) registry.add(rel, data, resolve);
  return { vault, registry };
}

export function fileExists(vault: LoadedVault, rel: string): boolean {
  return existsSync(join(vault.root, rel));
}

/** Creates a new note; false when a file is already there (it is never overwritten). */
export function createNote(vault: LoadedVault, rel: string, text: string): boolean {
  return new VaultWriter(vault.root).create(rel, text);
}
