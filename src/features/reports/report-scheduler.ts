// Writes each client's weekly report when it is due: checked once the index is ready (which waits
// for layout-ready, so nothing happens in onload) and then once a minute. Reports missed while
// Obsidian was closed are written on that first check (catch-up rule: src/core/reports/report-schedule.ts).

import { Component, Notice, normalizePath } from "obsidian";
import type { Host } from "../../ui/host";
import { latestDueWeek, nextReportMoment } from "../../core/reports/report-schedule";
import { reportNotePath } from "../../core/reports/report-run";
import { writeDueReports } from "../../adapter/report-writer";
import { failureText } from "../../ui/write-notice";

export const CHECK_MS = 60_000;

export class ReportScheduler extends Component {
  private busy: Promise<string[]> | null = null;
  private stopped = false;
  /** Nothing can fall due before this instant while the index stays at `quietVersion`. */
  private quietUntil = -Infinity;
  private quietVersion = -1;
  private lastNow = -Infinity;
  private lastFailure = "";

  constructor(private readonly host: Pick<Host, "app" | "t" | "settings" | "indexer">) {
    super();
  }

  override onload(): void {
    void this.host.indexer.whenReady.then(() => {
      if (this.stopped) return;
      void this.checkOrSay();
      this.registerInterval(window.setInterval(() => void this.checkOrSay(), CHECK_MS));
    });
  }

  /** The minute's check; a failure (a refused write) is said once, not every minute it recurs. */
  private async checkOrSay(): Promise<void> {
    try {
      await this.check();
      this.lastFailure = "";
    } catch (e) {
      const text = failureText(e);
      if (text !== this.lastFailure) new Notice(text);
      this.lastFailure = text;
    }
  }

  override onunload(): void {
    this.stopped = true;
  }

  /**
   * One check at `now`; the paths written. Overlapping calls share the run in progress. `force`
   * looks again even when nothing can have fallen due (the command: a report may have been deleted).
   */
  check(now = Date.now(), force = false): Promise<string[]> {
    if (this.busy) return this.busy;
    if (force) this.quietVersion = -1;
    this.busy = this.run(now).finally(() => (this.busy = null));
    return this.busy;
  }

  private async run(now: number): Promise<string[]> {
    const { app, settings } = this.host;
    const index = this.host.indexer.index;
    // Most minutes: no report can be due yet and no client note changed, so nothing to look at.
    const quiet = index.version === this.quietVersion && now >= this.lastNow && now < this.quietUntil;
    this.lastNow = now;
    if (quiet) return [];
    this.quietVersion = index.version;
    this.quietUntil = Math.min(Infinity, ...index.clients().map((c) => nextReportMoment(c, now) ?? Infinity));
    // Cheap first: most minutes nothing is due and the latest report is where it was written.
    const candidate = index.clients().some((c) => {
      const week = latestDueWeek(c, now);
      return week !== null && app.vault.getAbstractFileByPath(normalizePath(reportNotePath(index.layout, c.key, week))) === null;
    });
    if (!candidate) return [];
    let written: string[];
    try {
      written = await writeDueReports(app, index, settings, now);
    } catch (e) {
      // Try again at the next check rather than at the next report moment.
      this.quietVersion = -1;
      throw e;
    }
    const t = this.host.t;
    if (written.length === 1) new Notice(t("notice.report-written", { path: written[0] }));
    else if (written.length > 1) new Notice(t("notice.reports-written", { count: written.length }));
    return written;
  }
}
