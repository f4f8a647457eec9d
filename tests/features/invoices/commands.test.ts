// Invoices on the fake Obsidian: the commands write a new invoice note, change only its
// frontmatter (payments appended, status), never touch the logs, and bill nothing twice.
import { afterEach, describe, expect, it, vi } from "vitest";
import { App, getNotices, loadPlugin, topModal } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";
import { InvoiceModal } from "../../../src/features/invoices/invoice-modal";
import { PaymentModal } from "../../../src/features/invoices/payment-modal";
import { DepositModal } from "../../../src/features/invoices/deposit-modal";
import { INVOICES_VIEW } from "../../../src/features/invoices/invoices-view";

const CLIENT = "Clients/Harbour Goods/Harbour Goods.md";
const LOG = "Clients/Harbour Goods/Log/2026-11.md";
const INV1 = "Clients/Harbour Goods/Invoices/INV-2026-0001.md";
const LOG_TEXT = [
  "---",
  "type: client-log",
  "---",
  "- [start:: 2026-11-03T09:00+11:00] [end:: 2026-11-03T10:30+11:00] [task:: [[Newsletter]]] Drafted ^cd-aaaa0001",
  "- [start:: 2026-11-10T09:00+11:00] [end:: 2026-11-10T09:40+11:00] Call ^cd-aaaa0002",
  "- [start:: 2026-11-11T09:00+11:00] [end:: 2026-11-11T09:40+11:00] Lunch #non-billable ^cd-aaaa0003",
  "A line of my own",
  "",
].join("\n");
const CLIENT_TEXT = "---\ntype: client\ntimezone: Australia/Sydney\ncurrency: AUD\nrate: 45\nrounding: 15 up\ntax: [GST 10%]\npayment_terms: 14\ncontact: Mia Tran\n---\nMy notes.\n";
const at = (iso: string) => Date.parse(iso);
type Shown = { contentEl: HTMLElement };
const top = <T,>(): T => topModal() as unknown as T;

async function start(files: Record<string, string> = {}) {
  vi.useFakeTimers({ now: at("2026-12-01T10:00:00+11:00"), toFake: ["Date"] });
  const app = new App({
    files: { [CLIENT]: CLIENT_TEXT, [LOG]: LOG_TEXT, ...files },
    pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh", businessName: "Linh Nguyen", paymentDetails: "Wise: linh@example.com" } },
  });
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  return { app, plugin };
}

async function createInvoice(app: App): Promise<{ modal: InvoiceModal; path: string | null }> {
  await app.commands.run("client-desk:invoice-create");
  const modal = top<InvoiceModal>();
  expect(modal).toBeInstanceOf(InvoiceModal);
  const path = await modal.submit();
  await app.settle();
  return { modal, path };
}

async function open(app: App, path: string) {
  await app.workspace.openLinkText(path, "", false);
  await app.settle();
}

const body = (text: string) => text.slice(text.indexOf("\n---\n") + 5);

afterEach(() => {
  vi.useRealTimers();
});

