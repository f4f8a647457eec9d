// @vitest-environment node
// `client-desk invoice send|pay|void NUMBER`: the plugin's rules on a vault folder, only the fields
// that change touched in the note, and a payment above the balance refused even when several
// processes pay at once.
import { spawn as spawnChild } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { InvoiceChangeJson } from "../../src/cli/commands/invoice-lifecycle";
import { BIN, hashTree, parse, removeDir, run, spawn, tempDir, writeTree } from "./helpers";
import { clientNotePath, CLIENTS, note, settingsFile } from "../support/vault";

const NOW = "2026-11-03T10:00+07:00";
const FILE = "Clients/Harbour Goods/Invoices/INV-2026-0001.md";
const LOG = [
  "- [start:: 2026-10-06T09:00+11:00] [end:: 2026-10-06T10:30+11:00] [task:: [[Newsletter]]] Drafted ^cd-oct00001",
  "- [start:: 2026-10-31T23:50+11:00] [end:: 2026-11-01T00:20+11:00] Late call ^cd-oct00002",
  "",
].join("\n");

let vault: string;
beforeEach(() => {
  vault = tempDir();
  writeTree(vault, {
    ...settingsFile({ timeZone: "Asia/Ho_Chi_Minh" }),
    [clientNotePath("Harbour Goods")]: note([...CLIENTS.harbour, "rounding: 15 up", "tax: [GST 10%]", "payment_terms: 14"]),
    "Clients/Harbour Goods/Log/2026-10.md": LOG,
  });
  // A$99.00: 90 + 30 minutes at A$45 rounded up to 15, plus GST.
  expect(run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--month", "2026-10", "--now", NOW]).code).toBe(0);
});
afterEach(() => removeDir(vault));

const text = () => readFileSync(join(vault, FILE), "utf8");
const invoice = (...args: string[]) => run(["invoice", ...args, "--vault", vault]);
const json = (...args: string[]) => {
  const r = invoice(...args, "--json");
  return { ...r, out: r.stdout === "" ? null : parse<InvoiceChangeJson>(r.stdout) };
};

/** The lines that differ between two texts of the same length in lines. */
function changedLines(a: string, b: string): [string, string][] {
  const x = a.split("\n");
  const y = b.split("\n");
  expect(y.length).toBe(x.length);
  return x.flatMap((line, i) => (line === y[i] ? [] : [[line, y[i]] as [string, string]]));
}

describe("client-desk invoice send|pay|void", () => {
  it("send, two payments and paid in full: only those fields' lines change, CRLF, comments and the body kept", () => {
    // The note as a person may have left it: Windows line endings, a comment, a field of their own.
    const crlf = text().replace("status: draft", "status: draft # check the GST first").replace("cssclasses:", "my_tag: keep\ncssclasses:").replace(/\n/g, "\r\n");
    writeFileSync(join(vault, FILE), crlf);

    const sent = json("send", "INV-2026-0001");
    expect(sent.code).toBe(0);
    expect(sent.out).toEqual({
      action: "send",
      changed: true,
      number: "INV-2026-0001",
      file: FILE,
      client: "Harbour Goods",
      refused: null,
      status: "sent",
      currency: "AUD",
      total: 9900,
      deposit: 0,
      paid: 0,
      balance: 9900,
      payment: null,
      seal: expect.stringMatching(/^[0-9a-f]{8}$/) as string,
    });
    const afterSend = text();
    expect(changedLines(crlf, afterSend)).toEqual([["status: draft # check the GST first\r", "status: sent # check the GST first\r"]]);

    const part = invoice("pay", "inv-2026-0001", "--amount", "40", "--date", "2026-11-20", "--method", "Wise");
    expect(part.stderr).toBe("");
    expect(part.stdout).toBe(`Payment of A$40.00 recorded on INV-2026-0001; balance A$59.00.\nChanged ${FILE}: status sent, paid A$40.00, balance A$59.00\n`);
    // One line added: the flat date of the latest payment, for Properties and Bases.
    expect(text().match(/^paid_on: [^\r\n]*/gm)).toEqual(['paid_on: "2026-11-20"']);
    expect(changedLines(afterSend, text().replace(/^paid_on: [^\n]*\n/m, ""))).toEqual([
      ["paid: 0\r", "paid: 40\r"],
      ["balance: 99.00\r", "balance: 59\r"],
      ["payments: []\r", 'payments: ["2026-11-20 40.00 Wise"]\r'],
    ]);

    const rest = json("pay", "INV-2026-0001", "--amount", "59.00", "--date", "2026-11-25");
    expect(rest.out).toMatchObject({ changed: true, status: "paid", paid: 9900, balance: 0, payment: { date: "2026-11-25", amount: 5900, method: "" } });
    const final = text();
    expect(final).toContain('payments: ["2026-11-20 40.00 Wise", "2026-11-25 59.00"]\r\n');
    expect(final).toContain("status: paid # check the GST first\r\n");
    expect(final).toContain("my_tag: keep\r\n");
    expect(final.match(/^paid_on: [^\r\n]*/gm)).toEqual(['paid_on: "2026-11-25"']);
    expect(final.match(/(?<!\r)\n/g)).toBeNull();
    expect(final.slice(final.indexOf("\r\n---\r\n"))).toBe(crlf.slice(crlf.indexOf("\r\n---\r\n")));
    // The vault reads cleanly afterwards: no integrity problem.
    const check = parse<{ diagnostics: { code: string }[] }>(run(["check", "--vault", vault, "--json"]).stdout);
    expect(check.diagnostics.filter((d) => d.code.startsWith("invoice-") && d.code !== "invoice-entry-missing")).toEqual([]);
  });

  it("refuses a payment larger than the balance, naming both amounts, and changes nothing", () => {
    invoice("send", "INV-2026-0001");
    const before = hashTree(vault);
    const r = invoice("pay", "INV-2026-0001", "--amount", "99.01", "--date", "2026-11-20");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("client-desk: 99.01 is more than the balance of INV-2026-0001 (99.00). Nothing was recorded.\n");
    const j = json("pay", "INV-2026-0001", "--amount", "100", "--date", "2026-11-20", "--lang", "vi");
    expect(j.code).toBe(1);
    expect(j.out).toMatchObject({ changed: false, refused: { code: "payment-too-large", message: "100.00 lớn hơn số còn phải trả của INV-2026-0001 (99.00). Chưa ghi nhận gì." }, status: "sent", balance: 9900 });
    expect(hashTree(vault)).toEqual(before);
  });

  it("a void invoice can be neither paid nor sent; an invoice with a payment cannot be voided", () => {
    expect(json("void", "INV-2026-0001").out).toMatchObject({ changed: true, status: "void" });
    expect(text()).toMatch(/^status: void$/m);
    const before = hashTree(vault);
    for (const [args, message] of [
      [["pay", "INV-2026-0001", "--amount", "1", "--date", "2026-11-20"], "Invoice INV-2026-0001 is void; no payment can be recorded on it."],
      [["send", "INV-2026-0001"], "Invoice INV-2026-0001 is void; only a draft can be marked as sent."],
      [["void", "INV-2026-0001"], "Invoice INV-2026-0001 is already void."],
    ] as const) {
      const r = invoice(...args);
      expect([r.code, r.stderr]).toEqual([1, `client-desk: ${message}\n`]);
    }
    expect(hashTree(vault)).toEqual(before);

    // A new invoice bills the void one's entries again under the next number; it gets one payment.
    expect(run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--month", "2026-10", "--now", NOW]).code).toBe(0);
    expect(invoice("pay", "INV-2026-0002", "--amount", "1", "--date", "2026-11-20").code).toBe(0);
    const r = json("void", "INV-2026-0002");
    expect(r.code).toBe(1);
    expect(r.out?.refused).toEqual({ code: "void-paid", message: "Invoice INV-2026-0002 has payments recorded; it cannot be voided." });
  });

  it.each([
    [["frobnicate", "INV-2026-0001"], "invoice takes send, pay or void and a NUMBER, or --client NAME to write a new invoice; not “frobnicate”."],
    [["send"], "invoice send needs the invoice's NUMBER, e.g. invoice send INV-2026-0001."],
    [["send", "INV-2026-0099"], "No invoice numbered “INV-2026-0099” in the vault."],
    [["send", "INV-2026-0001", "--amount", "5"], "--amount is not an option of invoice send."],
    [["pay", "INV-2026-0001", "--client", "Harbour Goods", "--amount", "5", "--date", "2026-11-20"], "--client is not an option of invoice pay."],
    [["pay", "INV-2026-0001", "--date", "2026-11-20"], "--amount is missing."],
    [["pay", "INV-2026-0001", "--amount", "5"], "--date is missing."],
    [["pay", "INV-2026-0001", "--amount", "5", "--date", "20/11/2026"], "“20/11/2026” is not a date like 2026-12-03."],
    [["pay", "INV-2026-0001", "--amount", "5.001", "--date", "2026-11-20"], "“5.001” is not an amount in AUD greater than zero."],
    [["--client", "Harbour Goods", "--amount", "5"], "--amount is not an option of invoice --client."],
  ])("usage %j: exit 2, nothing written", (args, message) => {
    const before = hashTree(vault);
    const r = invoice(...args);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `client-desk: ${message}\n`]);
    expect(hashTree(vault)).toEqual(before);
  });

  it("refuses a number that two notes carry, and a note it cannot change without touching other fields", () => {
    writeTree(vault, { "Clients/Harbour Goods/Invoices/INV-2026-0001 copy.md": text() });
    const before = hashTree(vault);
    const two = invoice("send", "INV-2026-0001");
    expect(two.code).toBe(1);
    expect(two.stderr).toMatch(/^client-desk: The number INV-2026-0001 is on 2 notes \(Clients\/Harbour Goods\/Invoices\/INV-2026-0001 copy\.md, Clients\/Harbour Goods\/Invoices\/INV-2026-0001\.md\); nothing was changed\./);
    expect(hashTree(vault)).toEqual(before);

    // A key written with an escape reads as `status`, but its line is not one this command edits.
    writeTree(vault, { "Clients/Harbour Goods/Invoices/INV-2026-0001 copy.md": "" });
    writeFileSync(join(vault, FILE), text().replace("status: draft", '"st\\u0061tus": draft'));
    const odd = hashTree(vault);
    const r = invoice("send", "INV-2026-0001");
    expect([r.code, r.stderr]).toEqual([3, `client-desk: Cannot change ${FILE} without touching other fields (the frontmatter is in a form this command does not edit); nothing was changed.\n`]);
    expect(hashTree(vault)).toEqual(odd);
  });
});

