import type ClientDeskPlugin from "../../main";
import type { InvoiceService } from "./invoice-service";
import { PaymentModal } from "./payment-modal";

/** "Record payment" on the open invoice note: amount, date, method; partial payments allowed. */
export function registerInvoiceRecordPayment(plugin: ClientDeskPlugin, service: InvoiceService): void {
  plugin.addCommand({
    id: "invoice-record-payment",
    name: plugin.t("command.invoice-payment"),
    checkCallback: (checking) => {
      const active = service.activeInvoice();
      if (!active) return false;
      if (!checking) new PaymentModal(plugin, service, active.file, active.invoice).open();
      return true;
    },
  });
}
