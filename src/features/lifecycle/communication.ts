// "Log contact", and the check-in and feedback-survey notes written from templates into
// `<client>/Check-ins/` and `<client>/Feedback/` (today's note is opened when it exists).

import { Notice } from "obsidian";
import type ClientDeskPlugin from "../../main";
import type { Client } from "../../core/shared/types";
import { pickClient } from "../../ui/pick-modal";
import { ContactModal } from "./contact-modal";

export function registerCommunication(plugin: ClientDeskPlugin): void {
  const t = plugin.t;
  plugin.addCommand({
    id: "log-contact",
    name: t("lifecycle.command.log-contact"),
    callback: async () => {
      await plugin.indexer.whenReady;
      pickClient(plugin, t("lifecycle.pick.client"), (client) => new ContactModal(plugin, client).open());
    },
  });
  for (const kind of ["checkin", "survey"] as const) {
    plugin.addCommand({
      id: kind === "checkin" ? "write-checkin" : "write-feedback-survey",
      name: t(kind === "checkin" ? "lifecycle.command.checkin" : "lifecycle.command.survey"),
      callback: async () => {
        await plugin.indexer.whenReady;
        pickClient(plugin, t("lifecycle.pick.client"), (client) => void writeDated(plugin, client, kind), (c) => c.status !== "archived");
      },
    });
  }
}

export async function writeDated(plugin: ClientDeskPlugin, client: Client, kind: "checkin" | "survey"): Promise<void> {
  const t = plugin.t;
  const r = await plugin.lifecycle.datedNote(client, kind, Date.now());
  if (!r.ok) {
    new Notice(t(r.key, r.params));
    return;
  }
  if (!r.created) new Notice(t("lifecycle.dated.exists", { file: r.file.path }));
  await plugin.app.workspace.openLinkText(r.file.path, "", false);
}
