import type ClientDeskPlugin from "../../main";
import type { InvoiceService } from "./invoice-service";
import { InvoiceModal } from "./invoice-modal";

/** "Create invoice": asks the client and period, previews the totals, writes the note. */
export function registerInvoiceCreate(plugin: ClientDeskPlugin, service: InvoiceService): void {
  plugin.addCommand({
    id: "invoice-create",
    name: plugin.t("command.invoice-create"),
    callback: async () => {
      await plugin.indexer.whenReady;
      new InvoiceModal(plugin, service).open();
    },
  });
}
