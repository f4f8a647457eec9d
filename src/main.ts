// Client Desk: the plugin's entry. onload only wires things up; indexing waits for layout-ready.

import { Plugin } from "obsidian";
import type { Settings } from "./core/shared/types";
import { translator, type Translate } from "./core/i18n";
import { resolveZone } from "./core/shared/zones";
import type { IndexOptions } from "./core/index/vault-index";
import { Indexer } from "./obsidian/indexer";
import { readSettings } from "./obsidian/settings";
import { uiLanguage } from "./obsidian/language";
import { ClientDeskSettingTab } from "./ui/settings-tab";
import { DIAGNOSTICS_VIEW, DiagnosticsView } from "./ui/diagnostics-view";
import { openDiagnostics, registerCheckData } from "./commands/check-data";
import type { TimerService } from "./obsidian/timer-service";
import { setupTimer } from "./obsidian/timer-setup";
import { registerImportCsv } from "./commands/import-csv";
import { registerExportCsv } from "./commands/export-csv";
import { registerAgenda } from "./commands/open-agenda";
import { registerPlanTemplate } from "./commands/plan-fill-template";
import { registerFindMeetingSlot } from "./commands/find-meeting-slot";
import { registerPlanner } from "./commands/open-planner";
import { refreshPlanners } from "./ui/planner/planner-view";
import type { LifecycleWriter } from "./obsidian/lifecycle-writer";
import { setupLifecycle } from "./obsidian/lifecycle-setup";
import { setupReports } from "./obsidian/report-setup";
import type { ReportScheduler } from "./obsidian/report-scheduler";
import { setupInvoices } from "./obsidian/invoice-setup";
import type { InvoiceService } from "./obsidian/invoice-service";

export default class ClientDeskPlugin extends Plugin {
  declare settings: Settings;
  indexer!: Indexer;
  timer!: TimerService;
  lifecycle!: LifecycleWriter;
  reports!: ReportScheduler;
  invoices!: InvoiceService;
  t: Translate = translator("en");

  override async onload(): Promise<void> {
    this.settings = readSettings(await this.loadData());
    this.t = translator(uiLanguage(this.settings));
    this.indexer = this.addChild(new Indexer(this.app, this.indexOptions()));

    this.registerView(DIAGNOSTICS_VIEW, (leaf) => new DiagnosticsView(leaf, this));
    registerCheckData(this);
    setupTimer(this);
    registerImportCsv(this);
    registerExportCsv(this);
    registerAgenda(this);
    registerPlanTemplate(this);
    registerFindMeetingSlot(this);
    registerPlanner(this);
    setupLifecycle(this);
    this.reports = setupReports(this);
    this.invoices = setupInvoices(this);
    this.addRibbonIcon("briefcase", this.t("ribbon.open"), () => void openDiagnostics(this));
    this.addSettingTab(new ClientDeskSettingTab(this.app, this));

    this.app.workspace.onLayoutReady(() => this.indexer.start());
  }

  /** data.json changed on another device (Obsidian Sync): take the new settings. */
  override async onExternalSettingsChange(): Promise<void> {
    await this.updateSettings(readSettings(await this.loadData()), false);
  }

  indexOptions(): IndexOptions {
    return {
      clientsRoot: this.settings.clientsRoot,
      plannerFolder: this.settings.plannerFolder,
      timezone: resolveZone(this.settings.timeZone),
      currency: this.settings.homeCurrency,
    };
  }

  async updateSettings(patch: Partial<Settings>, persist = true): Promise<void> {
    const before = this.indexOptions();
    this.settings = readSettings({ ...this.settings, ...patch });
    this.t = translator(uiLanguage(this.settings));
    if (persist) await this.saveData(this.settings);
    const after = this.indexOptions();
    const moved = (Object.keys(after) as (keyof IndexOptions)[]).some((k) => after[k] !== before[k]);
    if (moved && this.indexer.ready) await this.indexer.rebuild(after);
    refreshPlanners(this);
  }
}
