// Client Desk: the plugin's entry. onload only wires things up; indexing waits for layout-ready.

import { Plugin } from "obsidian";
import type { Settings } from "./core/shared/types";
import { translator, type Translate } from "./core/i18n";
import { indexOptions, readSettings, userZone } from "./core/settings/settings";
import type { IndexOptions } from "./core/index/vault-index";
import { Indexer } from "./adapter/indexer";
import { uiLanguage } from "./adapter/language";
import type { Host, SettingsSection } from "./ui/host";
import { ClientDeskSettingTab } from "./ui/settings-tab";
import { DIAGNOSTICS_VIEW, DiagnosticsView } from "./features/diagnostics/diagnostics-view";
import { openDiagnostics, registerCheckData } from "./features/diagnostics/check-data";
import type { TimerService } from "./features/timer/timer-service";
import { setupTimer } from "./features/timer/setup";
import { registerImportCsv } from "./features/import-export/import-csv";
import { registerExportCsv } from "./features/import-export/export-csv";
import { setupOverview } from "./features/overview/setup";
import { setupPlanner } from "./features/planner/setup";
import type { LifecycleWriter } from "./adapter/lifecycle-writer";
import { setupLifecycle } from "./features/lifecycle/setup";
import { setupReports } from "./features/reports/setup";
import type { ReportScheduler } from "./features/reports/report-scheduler";
import { setupInvoices } from "./features/invoices/setup";
import type { InvoiceService } from "./features/invoices/invoice-service";

export default class ClientDeskPlugin extends Plugin implements Host {
  declare settings: Settings;
  indexer!: Indexer;
  timer!: TimerService;
  lifecycle!: LifecycleWriter;
  reports!: ReportScheduler;
  invoices!: InvoiceService;
  t: Translate = translator("en");
  private readonly sections: SettingsSection[] = [];
  private readonly settingsListeners: (() => void)[] = [];

  override async onload(): Promise<void> {
    this.settings = readSettings(await this.loadData()).settings;
    this.t = translator(uiLanguage(this.settings));
    this.indexer = this.addChild(new Indexer(this.app, this.indexOptions()));

    this.registerView(DIAGNOSTICS_VIEW, (leaf) => new DiagnosticsView(leaf, this));
    registerCheckData(this);
    this.timer = setupTimer(this);
    registerImportCsv(this);
    registerExportCsv(this);
    setupOverview(this);
    setupPlanner(this, this.timer);
    this.lifecycle = setupLifecycle(this, this.timer);
    this.reports = setupReports(this, this.lifecycle);
    this.invoices = setupInvoices(this);
    this.addRibbonIcon("briefcase", this.t("ribbon.open"), () => void openDiagnostics(this));
    this.addSettingTab(new ClientDeskSettingTab(this.app, this, this, this.sections));

    this.app.workspace.onLayoutReady(() => this.indexer.start());
  }

  /** data.json changed on another device (Obsidian Sync): take the new settings. */
  override async onExternalSettingsChange(): Promise<void> {
    await this.updateSettings(readSettings(await this.loadData()).settings, false);
  }

  zone(): string {
    return userZone(this.settings);
  }

  onSettingsChange(callback: () => void): void {
    this.settingsListeners.push(callback);
  }

  addSettingsSection(section: SettingsSection): void {
    this.sections.push(section);
  }

  indexOptions(): IndexOptions {
    return indexOptions(this.settings);
  }

  async updateSettings(patch: Partial<Settings>, persist = true): Promise<void> {
    const before = this.indexOptions();
    this.settings = readSettings({ ...this.settings, ...patch }).settings;
    this.t = translator(uiLanguage(this.settings));
    if (persist) await this.saveData(this.settings);
    const after = this.indexOptions();
    const moved = (Object.keys(after) as (keyof IndexOptions)[]).some((k) => after[k] !== before[k]);
    if (moved && this.indexer.ready) await this.indexer.rebuild(after);
    for (const listener of this.settingsListeners) listener();
  }
}
