// "Log contact", and the check-in and feedback-survey notes written from templates into
// `<client>/Check-ins/` and `<client>/Feedback/` (today's note is opened when it exists).

import { Notice } from "obsidian";
import type { Host } from "../../ui/host";
import type { LifecycleWriter } from "../../adapter/lifecycle-writer";
import type { Client } from "../../core/shared/types";
import { pickClient } from "../../ui/pick-modal";
import { ContactModal } from "./contact-modal";

type ContactHost = Pick<Host, "app" | "t" | "indexer" | "zone">;

export function registerCommunication(host: ContactHost & Pick<Host, "addCommand">, writer: LifecycleWriter): void {
  const t = host.t;
  host.addCommand({
    id: "log-contact",
    name: t("lifecycle.command.log-contact"),
    callback: async () => {
      await host.indexer.whenReady;
      pickClient(host, t("lifecycle.pick.client"), (client) => new ContactModal(host, writer, client).open());
    },
  });
  for (const kind of ["checkin", "survey"] as const) {
    host.addCommand({
      id: kind === "checkin" ? "write-checkin" : "write-feedback-survey",
      name: t(kind === "checkin" ? "lifecycle.command.checkin" : "lifecycle.command.survey"),
      callback: async () => {
        await host.indexer.whenReady;
        pickClient(host, t("lifecycle.pick.client"), (client) => void writeDated(host, writer, client, kind), (c) => c.status !== "archived");
      },
    });
  }
}

export async function writeDated(host: Pick<Host, "app" | "t">, writer: LifecycleWriter, client: Client, kind: "checkin" | "survey"): Promise<void> {
  const t = host.t;
  const r = await writer.datedNote(client, kind, Date.now());
  if (!r.ok) {
    new Notice(t(r.key, r.params));
    return;
  }
  if (!r.created) new Notice(t("lifecycle.dated.exists", { file: r.file.path }));
  await host.app.workspace.openLinkText(r.file.path, "", false);
}
