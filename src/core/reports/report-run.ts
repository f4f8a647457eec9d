// Which weekly reports a run writes, and their text: shared by the plugin's scheduler and
// `client-desk report`, so both write the same notes at the same moments.

import type { Client } from "../shared/types";
import type { Layout } from "../shared/paths";
import type { VaultIndex } from "../index/vault-index";
import { ReportBatch, buildReport } from "./report";
import { reportMarkdown } from "./report-markdown";
import { weeksToWrite } from "./report-schedule";
import type { ReportRegistry } from "./report-notes";
import type { PackageInfo } from "../billing/package-note";

export interface PlannedReport {
  client: Client;
  week: string;
  path: string;
  text: string;
}

function join(...parts: string[]): string {
  return parts.map((p) => p.replace(/^\/+|\/+$/g, "")).filter((p) => p !== "").join("/");
}

/** `<clients root>/<client>/Reports/<week>.md` */
export function reportNotePath(layout: Layout, key: string, week: string): string {
  return join(layout.clientsRoot, key, "Reports", `${week}.md`);
}

/** `<review folder>/<week>.md` */
export function reviewNotePath(folder: string, week: string): string {
  return join(folder, `${week}.md`);
}

export interface RunInput {
  index: VaultIndex;
  registry: ReportRegistry;
  /** True when a file is at this path (a note there is never overwritten, report or not). */
  pathExists: (path: string) => boolean;
  now: number;
  userZone: string;
  /** The service package notes that read (their deliverables in the reports). */
  packages?: readonly PackageInfo[];
}

/** Whether `client` has a report for `week`: by frontmatter anywhere, or a file at its path. */
export function hasReport(input: RunInput, client: Client, week: string): boolean {
  return input.registry.pathOf(client.key, week) !== null || input.pathExists(reportNotePath(input.index.layout, client.key, week));
}

export function plannedReport(input: RunInput, client: Client, week: string, batch?: ReportBatch): PlannedReport {
  const model = buildReport(input.index, client, week, { now: input.now, userZone: input.userZone, packages: input.packages }, batch);
  return { client, week, path: reportNotePath(input.index.layout, client.key, week), text: reportMarkdown(model) };
}

/** Every report due at `now` and not written yet (catch-up rule: report-schedule.ts). Paused and archived clients get none. */
export function dueReports(input: RunInput, only?: Client): PlannedReport[] {
  const out: PlannedReport[] = [];
  const batch = new ReportBatch(input.index);
  for (const client of only ? [only] : input.index.clients()) {
    if (client.status === "archived" || client.status === "paused" || client.status === "lead") continue;
    const weeks = weeksToWrite(client, input.now, input.registry.latest(client.key), (w) => hasReport(input, client, w));
    for (const week of weeks) out.push(plannedReport(input, client, week, batch));
  }
  return out;
}
