import type ClientDeskPlugin from "../../main";
import { INVOICES_VIEW } from "./invoices-view";

/** "Open invoices": the outstanding and overdue invoices by currency. */
export function registerInvoiceOpenView(plugin: ClientDeskPlugin): void {
  plugin.addCommand({
    id: "invoice-open-view",
    name: plugin.t("command.invoice-view"),
    callback: () => void openInvoicesView(plugin),
  });
}

export async function openInvoicesView(plugin: ClientDeskPlugin): Promise<void> {
  const { workspace } = plugin.app;
  const existing = workspace.getLeavesOfType(INVOICES_VIEW)[0];
  const leaf = existing ?? workspace.getLeaf("tab");
  if (!existing) await leaf.setViewState({ type: INVOICES_VIEW, active: true });
  await workspace.revealLeaf(leaf);
}
