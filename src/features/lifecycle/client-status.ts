// "Set client status" (lead → onboarding → active → paused → archived) and "Show open onboarding
// items" (the unticked lines of the intake checklist).

import { Notice } from "obsidian";
import type { Client, ClientStatus } from "../../core/shared/types";
import type ClientDeskPlugin from "../../main";
import { nextStatuses, openChecklistItems } from "../../core/lifecycle/client-status";
import { PickModal, pickClient } from "../../ui/pick-modal";
import { writeClientStatus } from "../../adapter/note-fields";

export function registerClientStatus(plugin: ClientDeskPlugin): void {
  const t = plugin.t;
  plugin.addCommand({
    id: "set-client-status",
    name: t("lifecycle.command.set-client-status"),
    callback: async () => {
      await plugin.indexer.whenReady;
      pickClient(plugin, t("lifecycle.pick.client"), (client) => {
        const items = nextStatuses(client.status).map((s) => ({ value: s, label: t(`lifecycle.status.${s}`) }));
        new PickModal(plugin.app, items, t("lifecycle.pick.status", { client: client.name, status: t(`lifecycle.status.${client.status}`) }), (to) => void setClientStatus(plugin, client, to)).open();
      });
    },
  });
  plugin.addCommand({
    id: "onboarding-open-items",
    name: t("lifecycle.command.onboarding-open"),
    callback: async () => {
      await plugin.indexer.whenReady;
      pickClient(plugin, t("lifecycle.pick.client"), (client) => void showOpenItems(plugin, client), (c) => c.status === "onboarding" || c.status === "lead");
    },
  });
}

export async function setClientStatus(plugin: ClientDeskPlugin, client: Client, to: ClientStatus): Promise<void> {
  const t = plugin.t;
  const file = plugin.app.vault.getFileByPath(client.notePath);
  if (!file) {
    new Notice(t("lifecycle.error.note-missing", { file: client.notePath }));
    return;
  }
  await writeClientStatus(plugin.app, file, to);
  new Notice(t("lifecycle.status.done", { client: client.name, status: t(`lifecycle.status.${to}`) }));
  if (client.status === "onboarding" || to === "onboarding") await showOpenItems(plugin, client);
}

/** A notice listing the intake checklist's unticked items, or saying there are none. */
export async function showOpenItems(plugin: ClientDeskPlugin, client: Client): Promise<string[]> {
  const t = plugin.t;
  const file = plugin.lifecycle.intakeFile(client.key, client.language);
  if (!file) {
    new Notice(t("lifecycle.onboarding.no-checklist", { client: client.name }));
    return [];
  }
  const items = openChecklistItems(await plugin.app.vault.read(file)).map((i) => i.text);
  new Notice(
    items.length === 0
      ? t("lifecycle.onboarding.all-done", { client: client.name })
      : `${t("lifecycle.onboarding.open", { client: client.name, count: items.length })}\n${items.map((i) => `• ${i}`).join("\n")}`,
    10_000,
  );
  return items;
}
