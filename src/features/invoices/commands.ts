// The invoices' commands: create an invoice or a deposit invoice, and for the invoice note open now mark it sent, record
// a payment, void it or draft a payment reminder; and open the Invoices view.

import type { Host } from "../../ui/host";
import { ConfirmModal } from "../../ui/confirm-modal";
import type { InvoiceService } from "./invoice-service";
import { InvoiceModal } from "./invoice-modal";
import { DepositModal } from "./deposit-modal";
import { PaymentModal } from "./payment-modal";
import { INVOICES_VIEW } from "./invoices-view";
import { mayHandleMoney } from "../../adapter/working-as";

type InvoiceHost = Pick<Host, "app" | "t" | "settings" | "indexer" | "addCommand">;

export function registerInvoiceCommands(host: InvoiceHost, service: InvoiceService): void {
  // Invoices and payments are the owner's: not offered on a member's or subcontractor's device
  // (docs/team.md; Obsidian itself has no access control).
  const money = () => mayHandleMoney(host.app, host.indexer.index);
  // "Create invoice": asks the client and period, previews the totals, writes the note.
  host.addCommand({
    id: "invoice-create",
    name: host.t("command.invoice-create"),
    checkCallback: (checking) => {
      if (!money()) return false;
      if (!checking) void host.indexer.whenReady.then(() => new InvoiceModal(host, service).open());
      return true;
    },
  });
  // "Create deposit invoice": money billed before the work, credited on later invoices once paid.
  host.addCommand({
    id: "invoice-create-deposit",
    name: host.t("command.invoice-create-deposit"),
    checkCallback: (checking) => {
      if (!money()) return false;
      if (!checking) void host.indexer.whenReady.then(() => new DepositModal(host, service).open());
      return true;
    },
  });
  // "Mark invoice as sent": the open invoice note, draft → sent.
  host.addCommand({
    id: "invoice-mark-sent",
    name: host.t("command.invoice-sent"),
    checkCallback: (checking) => {
      const active = money() ? service.activeInvoice() : null;
      if (!active) return false;
      if (!checking) {
        void service.markSent(active.file, active.invoice).then((r) =>
          r.ok ? service.notice("invoice.notice.sent", { number: active.invoice.number }) : service.notice(r.key, r.params),
        );
      }
      return true;
    },
  });
  // "Record payment" on the open invoice note: amount, date, method; partial payments allowed.
  host.addCommand({
    id: "invoice-record-payment",
    name: host.t("command.invoice-payment"),
    checkCallback: (checking) => {
      const active = money() ? service.activeInvoice() : null;
      if (!active) return false;
      if (!checking) new PaymentModal(host, service, active.file, active.invoice).open();
      return true;
    },
  });
  // "Void invoice": after asking; the note and its number stay, its entries become billable again.
  host.addCommand({
    id: "invoice-void",
    name: host.t("command.invoice-void"),
    checkCallback: (checking) => {
      const active = money() ? service.activeInvoice() : null;
      if (!active) return false;
      if (checking) return true;
      const { file, invoice } = active;
      const t = host.t;
      new ConfirmModal(host.app, {
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
  // "Draft payment reminder": for the open overdue invoice, a note in the client's language.
  host.addCommand({
    id: "invoice-reminder",
    name: host.t("command.invoice-reminder"),
    checkCallback: (checking) => {
      const active = money() ? service.activeInvoice() : null;
      if (!active) return false;
      if (!checking) {
        void service.draftReminder(active.invoice).then(async (r) => {
          if (!r.ok) return service.notice(r.key, r.params);
          service.notice("invoice.notice.reminder", { file: r.path });
          await host.app.workspace.openLinkText(r.path, "", false);
        });
      }
      return true;
    },
  });
  // "Open invoices": the outstanding and overdue invoices by currency.
  host.addCommand({
    id: "invoice-open-view",
    name: host.t("command.invoice-view"),
    callback: () => void openInvoicesView(host),
  });
}

export async function openInvoicesView(host: Pick<Host, "app">): Promise<void> {
  const { workspace } = host.app;
  const existing = workspace.getLeavesOfType(INVOICES_VIEW)[0];
  const leaf = existing ?? workspace.getLeaf("tab");
  if (!existing) await leaf.setViewState({ type: INVOICES_VIEW, active: true });
  await workspace.revealLeaf(leaf);
}
