// @vitest-environment node
// `client-desk invoice` and `invoices` on a small vault with a fixed clock.
import { spawn as spawnChild } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { InvoiceJson } from "../../src/cli/commands/invoice";
import type { InvoicesJson } from "../../src/cli/commands/invoices";
import { BIN, hashTree, parse, removeDir, run, spawn, tempDir, writeTree } from "./helpers";
import { clientNotePath, CLIENTS, note, settingsFile } from "../support/vault";

const LOG = [
  "- [start:: 2026-10-06T09:00+11:00] [end:: 2026-10-06T10:30+11:00] [task:: [[Newsletter]]] Drafted ^cd-oct00001",
  "- [start:: 2026-10-31T23:50+11:00] [end:: 2026-11-01T00:20+11:00] Late call ^cd-oct00002",
  "- [start:: 2026-11-01T00:10+11:00] [end:: 2026-11-01T00:40+11:00] November ^cd-nov00001",
  "",
].join("\n");

let vault: string;
beforeEach(() => {
  vault = tempDir();
  writeTree(vault, {
    ...settingsFile({ timeZone: "Asia/Ho_Chi_Minh", businessName: "Linh Nguyen", paymentDetails: "Wise: linh@example.com" }),
    [clientNotePath("Harbour Goods")]: note([...CLIENTS.harbour, "rounding: 15 up", "tax: [GST 10%]", "payment_terms: 14"]),
    "Clients/Harbour Goods/Log/2026-10.md": LOG,
    "Clients/No Rate/No Rate.md": "---\ntimezone: Europe/London\ncurrency: GBP\n---\n",
    "Clients/No Rate/Log/2026-10.md": "- [start:: 2026-10-06T09:00+01:00] [end:: 2026-10-06T10:00+01:00] Work ^cd-norate01\n",
  });
});
afterEach(() => removeDir(vault));

const NOW = "2026-11-03T10:00+07:00";

