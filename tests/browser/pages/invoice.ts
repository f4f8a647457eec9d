// An invoice note in real Chromium: the plugin (on the fake Obsidian) writes it with the
// "Create invoice" flow, and the page shows it as Obsidian's reading view would, with the note's
// cssclasses on the view. The fake's MarkdownRenderer knows no tables, so a minimal renderer
// here draws headings, paragraphs with hard breaks, bold text and pipe tables with alignment.
import { App, loadPlugin, setLanguage } from "../../fake/obsidian";
import { whenPageReady } from "../../fake/page";
import ClientDeskPlugin from "../../../src/main";
import { INVOICES_VIEW } from "../../../src/features/invoices/invoices-view";

// `deposit_amount`: money received before the work, credited on this invoice (a fifth of its total).
const CLIENT = (lang: string, currency: string, rate: number, deposit: string) =>
  `---\ntimezone: Australia/Sydney\nlanguage: ${lang}\ncurrency: ${currency}\nrate: ${rate}\nrounding: 15 up\ntax: [GST 10%]\npayment_terms: 14\ncontact: Mia Tran\nemail: mia@harbourgoods.example\naddress: [12 Wharf St, Sydney NSW 2000]\ndeposit_amount: ${deposit}\n---\n`;
const LOG = [
  "- [start:: 2026-11-03T09:00+11:00] [end:: 2026-11-03T10:35+11:00] [task:: [[Newsletter]]] Drafted ^cd-aaaa0001",
  "- [start:: 2026-11-04T09:00+11:00] [end:: 2026-11-04T09:40+11:00] [task:: [[Newsletter]]] Sent ^cd-aaaa0002",
  "- [start:: 2026-11-12T14:00+11:00] [end:: 2026-11-12T16:10+11:00] [task:: [[Product uploads]]] Uploads ^cd-aaaa0003",
  "- [start:: 2026-11-20T14:00+11:00] [end:: 2026-11-20T14:10+11:00] Call with Mia ^cd-aaaa0004",
  "",
].join("\n");

// A fixed-price client on a monthly package: the package is billed with its deliverables listed.
const PACKAGE_CLIENT =
  "---\ntimezone: Australia/Sydney\nlanguage: en\ncurrency: AUD\nbilling: fixed\npackage: \"[[Social starter]]\"\ntax: [GST 10%]\npayment_terms: 14\ncontact: Mia Tran\nemail: mia@harbourgoods.example\n---\n";
const PACKAGE =
  "---\ntype: package\nname: Social starter\nprice: 450\ncurrency: AUD\nrecurring: monthly\ndeliverables:\n  - 12 posts a month on Instagram and Facebook\n  - A monthly analytics summary\n  - Replies to comments within one working day\ndone_when: All posts of the month are scheduled\n---\n";

function inline(el: HTMLElement, text: string): void {
  const parts = text.split(/(\*\*[^*]+\*\*)/);
  for (const p of parts) {
    if (p.startsWith("**") && p.endsWith("**") && p.length > 4) el.createEl("strong", { text: p.slice(2, -2) });
    else if (p !== "") el.appendText(p.replace(/\\\|/g, "|"));
  }
}

function cells(row: string): string[] {
  return row.trim().replace(/^\||\|$/g, "").split(/(?<!\\)\|/).map((c) => c.trim());
}

function render(markdown: string, el: HTMLElement): void {
  const lines = markdown.split("\n");
  let i = 0;
  if (lines[0] === "---") i = lines.indexOf("---", 1) + 1;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === "") {
      i++;
      continue;
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      inline(el.createDiv().createEl(`h${h[1].length}` as "h1"), h[2]);
      i++;
      continue;
    }
    if (line.startsWith("|")) {
      const rows: string[] = [];
      while (i < lines.length && lines[i].startsWith("|")) rows.push(lines[i++]);
      const align = cells(rows[1]).map((c) => (c.endsWith(":") ? "right" : "left"));
      const table = el.createDiv().createEl("table");
      const head = table.createEl("thead").createEl("tr");
      cells(rows[0]).forEach((c, k) => {
        const th = head.createEl("th");
        th.style.textAlign = align[k];
        inline(th, c);
      });
      const body = table.createEl("tbody");
      for (const r of rows.slice(2)) {
        const tr = body.createEl("tr");
        cells(r).forEach((c, k) => {
          const td = tr.createEl("td");
          td.style.textAlign = align[k];
          inline(td, c);
        });
      }
      continue;
    }
    if (line.startsWith("- ")) {
      const ul = el.createDiv().createEl("ul");
      while (i < lines.length && lines[i].startsWith("- ")) inline(ul.createEl("li"), lines[i++].slice(2));
      continue;
    }
    const p = el.createDiv().createEl("p");
    while (i < lines.length && lines[i].trim() !== "" && !lines[i].startsWith("#") && !lines[i].startsWith("|") && !lines[i].startsWith("- ")) {
      inline(p, lines[i].replace(/ {2}$/, ""));
      if (lines[i].endsWith("  ")) p.createEl("br");
      else p.appendText(" ");
      i++;
    }
  }
}