describe("invoice commands", () => {
  it("Create invoice writes last month's note in the client's zone and leaves the log as it was", async () => {
    const { app } = await start();
    const { modal, path } = await createInvoice(app);
    expect([modal.from, modal.to]).toEqual(["2026-11-01", "2026-11-30"]);
    expect(path).toBe(INV1);
    const text = app.vault.contentOf(INV1);
    expect(text).toContain("entries: [cd-aaaa0001, cd-aaaa0002]");
    expect(text).toContain("total: 111.38");
    expect(text).toContain("| Newsletter | 1.50 h | A$45.00/h | A$67.50 |");
    expect(text).toContain("Wise: linh@example.com");
    expect(app.vault.contentOf(LOG)).toBe(LOG_TEXT);
    expect(getNotices()).toContain("Invoice INV-2026-0001 created for Harbour Goods: A$111.38.");
    expect(app.workspace.getActiveFile()?.path).toBe(INV1);
  });

  it("creating again for the same period bills nothing twice and writes nothing", async () => {
    const { app } = await start();
    await createInvoice(app);
    const before = app.vault.snapshot();
    await app.commands.run("client-desk:invoice-create");
    const modal = top<InvoiceModal>();
    // Nothing left: the dialog says so and offers last month, which bills nothing twice.
    expect(modal.contentEl.textContent).toContain("Harbour Goods has nothing left to bill");
    expect([modal.from, modal.to]).toEqual(["2026-11-01", "2026-11-30"]);
    expect(modal.contentEl.textContent).toContain("Harbour Goods has no billable, unbilled entries from 2026-11-01 to 2026-11-30.");
    modal.from = "2026-11-01";
    modal.to = "2026-11-30";
    expect(await modal.submit()).toBeNull();
    expect(app.vault.snapshot()).toEqual(before);
  });

  it("Mark as sent, partial payments, a payment above the balance refused, then paid: frontmatter only", async () => {
    const { app, plugin } = await start();
    await createInvoice(app);
    const original = body(app.vault.contentOf(INV1));
    await open(app, INV1);
    await app.commands.run("client-desk:invoice-mark-sent");
    await app.settle();
    expect(app.vault.contentOf(INV1)).toMatch(/^status: sent$/m);
    expect(plugin.indexer.index.invoices.byPath(INV1)?.status).toBe("sent");

    await app.commands.run("client-desk:invoice-record-payment");
    let pay = top<PaymentModal>();
    expect(pay.amount).toBe("111.38");
    pay.amount = "100";
    pay.date = "2026-12-03";
    pay.method = "Wise";
    expect(await pay.submit()).toMatchObject({ ok: true });
    await app.settle();
    let inv = plugin.indexer.index.invoices.byPath(INV1);
    expect(inv).toMatchObject({ paid: 10000, balance: 1138, status: "sent" });

    await app.commands.run("client-desk:invoice-record-payment");
    pay = top<PaymentModal>();
    pay.amount = "30";
    const beforeRefusal = app.vault.contentOf(INV1);
    expect(await pay.submit()).toMatchObject({ ok: false, key: "invoice.notice.payment-too-large" });
    expect(pay.contentEl.textContent).toContain("30.00 is more than the balance of INV-2026-0001 (11.38). Nothing was recorded.");
    expect(app.vault.contentOf(INV1)).toBe(beforeRefusal);
    pay.amount = "11.38";
    pay.date = "2026-12-09";
    pay.method = "PayPal";
    expect(await pay.submit()).toMatchObject({ ok: true });
    await app.settle();
    inv = plugin.indexer.index.invoices.byPath(INV1);
    expect(inv).toMatchObject({ paid: 11138, balance: 0, status: "paid" });
    expect(inv?.payments.map((p) => [p.date, p.amount, p.method])).toEqual([
      ["2026-12-03", 10000, "Wise"],
      ["2026-12-09", 1138, "PayPal"],
    ]);
    expect(body(app.vault.contentOf(INV1))).toBe(original);
  });

  it("Void asks first, keeps the note and its number; the entries are billed again under a new number", async () => {
    const { app } = await start();
    await createInvoice(app);
    await open(app, INV1);
    await app.commands.run("client-desk:invoice-void");
    const confirm = topModal() as unknown as Shown;
    const button = [...confirm.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Void");
    button?.click();
    await app.settle();
    expect(app.vault.contentOf(INV1)).toMatch(/^status: void$/m);
    const { path } = await createInvoice(app);
    expect(path).toBe("Clients/Harbour Goods/Invoices/INV-2026-0002.md");
    expect(app.vault.contentOf(path!)).toContain("entries: [cd-aaaa0001, cd-aaaa0002]");
  });

  it("a deleted invoice note frees its entries; the invoice commands on other notes is not offered", async () => {
    const { app, plugin } = await start();
    await createInvoice(app);
    app.vault.externalDelete(INV1);
    await app.settle();
    expect(plugin.invoices.draft("Harbour Goods", null)?.ok).toBe(true);
    await open(app, LOG);
    expect(app.commands.executeCommandById("client-desk:invoice-record-payment")).toBe(false);
  });

  it("an overdue invoice gets a polite reminder in the client's language; the Invoices view lists it with days overdue", async () => {
    const { app, plugin } = await start();
    await createInvoice(app);
    await open(app, INV1);
    await app.commands.run("client-desk:invoice-mark-sent");
    await app.settle();
    vi.setSystemTime(at("2026-12-15T23:59:00+11:00"));
    await app.commands.run("client-desk:invoice-reminder");
    await app.settle();
    expect(getNotices()).toContain("Invoice INV-2026-0001 is not overdue.");
    vi.setSystemTime(at("2026-12-20T09:00:00+11:00"));
    await app.commands.run("client-desk:invoice-reminder");
    await app.settle();
    const reminder = "Clients/Harbour Goods/Invoices/Reminders/INV-2026-0001 2026-12-20.md";
    const text = app.vault.contentOf(reminder);
    expect(text).toContain("Dear Mia Tran,");
    expect(text).toContain("has a balance of A$111.38 that was due on 15 Dec 2026; it is now 5 days overdue.");
    expect(plugin.indexer.index.invoices.records()).toHaveLength(1);

    await app.commands.run("client-desk:invoice-open-view");
    await app.settle();
    const view = app.workspace.getLeavesOfType(INVOICES_VIEW)[0].view as unknown as Shown;
    expect(view.contentEl.querySelector("h5")?.textContent).toBe("AUD: A$111.38 outstanding, A$111.38 overdue");
    expect(view.contentEl.querySelector(".client-desk-invoice-row.is-overdue")?.textContent).toContain("5 days overdue");
  });

  it("two invoice notes claiming one entry and a hand-typed number collision are listed as problems", async () => {
    const copy = (n: string) => `---\ntype: invoice\nnumber: ${n}\nstatus: sent\ncurrency: AUD\nissued: "2026-12-01"\ntotal: 10\nentries: [cd-aaaa0001]\n---\n`;
    const { plugin } = await start({
      "Clients/Harbour Goods/Invoices/INV-2026-0001.md": copy("INV-2026-0001"),
      "Clients/Harbour Goods/Invoices/INV-2026-0001 copy.md": copy("INV-2026-0001"),
    });
    const codes = plugin.indexer.index.diagnostics().map((d) => [d.code, d.file]);
    expect(codes).toContainEqual(["invoice-number-duplicate", "Clients/Harbour Goods/Invoices/INV-2026-0001.md"]);
    expect(codes).toContainEqual(["invoice-entry-claimed-twice", "Clients/Harbour Goods/Invoices/INV-2026-0001.md"]);
    // Billed once: the next invoice for November has only the other entry.
    const d = plugin.invoices.draft("Harbour Goods", null);
    expect(d?.ok && d.draft.entryIds).toEqual(["cd-aaaa0002"]);
    expect(d?.ok && d.draft.number).toBe("INV-2026-0002");
  });
});

describe("Create deposit invoice", () => {
  const typeInto = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event("input"));
  };

  it("bills the client's deposit percent of a price, and once paid the next invoice credits it", async () => {
    const { app } = await start({ [CLIENT]: CLIENT_TEXT.replace("contact:", "deposit: 30\ncontact:") });
    await app.commands.run("client-desk:invoice-create-deposit");
    const modal = top<DepositModal & Shown>();
    expect(modal).toBeInstanceOf(DepositModal);
    const [amount, forText] = [...modal.contentEl.querySelectorAll<HTMLInputElement>("input[type=text]")];
    const preview = () => modal.contentEl.querySelector(".client-desk-invoice-preview")?.textContent ?? "";
    expect(preview()).toContain("deposit percent: 30%");
    typeInto(amount, "12.345");
    expect(preview()).toContain("“12.345” is not an amount above zero in AUD");
    expect(await modal.submit()).toBeNull();
    typeInto(amount, "1000");
    modal.contentEl.querySelector<HTMLElement>(".checkbox-container")!.click();
    typeInto(forText, "Website [[launch]]");
    expect(preview()).toBe("A deposit invoice of A$300.00, due 2026-12-15. No tax or discount: those are on the invoices of the work.");
    const path = await modal.submit();
    await app.settle();
    expect(path).toBe(INV1);
    const text = app.vault.contentOf(INV1);
    expect(text).toContain("invoice_kind: deposit");
    expect(text).toContain("total: 300.00");
    // What the VA typed, a link to the package note included, as the line's text.
    expect(text).toContain("| Deposit: Website [[launch]] | 1 |  | A$300.00 |");
    expect(getNotices()).toContain("Invoice INV-2026-0001 created for Harbour Goods: A$300.00.");
    app.vault.externalWrite(INV1, text.replace("status: draft", "status: paid").replace("paid: 0", "paid: 300.00").replace("balance: 300.00", "balance: 0"));
    await app.settle();
    const { path: next } = await createInvoice(app);
    const work = app.vault.contentOf(next!);
    // November's A$111.38, all of it out of the A$300 paid upfront.
    expect(work).toContain("total: 111.38");
    expect(work).toContain("deposit_applied: 111.38");
    expect(work).toContain("balance: 0");
    expect(app.vault.contentOf(LOG)).toBe(LOG_TEXT);
  });

  it("refuses while the client note has an error, and writes nothing", async () => {
    const { app } = await start({ [CLIENT]: CLIENT_TEXT.replace("currency: AUD", "currency: AUDD") });
    const before = app.vault.snapshot();
    await app.commands.run("client-desk:invoice-create-deposit");
    const modal = top<DepositModal & Shown>();
    expect(modal).toBeInstanceOf(DepositModal);
    const amount = modal.contentEl.querySelector<HTMLInputElement>("input[type=text]")!;
    typeInto(amount, "500");
    expect(modal.contentEl.querySelector(".client-desk-invoice-preview")?.textContent).toContain("Harbour Goods: the client data has 1 error");
    expect(await modal.submit()).toBeNull();
    expect(app.vault.snapshot()).toEqual(before);
  });
});