describe("check after the invoice was issued", () => {
  it("reports a hand-edited total, balance and status of a sent invoice with file, line and field, and exits 1", () => {
    invoice("send", "INV-2026-0001");
    invoice("pay", "INV-2026-0001", "--amount", "9", "--date", "2026-11-20");
    // Someone "corrects" the sent invoice by hand and calls it paid.
    writeFileSync(join(vault, FILE), text().replace("total: 99.00", "total: 90.00").replace("status: sent", "status: paid"));
    const r = run(["check", "--vault", vault]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n").filter((l) => l.startsWith(FILE));
    expect(lines).toEqual([
      `${FILE}:5 [status] error: The status is paid but 81.00 is still owed.`,
      `${FILE}:14 [total] error: subtotal 90.00 − discount 0.00 + tax 9.00 is 99.00, but total says 90.00.`,
      `${FILE}:17 [balance] error: total 90.00 − deposit 0.00 − paid 9.00 is 81.00, but balance says 90.00.`,
      expect.stringMatching(new RegExp(`^${FILE}:22 \\[seal\\] error: Invoice INV-2026-0001 is paid, and its number, client, currency, amounts or entries were changed after it was written`)),
    ]);
    const vi = run(["check", "--vault", vault, "--lang", "vi"]);
    expect(vi.stdout).toContain("Trạng thái là đã thanh toán (paid) nhưng vẫn còn phải trả 81.00.");
  });
});

describe("payments from many processes at once", () => {
  const cli = (args: string[]) =>
    new Promise<{ code: number; stderr: string }>((done) => {
      const child = spawnChild(process.execPath, [BIN, ...args], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, LANG: "C" } });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("exit", (code) => done({ code: code ?? -1, stderr }));
    });

  it("six payments of A$20 on A$99: four recorded, two refused, none lost or counted twice", async () => {
    expect(spawn(["invoice", "send", "INV-2026-0001", "--vault", vault]).code).toBe(0);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => cli(["invoice", "pay", "INV-2026-0001", "--vault", vault, "--amount", "20", "--date", "2026-11-20", "--method", `p${i}`])));
    expect(results.map((r) => r.code).sort()).toEqual([0, 0, 0, 0, 1, 1]);
    for (const r of results.filter((x) => x.code === 1)) expect(r.stderr).toMatch(/20\.00 is more than the balance of INV-2026-0001 \(19\.00\)/);
    const inv = parse<{ groups: { invoices: { paid: number; balance: number }[] }[] }>(run(["invoices", "--vault", vault, "--now", NOW, "--json"]).stdout);
    expect(inv.groups[0].invoices[0]).toMatchObject({ paid: 8000, balance: 1900 });
    expect(text().match(/2026-11-20 20\.00 p\d/g)).toHaveLength(4);
    expect(text()).toMatch(/^paid: 80$/m);
    expect(text()).toMatch(/^balance: 19$/m);
  }, 60_000);
});
