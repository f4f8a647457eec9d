// What the two invoice dialogs ("Create invoice", "Create deposit invoice") share: the refusal as
// the preview shows it, and writing the draft (its number taken at that moment), then opening it.

import { Modal } from "obsidian";
import type { Host } from "../../ui/host";
import { diagnosticLine, type Translate } from "../../core/i18n";
import type { InvoiceService } from "./invoice-service";
import type { InvoicePeriod } from "../../core/billing/invoice-period";
import { formatMoney } from "../../core/shared/money";
import type { DraftResult } from "../../core/billing/invoice-draft";
import type { BillingProblem } from "../../core/billing/billing";

export function problemText(t: Translate, p: BillingProblem, client: string, period: InvoicePeriod | null): string {
  if (period === null) return t("billing.nothing-left", { client });
  return t(`billing.${p.code}`, { ...p.params, client, from: period.fromDate, to: period.toDate, field: p.field ?? "" });
}

export abstract class DraftModal extends Modal {
  clientKey = "";
  private busy = false;

  constructor(
    protected readonly host: Pick<Host, "app" | "t" | "settings" | "indexer">,
    protected readonly service: InvoiceService,
  ) {
    super(host.app);
  }

  /** The draft the dialog's fields give; null when they do not read. */
  protected abstract current(): DraftResult | null;

  /** Draws the preview again (the refusal, when the draft is refused). */
  protected abstract refresh(): void;

  /** Each problem, and the first errors `check` reports, under the preview. */
  protected showRefusal(el: HTMLElement, r: Extract<DraftResult, { ok: false }>, client: string): void {
    const t = this.host.t;
    for (const p of r.problems) el.createEl("p", { cls: "client-desk-setting-error", text: problemText(t, p, client, r.period) });
    if (r.diagnostics.length === 0) return;
    el.createEl("p", { cls: "client-desk-setting-error", text: t("billing.data-errors", { client, count: r.diagnostics.length }) });
    const list = el.createEl("ul", { cls: "client-desk-invoice-problems" });
    for (const d of r.diagnostics.slice(0, 8)) list.createEl("li", { text: diagnosticLine(d, t) });
  }

  /** Writes the note; returns its path, or null when nothing was written. */
  async submit(): Promise<string | null> {
    if (this.busy) return null;
    const r = this.current();
    if (!r || !r.ok) {
      this.refresh();
      return null;
    }
    this.busy = true;
    try {
      const written = await this.service.create(r.draft);
      if (!written.ok) {
        this.service.notice(written.key, written.params);
        return null;
      }
      // The number is taken when the note is written: another invoice may have taken the previewed one.
      const c = written.draft.client;
      this.service.notice("invoice.notice.created", { number: written.draft.number, client: c.name, total: formatMoney(written.draft.totals.total, c.currency, c.language) });
      this.close();
      await this.app.workspace.openLinkText(written.path, "", false);
      return written.path;
    } finally {
      this.busy = false;
    }
  }
}