/** The properties block Obsidian's reading view draws above a note (one row per field). */
export function properties(parent: HTMLElement, text: string): void {
  const box = parent.createDiv({ cls: "metadata-container" }).createDiv({ cls: "metadata-content" });
  const fields = text.slice(4, text.indexOf("\n---\n", 4)).split("\n");
  for (const line of fields) {
    const i = line.indexOf(":");
    const row = box.createDiv({ cls: "metadata-property" });
    row.createDiv({ cls: "metadata-property-key", text: line.slice(0, i) });
    row.createDiv({ cls: "metadata-property-value", text: line.slice(i + 1).trim() });
  }
}

let app: App | null = null;

const driver = {
  /** Writes the invoice through the plugin and shows it; returns the note's text. */
  async show(language: "en" | "vi", withPackage = false): Promise<string> {
    // Obsidian in the client's language too: the Invoices view then reads in it.
    setLanguage(language);
    document.body.querySelectorAll(".app-container, .modal-container, .client-desk-invoice-page").forEach((el) => el.remove());
    app = new App({
      files: {
        "Clients/Harbour Goods/Harbour Goods.md": withPackage
          ? PACKAGE_CLIENT
          : language === "vi"
            ? CLIENT("vi", "VND", 250000, "275000")
            : CLIENT("en", "AUD", 45, "49.50"),
        "Clients/Harbour Goods/Log/2026-11.md": LOG,
        ...(withPackage ? { "Client Desk/Packages/Social starter.md": PACKAGE } : {}),
      },
      pluginData: {
        "client-desk": {
          timeZone: "Asia/Ho_Chi_Minh",
          businessName: "Linh Nguyen, Virtual Assistant",
          businessDetails: "District 3, Ho Chi Minh City, Vietnam\nlinh@example.com",
          paymentDetails: "Wise: linh@example.com (AUD, GBP, USD)\nPayPal: paypal.me/linhva",
        },
      },
    });
    const plugin = await loadPlugin(ClientDeskPlugin, app);
    await app.startLayout();
    await plugin.indexer.whenReady;
    const r = plugin.invoices.draft("Harbour Goods", null, Date.parse("2026-12-01T10:00:00+11:00"));
    if (!r || !r.ok) throw new Error("no invoice");
    const written = await plugin.invoices.create(r.draft);
    if (!written.ok) throw new Error(written.key);
    await app.settle();
    const text = app.vault.contentOf(written.path);
    const page = document.body.createDiv({ cls: "client-desk-invoice-page" });
    // What Obsidian's reading view puts around a note with `cssclasses: [client-desk-invoice]`.
    const view = page.createDiv({ cls: "markdown-reading-view" }).createDiv({ cls: "markdown-preview-view markdown-rendered client-desk-invoice" });
    const sizer = view.createDiv({ cls: "markdown-preview-sizer markdown-preview-section" });
    properties(sizer, text);
    render(text, sizer);
    return text;
  },
  /** Marks the invoice sent and opens the Invoices view at a time when it is overdue. */
  async openInvoicesView(): Promise<void> {
    if (!app) throw new Error("show first");
    document.body.querySelectorAll(".client-desk-invoice-page").forEach((el) => el.remove());
    const path = "Clients/Harbour Goods/Invoices/INV-2026-0001.md";
    app.vault.externalWrite(path, app.vault.contentOf(path).replace("status: draft", "status: sent"));
    // Earlier invoices, paid and void, so the list shows every status.
    const earlier = (number: string, status: string, issued: string, total: string, paid: string) =>
      `---\ntype: invoice\nnumber: "${number}"\nclient: "[[Harbour Goods]]"\nstatus: ${status}\nissued: "${issued}"\ndue: "2026-11-15"\ncurrency: AUD\nsubtotal: ${total}\ntotal: ${total}\npaid: ${paid}\nbalance: 0\npayments: ${paid === "0" ? "[]" : `["${issued} ${paid} Wise"]`}\n---\n`;
    await app.vault.create("Clients/Harbour Goods/Invoices/INV-2026-0000.md", earlier("INV-2026-0000", "paid", "2026-11-01", "360", "360"));
    await app.vault.create("Clients/Harbour Goods/Invoices/INV-2025-0099.md", earlier("INV-2025-0099", "void", "2026-10-01", "90", "0"));
    await app.settle();
    await app.commands.run("client-desk:invoice-open-view");
    await app.settle();
    const leaf = app.workspace.getLeavesOfType(INVOICES_VIEW)[0];
    (leaf.view as unknown as { render(force: boolean, now: number): void }).render(true, Date.parse("2026-12-20T09:00:00+11:00"));
  },
};

(window as unknown as { invoicePage: typeof driver }).invoicePage = driver;
whenPageReady(() => undefined);
