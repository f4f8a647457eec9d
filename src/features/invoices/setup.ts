// Wires invoices into the plugin: the service, the Invoices view, the commands and the invoices'
// settings section.

import type { Host } from "../../ui/host";
import { InvoiceService } from "./invoice-service";
import { INVOICES_VIEW, InvoicesView } from "./invoices-view";
import { registerInvoiceCommands } from "./commands";
import { displayInvoiceSettings } from "./invoice-settings";

export function setupInvoices(host: Host): InvoiceService {
  const service = new InvoiceService(host);
  host.registerView(INVOICES_VIEW, (leaf) => new InvoicesView(leaf, host, service));
  registerInvoiceCommands(host, service);
  host.addSettingsSection((el) => displayInvoiceSettings(el, host));
  return service;
}
