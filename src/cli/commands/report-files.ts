// Reading existing report notes and writing new notes on disk, for `report` and `review`.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readFrontmatter } from "../../core/notes/frontmatter";
import { ReportRegistry } from "../../core/reports/report-notes";
import { CommandFailure } from "../errors";
import { listVault, reason, type LoadedVault } from "../vault-fs";
import { VaultWriter } from "../vault-writer";

/** Every client-report note in the vault, by its frontmatter: renamed and moved ones too. */
export function reportRegistry(vault: LoadedVault): ReportRegistry {
  const registry = new ReportRegistry();
  for (const rel of listVault(vault.root)) {
    if (!rel.endsWith(".md")) continue;
    let text: string;
    try {
      text = readFileSync(join(vault.root, rel), "utf8");
    } catch (e) {
      throw new CommandFailure("cli.error.read-failed", { path: rel, reason: reason(e) });
    }
    // Most notes are not reports: skip the YAML parse unless the marker field is there.
    if (!text.startsWith("---") || !text.includes("client-report")) continue;
    registry.add(rel, readFrontmatter(text).data, (ref) => vault.index.findClient(ref)?.key ?? null);
  }
  return registry;
}

export function fileExists(vault: LoadedVault, rel: string): boolean {
  return existsSync(join(vault.root, rel));
}

/** Creates a new note; false when a file is already there (it is never overwritten). */
export function createNote(vault: LoadedVault, rel: string, text: string): boolean {
  return new VaultWriter(vault.root).create(rel, text);
}
