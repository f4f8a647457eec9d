// "Set client status" (lead → onboarding → active → paused → archived) and "Show open onboarding
// items" (the unticked lines of the intake checklist).

import { Notice } from "obsidian";
import type { Client, ClientStatus } from "../../core/shared/types";
import type { Host } from "../../ui/host";
import type { LifecycleWriter } from "../../adapter/lifecycle-writer";
import { nextStatuses, openChecklistItems } from "../../core/lifecycle/client-status";
import { PickModal, pickClient } from "../../ui/pick-modal";
import { writeClientStatus } from "../../adapter/note-fields";
import { withNotice } from "../../ui/write-notice";

type StatusHost = Pick<Host, "app" | "t" | "indexer">;

export function registerClientStatus(host: StatusHost & Pick<Host, "addCommand">, writer: LifecycleWriter): void {
  const t = host.t;
  host.addCommand({
    id: "set-client-status",
    name: t("lifecycle.command.set-client-status"),
    callback: async () => {
      await host.indexer.whenReady;
      pickClient(host, t("lifecycle.pick.client"), (client) => {
        const items = nextStatuses(client.status).map((s) => ({ value: s, label: t(`lifecycle.status.${s}`) }));
        new PickModal(host.app, items, t("lifecycle.pick.status", { client: client.name, status: t(`lifecycle.status.${client.status}`) }), (to) => void setClientStatus(host, writer, client, to)).open();
      });
    },
  });
  host.addCommand({
    id: "onboarding-open-items",
    name: t("lifecycle.command.onboarding-open"),
    callback: async () => {
      await host.indexer.whenReady;
      pickClient(host, t("lifecycle.pick.client"), (client) => void showOpenItems(host, writer, client), (c) => c.status === "onboarding" || c.status === "lead");
    },
  });
}

export async function setClientStatus(host: StatusHost, writer: LifecycleWriter, client: Client, to: ClientStatus): Promise<void> {
  const t = host.t;
  const file = host.app.vault.getFileByPath(client.notePath);
  if (!file) {
    new Notice(t("lifecycle.error.note-missing", { file: client.notePath }));
    return;
  }
  if (!(await withNotice(writeClientStatus(host.app, file, to)))) return;
  new Notice(t("lifecycle.status.done", { client: client.name, status: t(`lifecycle.status.${to}`) }));
  if (client.status === "onboarding" || to === "onboarding") await showOpenItems(host, writer, client);
}

/** A notice listing the intake checklist's unticked items, or saying there are none. */
export async function showOpenItems(host: StatusHost, writer: LifecycleWriter, client: Client): Promise<string[]> {
  const t = host.t;
  const file = writer.intakeFile(client.key, client.language);
  if (!file) {
    new Notice(t("lifecycle.onboarding.no-checklist", { client: client.name }));
    return [];
  }
  const items = openChecklistItems(await host.app.vault.cachedRead(file)).map((i) => i.text);
  new Notice(
    items.length === 0
      ? t("lifecycle.onboarding.all-done", { client: client.name })
      : `${t("lifecycle.onboarding.open", { client: client.name, count: items.length })}\n${items.map((i) => `• ${i}`).join("\n")}`,
    10_000,
  );
  return items;
}
