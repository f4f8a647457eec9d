// English strings of an invoice's life after it is written: `client-desk invoice send|pay|void`,
// unique numbers (the vault's lock), the outstanding list's marks and the invoice integrity checks.
export const invoiceLifecycleEn = {
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
  "cli.error.invoice-ambiguous": "The number {value} is on {count} notes ({files}); nothing was changed. Give each invoice its own number first (client-desk check).",
  "cli.error.invoice-gone": "{path} is no longer an invoice note; nothing was changed.",
  "cli.error.invoice-yaml": "Cannot change {path}: its frontmatter does not read as YAML any more; nothing was changed.",
  "cli.error.invoice-edit": "Cannot change {path} without touching other fields (the frontmatter is in a form this command does not edit); nothing was changed.",
  "cli.error.vault-locked": "Cannot write: another process has held the vault's lock ({lock}, at the vault's root) for too long; try again, or delete the lock file if no Client Desk command is running.",
  "cli.invoice.changed": "Changed {file}: status {status}, paid {paid}, balance {balance}",

  "invoices.mark.unreadable": "money fields do not read: see the problems of this note",
  "invoices.mark.duplicate": "number also on {files}",

  "diag.invoice-total-mismatch": "subtotal {subtotal} − discount {discount} + tax {tax} is {expected}, but total says {total}.",
  "diag.invoice-balance-mismatch": "total {total} − deposit {deposit} − paid {paid} is {expected}, but balance says {balance}.",
  "diag.invoice-paid-unlisted": "paid says {value} but no payment is listed under payments; record payments one by one.",
  "diag.invoice-status-owing": "The status is paid but {balance} is still owed.",
  "diag.invoice-status-settled": "The payments settle this invoice (balance {balance}) but its status is {status}; mark it paid.",
  "diag.invoice-overpaid": "The payments ({paid}) are more than the {due} due (total − deposit): {over} too much.",
  "diag.invoice-void-paid": "This invoice is void but has payments ({paid}); refund them or move them to the invoice that replaced it.",
  "diag.invoice-edited": "Invoice {number} is {status}, and its number, client, currency, amounts or entries were changed after it was written (seal {seal}, now {now}). Correct an issued invoice by voiding it and writing a new one.",
} as const;
