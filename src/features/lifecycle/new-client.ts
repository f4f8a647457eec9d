import type ClientDeskPlugin from "../../main";
import { NewClientModal } from "./new-client-modal";

/** "New client": the form, then the client folder with its note and onboarding notes. */
export function registerNewClient(plugin: ClientDeskPlugin): void {
  plugin.addCommand({
    id: "new-client",
    name: plugin.t("lifecycle.command.new-client"),
    callback: async () => {
      await plugin.indexer.whenReady;
      new NewClientModal(plugin).open();
    },
  });
}
