// A new client from the fields of the "New client" dialog or `client-desk new-client`: each field
// checked with a message naming it, then the client note's text in the documented format
// (docs/vault-format.md). Nothing here writes; the callers create the folder only when it is new.

import type { BillingModel, ClientStatus, Language, Weekday } from "../shared/types";
import type { MessageKey } from "../i18n";
import { unsafeNamePart } from "../shared/names";
import { isValidZone } from "../shared/zones";
import { isCurrencyCode, suggestCurrency } from "../shared/currencies";
import { parseMajor } from "../shared/money";
import { isWeekday, parseHoursRange } from "../shared/hours";
import { linkTo } from "../notes/timed-line";

export interface NewClientInput {
  name: string;
  timezone: string;
  currency: string;
  billing: BillingModel;
  /** Major units as typed: "45", "32.50"; for a retainer, the overage rate (optional). */
  rate: string;
  retainerFee?: string;
  retainerHours?: string;
  language: Language;
  reportDay: Weekday | "none";
  channelFormal: string;
  channelQuick?: string;
  channelMeetings?: string;
  responseHours?: string;
  workingHours?: string;
  contact?: string;
  email?: string;
  /** A service package note's name, written as a link. */
  package?: string;
  status?: ClientStatus;
}

export type NewClientField = keyof NewClientInput;

export interface FieldProblem {
  field: NewClientField;
  key: MessageKey;
  params: Record<string, string | number>;
}

export type NewClientCheck = { ok: true; key: string; text: string } | { ok: false; problems: FieldProblem[] };

const BILLING: readonly BillingModel[] = ["hourly", "retainer", "fixed"];

export function checkNewClient(input: NewClientInput): NewClientCheck {
  const problems: FieldProblem[] = [];
  const bad = (field: NewClientField, key: MessageKey, params: Record<string, string | number> = {}) =>
    problems.push({ field, key, params });
  const name = input.name.trim();
  if (name === "") bad("name", "lifecycle.error.name-empty");
  else {
    const part = unsafeNamePart(name);
    if (part !== null) bad("name", "lifecycle.error.name-unsafe", { value: name, char: part });
    else if (/[<>]|\]\]|\[\[|`|\{\{/.test(name)) bad("name", "lifecycle.error.name-unsafe", { value: name, char: "<>" });
  }
  const zone = input.timezone.trim();
  if (!isValidZone(zone)) bad("timezone", "lifecycle.error.zone", { value: zone });
  const currency = input.currency.trim();
  const currencyOk = isCurrencyCode(currency);
  if (!currencyOk) {
    const hint = suggestCurrency(currency);
    bad("currency", hint ? "lifecycle.error.currency-hint" : "lifecycle.error.currency", { value: currency, hint: hint ?? "" });
  }
  if (!BILLING.includes(input.billing)) bad("billing", "lifecycle.error.billing", { value: String(input.billing) });
  const money = (field: "rate" | "retainerFee", text: string | undefined, required: boolean): string | null => {
    const v = (text ?? "").trim();
    if (v === "") {
      if (required) bad(field, "lifecycle.error.rate-missing");
      return null;
    }
    if (!currencyOk) return null;
    const r = parseMajor(v, currency);
    if (r.ok) return v;
    bad(field, r.reason === "precision" ? "lifecycle.error.rate-precision" : "lifecycle.error.rate", { value: v, currency });
    return null;
  };
  const rate = money("rate", input.rate, input.billing === "hourly");
  const fee = input.billing === "retainer" ? money("retainerFee", input.retainerFee, true) : null;
  let retainerHours: number | null = null;
  if (input.billing === "retainer") {
    const h = Number((input.retainerHours ?? "").trim());
    if ((input.retainerHours ?? "").trim() === "" || !Number.isFinite(h) || h <= 0 || h > 744) {
      bad("retainerHours", "lifecycle.error.hours", { value: input.retainerHours ?? "", max: 744 });
    } else retainerHours = h;
  }
  if (input.language !== "en" && input.language !== "vi") bad("language", "lifecycle.error.language", { value: String(input.language) });
  if (input.reportDay !== "none" && !isWeekday(input.reportDay)) bad("reportDay", "lifecycle.error.report-day", { value: String(input.reportDay) });
  let response: number | null = null;
  if ((input.responseHours ?? "").trim() !== "") {
    const n = Number(input.responseHours);
    if (!Number.isFinite(n) || n < 0 || n > 720) bad("responseHours", "lifecycle.error.hours", { value: input.responseHours ?? "", max: 720 });
    else response = n;
  }
  const hours = (input.workingHours ?? "").trim();
  if (hours !== "" && !parseHoursRange(hours)) bad("workingHours", "lifecycle.error.working-hours", { value: hours });
  const email = (input.email ?? "").trim();
  if (email !== "" && !/^[^\s@<>]+@[^\s@<>]+$/.test(email)) bad("email", "lifecycle.error.email", { value: email });
  const pkg = (input.package ?? "").trim();
  if (pkg !== "" && unsafeNamePart(pkg) !== null) bad("package", "lifecycle.error.name-unsafe", { value: pkg, char: unsafeNamePart(pkg) ?? "" });
  for (const f of ["channelFormal", "channelQuick", "channelMeetings", "contact"] as const) {
    const v = input[f] ?? "";
    if (/[\r\n]/.test(v)) bad(f, "lifecycle.error.one-line");
  }
  if (problems.length > 0) return { ok: false, problems };

  const lines = ["---", "type: client", `name: ${yamlText(name)}`, `status: ${input.status ?? "onboarding"}`, `timezone: ${zone}`];
  if (hours !== "") lines.push(`working_hours: ${hours.replace(/\s+/g, "")}`);
  lines.push(`language: ${input.language}`, `currency: ${currency}`, `billing: ${input.billing}`);
  if (rate !== null) lines.push(`${input.billing === "retainer" ? "overage_rate" : "rate"}: ${rate}`);
  if (fee !== null) lines.push(`retainer_fee: ${fee}`, `retainer_hours: ${retainerHours}`);
  const opt = (field: string, v: string | undefined) => {
    const s = (v ?? "").trim();
    if (s !== "") lines.push(`${field}: ${yamlText(s)}`);
  };
  opt("channel_formal", input.channelFormal);
  opt("channel_quick", input.channelQuick);
  opt("channel_meetings", input.channelMeetings);
  if (response !== null) lines.push(`response_hours: ${response}`);
  lines.push(`report_day: ${input.reportDay}`);
  opt("contact", input.contact);
  opt("email", email);
  if (pkg !== "") lines.push(`package: ${yamlText(linkTo(pkg))}`);
  lines.push("---", `# ${name}`, "");
  return { ok: true, key: name, text: lines.join("\n") };
}

/** Text as a YAML scalar: bare when YAML would read it back as the same text, else double-quoted. */
export function yamlText(s: string): string {
  const plain =
    /^[\p{L}\p{N}][\p{L}\p{N} _.,'&()/+-]*$/u.test(s) &&
    !/^(true|false|yes|no|null|on|off|~)$/i.test(s) &&
    !/^[-+]?[\d._]+([eE][-+]?\d+)?$/.test(s) &&
    !/^\d{4}-\d{2}-\d{2}/.test(s) &&
    !/\s$/.test(s);
  return plain ? s : JSON.stringify(s);
}
