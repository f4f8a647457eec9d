// A new service package note from the "New package" dialog or `client-desk package new`: each
// field checked with a message naming it, then the note's text in the documented format
// (docs/vault-format.md, "Service package notes"). Nothing here writes.

import type { MessageKey } from "../i18n";
import { unsafeNamePart } from "../shared/names";
import { isCurrencyCode } from "../shared/currencies";
import { parseMajor } from "../shared/money";
import { yamlScalar } from "../notes/frontmatter-edit";
import { PACKAGE_TERMS, type PackageTerms } from "./package-note";

export interface PackageInput {
  name: string;
  /** Major units as typed. */
  price: string;
  currency: string;
  deliverables: readonly string[];
  doneWhen?: string;
  recurring: string;
}

export interface PackageProblem {
  field: "name" | "price" | "currency" | "deliverables" | "doneWhen" | "recurring";
  key: MessageKey;
  params: Record<string, string | number>;
}

export type PackageNote = { ok: true; name: string; text: string } | { ok: false; problems: PackageProblem[] };

export function packageNote(input: PackageInput): PackageNote {
  const problems: PackageProblem[] = [];
  const bad = (field: PackageProblem["field"], key: MessageKey, params: Record<string, string | number> = {}) => problems.push({ field, key, params });
  const name = input.name.trim();
  if (name === "") bad("name", "package.error.name");
  else if (unsafeNamePart(name) !== null) bad("name", "lifecycle.error.name-unsafe", { value: name, char: unsafeNamePart(name) ?? "" });
  const currency = input.currency.trim();
  const currencyOk = isCurrencyCode(currency);
  if (!currencyOk) bad("currency", "lifecycle.error.currency", { value: currency });
  const price = input.price.trim();
  if (currencyOk) {
    const r = parseMajor(price, currency);
    if (!r.ok) bad("price", "package.error.price", { value: price, currency });
  }
  const deliverables = input.deliverables.map((d) => d.trim()).filter((d) => d !== "");
  if (deliverables.length === 0) bad("deliverables", "package.error.deliverables");
  if (deliverables.some((d) => /[\r\n]/.test(d))) bad("deliverables", "lifecycle.error.one-line");
  const doneWhen = (input.doneWhen ?? "").trim();
  if (/[\r\n]/.test(doneWhen)) bad("doneWhen", "lifecycle.error.one-line");
  if (!(PACKAGE_TERMS as readonly string[]).includes(input.recurring)) bad("recurring", "package.error.recurring", { value: input.recurring });
  if (problems.length > 0) return { ok: false, problems };

  const lines = ["---", "type: package", `name: ${yamlScalar(name)}`, `price: ${price}`, `currency: ${currency}`, `recurring: ${input.recurring as PackageTerms}`, "deliverables:"];
  for (const d of deliverables) lines.push(`  - ${yamlScalar(d)}`);
  if (doneWhen !== "") lines.push(`done_when: ${yamlScalar(doneWhen)}`);
  lines.push("---", `# ${name}`, "");
  return { ok: true, name, text: lines.join("\n") };
}
