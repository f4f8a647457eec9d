// The lifecycle's two form commands, "New client" and "New request". The other lifecycle commands
// live beside what they do: client-status.ts, task-status.ts, workflow.ts, communication.ts and
// subcontractors.ts.

import type { Host } from "../../ui/host";
import type { LifecycleWriter } from "../../adapter/lifecycle-writer";
import { pickClient } from "../../ui/pick-modal";
import { NewClientModal } from "./new-client-modal";
import { RequestModal } from "./request-modal";
import { mayHandleMoney } from "../../adapter/working-as";

type FormHost = Pick<Host, "app" | "t" | "settings" | "indexer" | "zone" | "addCommand">;

/** "New client": the form, then the client folder with its note and onboarding notes. Sets billing: the owner's. */
export function registerNewClient(host: FormHost, writer: LifecycleWriter): void {
  host.addCommand({
    id: "new-client",
    name: host.t("lifecycle.command.new-client"),
    checkCallback: (checking) => {
      if (!mayHandleMoney(host.app, host.indexer.index)) return false;
      if (!checking) void host.indexer.whenReady.then(() => new NewClientModal(host, writer).open());
      return true;
    },
  });
}

/** "New request": a client, then the request's fields; files a task note in the client's Tasks folder. */
export function registerNewRequest(host: FormHost, writer: LifecycleWriter): void {
  host.addCommand({
    id: "new-request",
    name: host.t("lifecycle.command.new-request"),
    callback: async () => {
      await host.indexer.whenReady;
      pickClient(host, host.t("lifecycle.pick.client"), (client) => new RequestModal(host, writer, client).open(), (c) => c.status !== "archived");
    },
  });
}
