// Smoke page for the harness: a plugin with a settings tab (toggle, dropdown, text) shown in the
// fake settings window, in whatever theme the body already has.
import { type App as ObsidianApp, Plugin, PluginSettingTab, Setting } from "obsidian";
import { App, loadPlugin } from "../../fake/obsidian";
import { whenPageReady } from "../../fake/page";

interface SmokeSettings {
  trackTime: boolean;
  weekStart: string;
  clientsFolder: string;
}

class SmokeTab extends PluginSettingTab {
  constructor(
    app: ObsidianApp,
    private readonly smoke: SmokePlugin,
  ) {
    super(app, smoke);
  }

  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    new Setting(containerEl).setName("Tracking").setHeading();
    new Setting(containerEl)
      .setName("Track time")
      .setDesc("Start a timer from the client note.")
      .addToggle((t) =>
        t.setValue(this.smoke.settings.trackTime).onChange((v) => {
          this.smoke.settings.trackTime = v;
          this.smoke.statusEl.setText(`Tracking: ${v ? "on" : "off"}`);
        }),
      );
    new Setting(containerEl)
      .setName("Week starts on")
      .addDropdown((d) => d.addOptions({ mon: "Monday", sun: "Sunday" }).setValue(this.smoke.settings.weekStart).onChange((v) => (this.smoke.settings.weekStart = v)));
    new Setting(containerEl)
      .setName("Clients folder")
      .setDesc("Where client folders live.")
      .addText((t) => t.setPlaceholder("Clients").setValue(this.smoke.settings.clientsFolder).onChange((v) => (this.smoke.settings.clientsFolder = v)));
  }
}

class SmokePlugin extends Plugin {
  override settings: SmokeSettings = { trackTime: false, weekStart: "mon", clientsFolder: "Clients" };
  statusEl!: HTMLElement;

  override async onload(): Promise<void> {
    this.settings = { ...this.settings, ...((await this.loadData()) as Partial<SmokeSettings> | null) };
    this.statusEl = this.addStatusBarItem();
    this.statusEl.setText(`Tracking: ${this.settings.trackTime ? "on" : "off"}`);
    this.addSettingTab(new SmokeTab(this.app, this));
  }
}

whenPageReady(async () => {
  const app = new App({ files: { "Clients/Acme/Acme.md": "---\ntype: client\n---\n" } });
  await loadPlugin(SmokePlugin, app);
  await app.startLayout();
  app.setting.openTabById("client-desk");
});
