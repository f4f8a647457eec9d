// Writes each client's weekly report when it is due: checked once the index is ready (which waits
// for layout-ready, so nothing happens in onload) and then once a minute. Reports missed while
// Obsidian was closed are written on that first check (catch-up rule: src/core/report-schedule.ts).

import { Component, Notice, normalizePath } from "obsidian";
import type ClientDeskPlugin from "../main";
import { latestDueWeek } from "../core/report-schedule";
import { reportNotePath } from "../core/report-run";
import { writeDueReports } from "./report-writer";

export const CHECK_MS = 60_000;

export class ReportScheduler extends Component {
  private busy: Promise<string[]> | null = null;
  private stopped = false;

  constructor(private readonly plugin: ClientDeskPlugin) {
    super();
  }

  override onload(): void {
    void this.plugin.indexer.whenReady.then(() => {
      if (this.stopped) return;
      void this.check();
      this.registerInterval(window.setInterval(() => void this.check(), CHECK_MS));
    });
  }

  override onunload(): void {
    this.stopped = true;
  }

  /** One check at `now`; the paths written. Overlapping calls share the run in progress. */
  check(now = Date.now()): Promise<string[]> {
    if (this.busy) return this.busy;
    this.busy = this.run(now).finally(() => (this.busy = null));
    return this.busy;
  }

  private async run(now: number): Promise<string[]> {
    const { app, settings } = this.plugin;
    const index = this.plugin.indexer.index;
    // Cheap first: most minutes nothing is due and the latest report is where it was written.
    const candidate = index.clients().some((c) => {
      const week = latestDueWeek(c, now);
      return week !== null && app.vault.getAbstractFileByPath(normalizePath(reportNotePath(index.layout, c.key, week))) === null;
    });
    if (!candidate) return [];
    const written = await writeDueReports(app, index, settings, now);
    const t = this.plugin.t;
    if (written.length === 1) new Notice(t("notice.report-written", { path: written[0] }));
    else if (written.length > 1) new Notice(t("notice.reports-written", { count: written.length }));
    return written;
  }
}
