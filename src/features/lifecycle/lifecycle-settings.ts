// The client lifecycle's part of the settings tab: the folders of templates, workflows,
// subcontractors and service packages.

import { Setting } from "obsidian";
import type { Host } from "../../ui/host";
import { DEFAULT_SETTINGS } from "../../core/shared/types";

type FolderKey = "templatesFolder" | "workflowsFolder" | "subcontractorsFolder" | "packagesFolder";

export function displayLifecycleSettings(containerEl: HTMLElement, host: Pick<Host, "t" | "settings" | "updateSettings">): void {
  const t = host.t;
  new Setting(containerEl).setName(t("lifecycle.settings.heading")).setHeading();
  const folder = (key: FolderKey, name: string, desc: string) =>
    new Setting(containerEl)
      .setName(name)
      .setDesc(desc)
      .addText((text) =>
        text
          .setPlaceholder(DEFAULT_SETTINGS[key])
          .setValue(host.settings[key])
          .onChange((v) => {
            const clean = v.trim().replace(/^\/+|\/+$/g, "");
            if (clean === "" || clean.split("/").includes("..")) return;
            void host.updateSettings({ [key]: clean });
          }),
      );
  folder("templatesFolder", t("lifecycle.settings.templates"), t("lifecycle.settings.templates-desc"));
  folder("workflowsFolder", t("lifecycle.settings.workflows"), t("lifecycle.settings.workflows-desc"));
  folder("subcontractorsFolder", t("lifecycle.settings.subcontractors"), t("lifecycle.settings.subcontractors-desc"));
  folder("packagesFolder", t("lifecycle.settings.packages"), t("lifecycle.settings.packages-desc"));
}
