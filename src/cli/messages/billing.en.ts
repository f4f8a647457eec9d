// English messages of the command line: invoices, their lifecycle, deposits and the forecast.
export const cliBillingEn = {
  // forecast
  "cli.usage.forecast": [
    "  forecast --vault DIR       Expected invoicing per client in the next three months, in your home currency.",
  ].join("\n"),
  "cli.forecast.title": "Income forecast in {currency}, months of {zone}",

  // invoice send, pay, void and deposits
  "cli.usage.invoice-lifecycle": [
    "  invoice send NUMBER --vault DIR",
    "                             Mark a draft invoice as sent.",
    "  invoice pay NUMBER --vault DIR --amount AMOUNT --date YYYY-MM-DD [--method TEXT]",
    "                             Record a payment (not above the balance); paid in full, it is paid.",
    "  invoice void NUMBER --vault DIR",
    "                             Void an invoice without payments; its number stays used.",
  ].join("\n"),
  "cli.error.invoice-action": "invoice takes send, pay or void and a NUMBER, or --client NAME to write a new invoice; not “{value}”.",
  "cli.error.invoice-number-missing": "invoice {action} needs the invoice's NUMBER, e.g. invoice {action} INV-2026-0001.",
  "cli.error.invoice-unknown": "No invoice numbered “{value}” in the vault.",
  "cli.error.invoice-ambiguous": "The number {value} is on {count, plural, one {# note} other {# notes}} ({files}); nothing was changed. Give each invoice its own number first (client-desk check).",
  "cli.error.invoice-gone": "{path} is no longer an invoice note; nothing was changed.",
  "cli.error.invoice-yaml": "Cannot change {path}: its frontmatter does not read as YAML any more; nothing was changed.",
  "cli.error.invoice-edit": "Cannot change {path} without touching other fields (the frontmatter is in a form this command does not edit); nothing was changed.",
  "cli.error.vault-locked": "Cannot write: another process has held the vault's lock ({lock}, at the vault's root) for too long; try again, or delete the lock file if no Client Desk command is running.",
  "cli.invoice.changed": "Changed {file}: status {status}, paid {paid}, balance {balance}",
  "cli.invoice.summary-deposit": "{number} for {client}: a deposit of {total}, due {due}",
  "cli.error.deposit-both": "Give either --deposit (the amount) or --deposit-of (the price the client's deposit percent is of), not both.",
  "cli.error.deposit-amount": "{flag} needs an amount above zero in {currency}, e.g. 500 or 499.50; got “{value}”.",

  // invoice and invoices
  "cli.error.invoice-data": "Nothing was invoiced for {client}: check reports {count, plural, one {# error} other {# errors}} about the client or its time in the period. Fix them (entries without an id get one with client-desk add-ids):",
  "cli.usage.invoice": [
    "  invoice --vault DIR --client NAME [--month 2026-10 | --from DATE --to DATE] [--dry-run]",
    "                             Write the client's invoice note for the period (default: last month).",
    "  invoices --vault DIR [--overdue]",
    "                             Outstanding invoices by currency, with days overdue.",
  ].join("\n"),
  "cli.error.month-invalid": "--month needs a month such as 2026-10, not “{value}”.",
  "cli.error.period-invalid": "--from and --to need dates like 2026-10-01, the start not after the end.",
  "cli.error.period-both": "Give either --month or --from and --to, not both.",
  "cli.error.invoice-refused": "No invoice was written: {reason}",
  "cli.error.invoice-exists": "{path} already exists; nothing was written.",
  "cli.invoice.written": "Wrote {file}",
  "cli.invoice.dry-run": "Dry run: nothing was written. It would be {file}",
  "cli.invoice.summary": "{number} for {client}, {from} – {to}: {entries, plural, one {# entry} other {# entries}}, total {total}, balance {balance}, due {due}",
  "cli.invoices.none": "No outstanding invoices.",
  "cli.invoices.overdue": "{days, plural, one {# day} other {# days}} overdue",
  "cli.invoices.overdue-day": "1 day overdue",
  "cli.invoices.due": "due {due}",

} as const;
