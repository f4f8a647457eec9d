// Wires invoices into the plugin: the service, the Invoices view and the commands.

import type ClientDeskPlugin from "../../main";
import { InvoiceService } from "./invoice-service";
import { INVOICES_VIEW, InvoicesView } from "./invoices-view";
import { registerInvoiceCreate } from "./invoice-create";
import { registerInvoiceMarkSent } from "./invoice-mark-sent";
import { registerInvoiceRecordPayment } from "./invoice-record-payment";
import { registerInvoiceVoid } from "./invoice-void";
import { registerInvoiceReminder } from "./invoice-reminder";
import { registerInvoiceOpenView } from "./invoice-open-view";

export function setupInvoices(plugin: ClientDeskPlugin): InvoiceService {
  const service = new InvoiceService(plugin);
  plugin.registerView(INVOICES_VIEW, (leaf) => new InvoicesView(leaf, plugin, service));
  registerInvoiceCreate(plugin, service);
  registerInvoiceMarkSent(plugin, service);
  registerInvoiceRecordPayment(plugin, service);
  registerInvoiceVoid(plugin, service);
  registerInvoiceReminder(plugin, service);
  registerInvoiceOpenView(plugin);
  return service;
}
