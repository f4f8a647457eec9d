// Client Desk: the plugin's entry. onload reads the settings, makes the indexer and calls each
// feature's setup, which registers its commands, views and settings section; indexing waits for
// layout-ready. The plugin is the features' Host (src/ui/host.ts).

import { Plugin } from "obsidian";
import type { Settings } from "./core/shared/types";
import { translator, type Translate } from "./core/i18n";
import { setYamlReader } from "./core/notes/yaml";
import { obsidianYamlReader } from "./adapter/yaml";
import { teamIndexOptions, readSettings, userZone } from "./core/settings/settings";
import type { IndexOptions } from "./core/index/indexed-notes";
import { Indexer } from "./adapter/indexer";
import { uiLanguage } from "./adapter/language";
import type { LifecycleWriter } from "./adapter/lifecycle-writer";
import type { Host, SettingsSection } from "./ui/host";
import { ClientDeskSettingTab } from "./ui/settings-tab";
import { setupTimer } from "./features/timer/setup";
import type { TimerService } from "./features/timer/timer-service";
import { setupImportExport } from "./features/import-export/setup";
import { setupOverview } from "./features/overview/setup";
import { setupPlanner } from "./features/planner/setup";
import { setupLifecycle } from "./features/lifecycle/setup";
import { setupReports } from "./features/reports/setup";
import type { ReportScheduler } from "./features/reports/report-scheduler";
import { setupInvoices } from "./features/invoices/setup";
import type { InvoiceService } from "./features/invoices/invoice-service";
import { setupDiagnostics } from "./features/diagnostics/setup";
import { setupBases } from "./features/bases/setup";
import { setupTeam } from "./features/team/setup";

export default class ClientDeskPlugin extends Plugin implements Host {
  declare settings: Settings;
  indexer!: Indexer;
  t: Translate = translator("en");
  /** The services the features made, kept for the tests and the bench. */
  timer!: TimerService;
  lifecycle!: LifecycleWriter;
  reports!: ReportScheduler;
  invoices!: InvoiceService;
  private readonly sections: SettingsSection[] = [];
  private readonly settingsListeners: (() => void)[] = [];

  override async onload(): Promise<void> {
    // The core reads frontmatter text with Obsidian's own YAML parser: main.js bundles none.
    setYamlReader(obsidianYamlReader);
    this.settings = readSettings(await this.loadData()).settings;
    this.t = translator(uiLanguage(this.settings));
    this.indexer = this.addChild(new Indexer(this.app, () => this.indexOptions()));

    // In this order the ribbon icons and the settings tab's sections stay where they always were.
    this.timer = setupTimer(this);
    setupImportExport(this);
    setupOverview(this);
    setupPlanner(this, this.timer);
    this.lifecycle = setupLifecycle(this, this.timer);
    this.reports = setupReports(this, this.lifecycle);
    this.invoices = setupInvoices(this);
    setupDiagnostics(this);
    setupBases(this);
    setupTeam(this, this.timer);
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

  private indexOptions(): IndexOptions {
    return teamIndexOptions(this.settings);
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
