// The reports' writes in Obsidian: new reports with vault.create (never over a file), regenerated
// reports and reviews through Vault.process (the VA's notes after the marker kept byte for byte).
// Existing reports are found by their frontmatter in the metadata cache, so a report the VA
// renamed or moved is not written again.

import type { Subcontractor } from "../core/lifecycle/subcontractors";
import { TFile, normalizePath, type App } from "obsidian";
import type { Client } from "../core/shared/types";
import type { VaultIndex } from "../core/index/vault-index";
import { ReportRegistry, keepNotes } from "../core/reports/report-notes";
import { dueReports, plannedReport, reviewNotePath, type RunInput } from "../core/reports/report-run";
import { readPackages, type PackageInfo } from "../core/billing/package-note";
import { buildReview } from "../core/reports/review";
import { reviewMarkdown } from "../core/reports/review-markdown";
import { parseConversionRates } from "../core/billing/conversion-rates";
import { reviewInvoices } from "../core/reports/review-invoices";
import { userZone } from "../core/settings/settings";
import type { Language, Settings } from "../core/shared/types";
import { assertInsideVault } from "./real-path";

export function reportRegistry(app: App, index: VaultIndex): ReportRegistry {
  const registry = new ReportRegistry();
  for (const file of app.vault.getMarkdownFiles()) {
    const fm = app.metadataCache.getFileCache(file)?.frontmatter;
    if (fm && fm.type === "client-report") registry.add(file.path, fm, (ref) => index.findClient(ref)?.key ?? null);
  }
  return registry;
}

export function runInput(app: App, index: VaultIndex, settings: Settings, now: number): RunInput {
  return {
    index,
    registry: reportRegistry(app, index),
    pathExists: (p) => app.vault.getAbstractFileByPath(normalizePath(p)) !== null,
    now,
    userZone: userZone(settings),
    packages: packagesOf(app, settings),
  };
}

/** The package notes of the packages folder that read, from the metadata cache. */
function packagesOf(app: App, settings: Settings): PackageInfo[] {
  const prefix = `${normalizePath(settings.packagesFolder)}/`;
  return readPackages(
    app.vault
      .getMarkdownFiles()
      .filter((f) => f.path.startsWith(prefix))
      .map((f) => ({ path: f.path, data: app.metadataCache.getFileCache(f)?.frontmatter ?? null })),
  );
}

async function createNote(app: App, path: string, text: string): Promise<TFile | null> {
  const clean = normalizePath(path);
  if (app.vault.getAbstractFileByPath(clean)) return null;
  assertInsideVault(app, clean);
  const folder = clean.includes("/") ? clean.slice(0, clean.lastIndexOf("/")) : "";
  if (folder !== "" && !app.vault.getFolderByPath(folder)) await app.vault.createFolder(folder);
  return app.vault.create(clean, text);
}

/** Writes every due, missing report; the paths written. */
export async function writeDueReports(app: App, index: VaultIndex, settings: Settings, now: number): Promise<string[]> {
  const written: string[] = [];
  for (const p of dueReports(runInput(app, index, settings, now))) {
    if (await createNote(app, p.path, p.text)) written.push(p.path);
  }
  return written;
}

export type RegenerateResult = { kind: "written" | "regenerated"; path: string } | { kind: "no-marker"; path: string };

/** The report of `week` for `client`, written new or regenerated in place (wherever it was moved). */
export async function regenerateReport(app: App, index: VaultIndex, settings: Settings, client: Client, week: string, now: number): Promise<RegenerateResult> {
  const input = runInput(app, index, settings, now);
  const planned = plannedReport(input, client, week);
  const existing = input.registry.pathOf(client.key, week) ?? planned.path;
  return rewrite(app, existing, planned.text);
}

async function rewrite(app: App, path: string, text: string): Promise<RegenerateResult> {
  const clean = normalizePath(path);
  const file = app.vault.getFileByPath(clean);
  if (!file) {
    await createNote(app, clean, text);
    return { kind: "written", path: clean };
  }
  assertInsideVault(app, file.path);
  let ok = true;
  await app.vault.process(file, (old) => {
    const merged = keepNotes(old, text);
    if (merged === null) {
      ok = false;
      return old;
    }
    return merged;
  });
  return ok ? { kind: "regenerated", path: file.path } : { kind: "no-marker", path: file.path };
}

/** The weekly review of `week`: a new note, or the generated part of the existing one rewritten. */
export async function writeReview(
  app: App,
  index: VaultIndex,
  settings: Settings,
  week: string,
  now: number,
  language: Language,
  subcontractors: readonly Subcontractor[] = [],
): Promise<RegenerateResult> {
  const zone = userZone(settings);
  const { rates } = parseConversionRates(settings.conversionRates, settings.homeCurrency);
  const model = buildReview(index, {
    week,
    zone,
    weekStart: settings.weekStart,
    home: settings.homeCurrency,
    capacityHours: settings.capacityHours,
    rates,
    invoices: reviewInvoices(index, now),
    now,
    subcontractors,
  });
  return rewrite(app, reviewNotePath(settings.reviewFolder, week), reviewMarkdown(model, language));
}
