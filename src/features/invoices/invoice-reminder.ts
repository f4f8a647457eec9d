import type ClientDeskPlugin from "../../main";
import type { InvoiceService } from "./invoice-service";

/** "Draft payment reminder": for the open overdue invoice, a note in the client's language. */
export function registerInvoiceReminder(plugin: ClientDeskPlugin, service: InvoiceService): void {
  plugin.addCommand({
    id: "invoice-reminder",
    name: plugin.t("command.invoice-reminder"),
    checkCallback: (checking) => {
      const active = service.activeInvoice();
      if (!active) return false;
      if (!checking) {
        void service.draftReminder(active.invoice).then(async (r) => {
          if (!r.ok) return service.notice(r.key, r.params);
          service.notice("invoice.notice.reminder", { file: r.path });
          await plugin.app.workspace.openLinkText(r.path, "", false);
        });
      }
      return true;
    },
  });
}
