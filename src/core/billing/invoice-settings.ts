// The invoice settings of data.json, read defensively (the plugin and the CLI share this).

import type { Settings } from "../shared/types";
import { DEFAULT_NUMBER_PATTERN, isValidPattern } from "./invoice-number";

type InvoiceSettingKey = "businessName" | "businessDetails" | "paymentDetails" | "invoiceNumberPattern";

/** The invoice fields of raw settings that read; `bad` names the ones that did not. */
export function readInvoiceSettings(raw: Record<string, unknown>): { values: Partial<Pick<Settings, InvoiceSettingKey>>; bad: InvoiceSettingKey[] } {
  const values: Partial<Pick<Settings, InvoiceSettingKey>> = {};
  const bad: InvoiceSettingKey[] = [];
  for (const key of ["businessName", "businessDetails", "paymentDetails"] as const) {
    const v = raw[key];
    if (v === undefined) continue;
    if (typeof v === "string") values[key] = v;
    else bad.push(key);
  }
  const p = raw.invoiceNumberPattern;
  if (p !== undefined) {
    if (typeof p === "string" && isValidPattern(p.trim())) values.invoiceNumberPattern = p.trim();
    else bad.push("invoiceNumberPattern");
  }
  return { values, bad };
}

export { DEFAULT_NUMBER_PATTERN };
