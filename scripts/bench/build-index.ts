// The index as the plugin builds it on a cold start, from the files of a generated vault.

import { readFileSync } from "node:fs";
import { VaultIndex } from "../../src/core/index/vault-index";
import { keptInvoice } from "../../src/core/index/invoice-fast";
import type { IndexOptions } from "../../src/core/index/indexed-notes";
import { DEFAULT_SETTINGS } from "../../src/core/shared/types";
import { indexOptions } from "../../src/core/settings/settings";
import { readFrontmatter } from "../../src/core/notes/frontmatter";
import { USER_ZONE } from "./generate";

/** The plugin's index options for the default settings in the generated vault's zone. */
export function benchIndexOptions(): IndexOptions {
  return indexOptions({ ...DEFAULT_SETTINGS, timeZone: USER_ZONE });
}

/**
 * A cold start from the notes' texts: offer every file, read those the index wants. What the CLI
 * does (invoice notes read in place, invoice-fast.ts), and the plugin for notes Obsidian's cache
 * holds no frontmatter for.
 */
export function buildIndex(paths: string[], abs: string[]): VaultIndex {
  const index = new VaultIndex(benchIndexOptions());
  index.invoiceFromText = keptInvoice;
  for (let i = 0; i < paths.length; i++) {
    if (!index.wants(paths[i])) continue;
    index.setFile(paths[i], readFileSync(abs[i], "utf8"));
  }
  return index;
}

/**
 * The plugin's cold start when Obsidian's metadata cache already holds every note's frontmatter
 * (src/adapter/indexer.ts hands it over with the text): the texts are read, the YAML is not parsed.
 */
export function buildIndexFromCache(paths: string[], abs: string[], cache: Map<string, Record<string, unknown> | undefined>): VaultIndex {
  const index = new VaultIndex(benchIndexOptions());
  for (let i = 0; i < paths.length; i++) {
    if (!index.wants(paths[i])) continue;
    index.setFile(paths[i], readFileSync(abs[i], "utf8"), cache.get(paths[i]));
  }
  return index;
}

/** What the metadata cache would hold: each wanted note's frontmatter, parsed before timing. */
export function metadataCacheOf(paths: string[], abs: string[]): Map<string, Record<string, unknown> | undefined> {
  const probe = new VaultIndex(benchIndexOptions());
  const cache = new Map<string, Record<string, unknown> | undefined>();
  for (let i = 0; i < paths.length; i++) {
    if (!probe.wants(paths[i])) continue;
    const read = readFrontmatter(readFileSync(abs[i], "utf8"));
    cache.set(paths[i], read.data ?? undefined);
  }
  return cache;
}
