import type ClientDeskPlugin from "../../main";
import { pickClient } from "../../ui/pick-modal";
import { RequestModal } from "./request-modal";

/** "New request": a client, then the request's fields; files a task note in the client's Tasks folder. */
export function registerNewRequest(plugin: ClientDeskPlugin): void {
  plugin.addCommand({
    id: "new-request",
    name: plugin.t("lifecycle.command.new-request"),
    callback: async () => {
      await plugin.indexer.whenReady;
      pickClient(plugin, plugin.t("lifecycle.pick.client"), (client) => new RequestModal(plugin, client).open(), (c) => c.status !== "archived");
    },
  });
}
