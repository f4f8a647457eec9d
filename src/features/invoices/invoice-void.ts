import type ClientDeskPlugin from "../../main";
import type { InvoiceService } from "./invoice-service";
import { ConfirmModal } from "../../ui/confirm-modal";

/** "Void invoice": after asking; the note and its number stay, its entries become billable again. */
export function registerInvoiceVoid(plugin: ClientDeskPlugin, service: InvoiceService): void {
  plugin.addCommand({
    id: "invoice-void",
    name: plugin.t("command.invoice-void"),
    checkCallback: (checking) => {
      const active = service.activeInvoice();
      if (!active) return false;
      if (checking) return true;
      const { file, invoice } = active;
      const t = plugin.t;
      new ConfirmModal(plugin.app, {
        title: t("invoice.void.title", { number: invoice.number }),
        body: t("invoice.void.body", { count: invoice.entries.length }),
        confirm: t("invoice.void.confirm"),
        cancel: t("invoice.modal.cancel"),
        warning: true,
        onConfirm: async () => {
          const r = await service.voidInvoice(file, invoice);
          if (r.ok) service.notice("invoice.notice.void", { number: invoice.number });
          else service.notice(r.key, r.params);
        },
      }).open();
      return true;
    },
  });
}
