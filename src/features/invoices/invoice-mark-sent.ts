import type ClientDeskPlugin from "../../main";
import type { InvoiceService } from "./invoice-service";

/** "Mark invoice as sent": the open invoice note, draft → sent. */
export function registerInvoiceMarkSent(plugin: ClientDeskPlugin, service: InvoiceService): void {
  plugin.addCommand({
    id: "invoice-mark-sent",
    name: plugin.t("command.invoice-sent"),
    checkCallback: (checking) => {
      const active = service.activeInvoice();
      if (!active) return false;
      if (!checking) {
        void service.markSent(active.file, active.invoice).then((r) =>
          r.ok ? service.notice("invoice.notice.sent", { number: active.invoice.number }) : service.notice(r.key, r.params),
        );
      }
      return true;
    },
  });
}