describe("client-desk invoice", () => {
  it("writes the month's invoice in the client's zone; running it again bills nothing twice", () => {
    const r = run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--month", "2026-10", "--now", NOW, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = parse<InvoiceJson>(r.stdout);
    expect(out).toMatchObject({ written: true, file: "Clients/Harbour Goods/Invoices/INV-2026-0001.md", periodFrom: "2026-10-01", periodTo: "2026-10-31" });
    // 23:50 on 31 Oct in Sydney is October's; 00:10 on 1 Nov is not.
    expect(out.invoice?.entries).toEqual(["cd-oct00001", "cd-oct00002"]);
    expect(out.invoice).toMatchObject({ currency: "AUD", issued: "2026-11-03", due: "2026-11-17", subtotal: 9000, tax: 900, total: 9900, balance: 9900 });
    const text = readFileSync(join(vault, out.file!), "utf8");
    expect(text).toContain("| **Balance due** | **A$99.00** |");

    const before = hashTree(vault);
    const again = run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--month", "2026-10", "--now", NOW]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe("client-desk: No invoice was written: Harbour Goods has no billable, unbilled entries from 2026-10-01 to 2026-10-31.\n");
    expect(hashTree(vault)).toEqual(before);
  });

  it("--dry-run writes nothing; the default period is the whole month left to bill", () => {
    run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--from", "2026-10-01", "--to", "2026-10-15", "--now", NOW]);
    const before = hashTree(vault);
    const r = run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--now", NOW, "--dry-run"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").slice(0, 2)).toEqual([
      "Dry run: nothing was written. It would be Clients/Harbour Goods/Invoices/INV-2026-0002.md",
      "INV-2026-0002 for Harbour Goods, 2026-10-01 – 2026-10-31: 1 entry, total A$24.75, balance A$24.75, due 2026-11-17",
    ]);
    expect(hashTree(vault)).toEqual(before);
  });

  it("with nothing left to bill, writes nothing and exits 1", () => {
    expect(run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--now", NOW]).code).toBe(0);
    const before = hashTree(vault);
    const r = run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--now", NOW, "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ written: false, periodFrom: null, periodTo: null, problems: [{ code: "invoice-nothing" }] });
    expect(run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--now", NOW]).stderr).toContain("Harbour Goods has nothing left to bill");
    expect(hashTree(vault)).toEqual(before);
  });

  it("an entry logged into an invoiced month is reported by check and billed by a supplementary invoice", () => {
    expect(run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--month", "2026-10", "--now", NOW]).code).toBe(0);
    expect(run(["log", "--vault", vault, "--client", "Harbour Goods", "--start", "2026-10-20T09:00+11:00", "--end", "2026-10-20T10:00+11:00", "--note", "Forgot this"]).code).toBe(0);
    const check = parse<{ diagnostics: { code: string; params: Record<string, string> }[] }>(run(["check", "--vault", vault, "--now", NOW, "--json"]).stdout);
    expect(check.diagnostics.filter((d) => d.code === "entry-after-invoice").map((d) => d.params.number)).toEqual(["INV-2026-0001"]);
    const next = parse<InvoiceJson>(run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--now", NOW, "--json"]).stdout);
    expect(next).toMatchObject({ written: true, periodFrom: "2026-10-01", periodTo: "2026-10-31", invoice: { number: "INV-2026-0002", subtotal: 4500 } });
    const after = parse<{ diagnostics: { code: string }[] }>(run(["check", "--vault", vault, "--now", NOW, "--json"]).stdout);
    expect(after.diagnostics.map((d) => d.code)).not.toContain("entry-after-invoice");
  });

  it("refuses while check reports errors about the client or its time, listing each, and writes nothing", () => {
    writeTree(vault, {
      "Clients/Harbour Goods/Log/2026-10.md": `${LOG}- [start:: 2026-10-07T09:00+11:00] [End:: 2026-10-07T10:00+11:00] typo ^cd-oct00003\n- [start:: 2026-10-08T09:00+11:00] [end:: 2026-10-08T10:00+11:00] no id\n`,
    });
    const before = hashTree(vault);
    const r = run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--month", "2026-10", "--now", NOW, "--json"]);
    expect(r.code).toBe(1);
    const out = parse<InvoiceJson>(r.stdout);
    expect(out.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([
      ["entry-near-miss", "Clients/Harbour Goods/Log/2026-10.md", 4],
      ["entry-missing-id", "Clients/Harbour Goods/Log/2026-10.md", 5],
    ]);
    expect(hashTree(vault)).toEqual(before);
    writeTree(vault, { [clientNotePath("Harbour Goods")]: note(["timezone: Australia/Sydney", "currency: aud", "rate: 45"]) });
    const broken = run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--month", "2026-10", "--now", NOW]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("currency");
  });

  it("refuses a client without a rate, saying which field, and writes nothing", () => {
    const before = hashTree(vault);
    const r = run(["invoice", "--vault", vault, "--client", "No Rate", "--month", "2026-10", "--now", NOW]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("No Rate: billing is hourly but the client note has no rate; nothing was invoiced.");
    expect(hashTree(vault)).toEqual(before);
  });

  it.each([
    [["--month", "2026-13"], "--month needs a month such as 2026-10, not “2026-13”."],
    [["--month", "2026-10", "--from", "2026-10-01"], "Give either --month or --from and --to, not both."],
    [["--from", "2026-10-05", "--to", "2026-10-01"], "--from and --to need dates like 2026-10-01, the start not after the end."],
  ])("usage %j", (flags, message) => {
    const r = run(["invoice", "--vault", vault, "--client", "Harbour Goods", ...flags, "--now", NOW]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`client-desk: ${message}\n`);
  });

  it("--deposit-of bills the client's deposit percent of a price; once paid, it is credited on the next invoice", () => {
    writeTree(vault, { [clientNotePath("Harbour Goods")]: note([...CLIENTS.harbour, "rounding: 15 up", "tax: [GST 10%]", "payment_terms: 14", "deposit: 25"]) });
    const r = run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--deposit-of", "1999.99", "--for", "Website | launch", "--now", NOW, "--json"]);
    expect(r.stderr).toBe("");
    const out = parse<InvoiceJson>(r.stdout);
    // 25 % of A$1,999.99 is 499.9975: half a cent and more rounds up, no tax on a deposit.
    expect(out.invoice).toMatchObject({ number: "INV-2026-0001", subtotal: 50000, tax: 0, total: 50000, entries: [] });
    expect(out.invoice?.lines).toEqual([{ kind: "deposit", text: "Website | launch", month: null, minutes: null, quantity: 1, unitPrice: null, amount: 50000, entries: [] }]);
    const text = readFileSync(join(vault, out.file!), "utf8");
    expect(text).toContain("invoice_kind: deposit");
    expect(text).toContain("| Deposit: Website \\| launch | 1 |  | A$500.00 |");
    expect(run(["invoice", "pay", "INV-2026-0001", "--vault", vault, "--amount", "500", "--date", "2026-11-03", "--now", NOW]).code).toBe(0);
    const next = parse<InvoiceJson>(run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--month", "2026-10", "--now", NOW, "--json"]).stdout);
    // A$99.00 of October's work, all of it covered by the A$500 paid upfront.
    expect(next.invoice).toMatchObject({ number: "INV-2026-0002", total: 9900, deposit: 9900, balance: 0 });
    const third = parse<InvoiceJson>(run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--month", "2026-11", "--now", NOW, "--json"]).stdout);
    // November's half hour, A$24.75, out of the A$401.00 left.
    expect(third.invoice).toMatchObject({ total: 2475, deposit: 2475, balance: 0 });
  });

  it("refuses a deposit it cannot bill, and wrong combinations of options, writing nothing", () => {
    const before = hashTree(vault);
    const noPercent = run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--deposit-of", "2000", "--now", NOW]);
    expect(noPercent.code).toBe(1);
    expect(noPercent.stderr).toContain("Harbour Goods's note has no deposit percent");
    for (const [args, message] of [
      [["--deposit", "0"], "--deposit needs an amount above zero in AUD"],
      [["--deposit", "12.345"], "--deposit needs an amount above zero in AUD"],
      [["--deposit", "abc"], "--deposit needs an amount above zero in AUD"],
      [["--deposit", "10", "--deposit-of", "20"], "not both"],
      [["--deposit", "10", "--month", "2026-10"], "--month is not an option of invoice --deposit"],
      [["--for", "x"], "--for is not an option of invoice --client"],
    ] as const) {
      const r = run(["invoice", "--vault", vault, "--client", "Harbour Goods", ...args, "--now", NOW]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain(message);
    }
    writeTree(vault, { [clientNotePath("Harbour Goods")]: note([...CLIENTS.harbour, "deposit: 25", "tax: GST ten"]) });
    const before2 = hashTree(vault);
    const broken = run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--deposit", "100", "--now", NOW]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("Harbour Goods.md");
    expect(hashTree(vault)).toEqual(before2);
    expect(before).not.toEqual(before2);
  });
});

describe("client-desk invoices", () => {
  it("lists outstanding invoices; --overdue only those past the due date in the client's zone", () => {
    run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--month", "2026-10", "--now", NOW]);
    const file = join(vault, "Clients/Harbour Goods/Invoices/INV-2026-0001.md");
    writeTree(vault, { "Clients/Harbour Goods/Invoices/INV-2026-0001.md": readFileSync(file, "utf8").replace("status: draft", "status: sent") });
    // Due 17 Nov in Sydney: 23:59 there is 12:59 UTC.
    const onDue = parse<InvoicesJson>(run(["invoices", "--vault", vault, "--now", "2026-11-17T12:59Z", "--json"]).stdout);
    expect(onDue.groups).toMatchObject([{ currency: "AUD", outstanding: 9900, overdue: 0, invoices: [{ number: "INV-2026-0001", overdue: false, daysOverdue: 0 }] }]);
    expect(parse<InvoicesJson>(run(["invoices", "--vault", vault, "--now", "2026-11-17T12:59Z", "--overdue", "--json"]).stdout).groups).toEqual([]);
    const after = run(["invoices", "--vault", vault, "--now", "2026-11-17T13:00Z", "--overdue"]);
    expect(after.stdout).toBe("AUD: A$99.00 outstanding, A$99.00 overdue\n  INV-2026-0001  Harbour Goods  A$99.00  1 day overdue\n");
    const vi = run(["invoices", "--vault", vault, "--now", "2026-11-17T13:00Z", "--lang", "vi"]);
    expect(vi.stdout).toContain("quá hạn 1 ngày");
    expect(existsSync(file)).toBe(true);
  });

  it("never lists a number twice, and keeps an invoice whose payment line does not read, marked", () => {
    run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--month", "2026-10", "--now", NOW]);
    const file = "Clients/Harbour Goods/Invoices/INV-2026-0001.md";
    const sent = readFileSync(join(vault, file), "utf8").replace("status: draft", "status: sent");
    writeTree(vault, {
      [file]: sent.replace("payments: []", 'payments: ["5 Nov 20.00 Wise"]'),
      "Clients/Harbour Goods/Invoices/INV-2026-0001 copy.md": sent.replace('issued: "2026-11-03"', 'issued: "2026-11-04"'),
    });
    const out = parse<InvoicesJson>(run(["invoices", "--vault", vault, "--now", "2026-11-20T00:00Z", "--json"]).stdout);
    expect(out.groups).toHaveLength(1);
    // The first by issue order is listed; its money does not read, so the sums leave it out.
    expect(out.groups[0]).toMatchObject({ currency: "AUD", outstanding: 0, overdue: 0 });
    expect(out.groups[0].invoices).toEqual([
      expect.objectContaining({ number: "INV-2026-0001", file, unreadable: true, duplicates: ["Clients/Harbour Goods/Invoices/INV-2026-0001 copy.md"], balance: 9900 }),
    ]);
    const text = run(["invoices", "--vault", vault, "--now", "2026-11-20T00:00Z"]);
    expect(text.stdout).toBe(
      "AUD: A$0.00 outstanding, A$0.00 overdue\n  INV-2026-0001  Harbour Goods  A$99.00  3 days overdue  money fields do not read: see the problems of this note; number also on Clients/Harbour Goods/Invoices/INV-2026-0001 copy.md\n",
    );
    // check says why: the payment line, and the number on two notes.
    const check = parse<{ diagnostics: { code: string; file: string; line: number }[] }>(run(["check", "--vault", vault, "--json"]).stdout);
    expect(check.diagnostics.filter((d) => d.code.startsWith("invoice-")).map((d) => [d.code, d.file, d.line])).toEqual(
      expect.arrayContaining([
        ["invoice-payment-invalid", file, 21],
        ["invoice-number-duplicate", "Clients/Harbour Goods/Invoices/INV-2026-0001 copy.md", 1],
      ]),
    );
  });
});

describe("invoice numbers with many processes at once", () => {
  const cli = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      const child = spawnChild(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LANG: "C" } });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("exit", (code) => done({ code: code ?? -1, stdout, stderr }));
    });

  it("ten processes invoicing ten clients get ten numbers, none twice, beside numbers already used by other files", async () => {
    const clients = Array.from({ length: 10 }, (_, i) => `Client ${String.fromCharCode(65 + i)}`);
    writeTree(vault, {
      ...Object.fromEntries(clients.flatMap((c, i) => [
        [clientNotePath(c), note(["timezone: Asia/Ho_Chi_Minh", "currency: USD", "rate: 40"])],
        [`Clients/${c}/Log/2026-10.md`, `- [start:: 2026-10-0${(i % 9) + 1}T09:00+07:00] [end:: 2026-10-0${(i % 9) + 1}T10:00+07:00] Work ^cd-many${String(i).padStart(4, "0")}\n`],
      ])),
      // Numbers in use that no index of an invoice records: a PDF, and a note whose number is not its name.
      "Clients/Client A/Invoices/INV-2026-0003.pdf": "%PDF",
      "Clients/Client B/Invoices/Sent to B.md": '---\ntype: invoice\nnumber: "INV-2026-0005"\nstatus: void\ncurrency: USD\nissued: "2026-10-01"\ntotal: 0\n---\n',
    });
    // The first run bundles the CLI; not inside the race.
    expect(spawn(["clients", "--vault", vault]).code).toBe(0);
    const results = await Promise.all(clients.map((c) => cli(["invoice", "--vault", vault, "--client", c, "--month", "2026-10", "--now", NOW, "--json"])));
    for (const r of results) expect([r.code, r.stderr]).toEqual([0, ""]);
    const out = results.map((r) => parse<InvoiceJson>(r.stdout));
    const numbers = out.map((o) => o.invoice!.number).sort();
    // One past the highest in use (never a gap filled): 0006 to 0015.
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => `INV-2026-${String(6 + i).padStart(4, "0")}`));
    // Each note is where its JSON says, with the number it says, in its own client's folder.
    for (const o of out) {
      expect(o.file).toBe(`Clients/${o.client}/Invoices/${o.invoice!.number}.md`);
      expect(readFileSync(join(vault, o.file!), "utf8")).toContain(`number: "${o.invoice!.number}"`);
    }
    expect(readdirSync(vault).filter((n) => n.endsWith(".lock"))).toEqual([]);
    const check = parse<{ diagnostics: { code: string }[] }>(run(["check", "--vault", vault, "--json"]).stdout);
    expect(check.diagnostics.map((d) => d.code)).not.toContain("invoice-number-duplicate");
  }, 60_000);
});
