// Reads a client note's frontmatter into a Client. Each bad field yields one diagnostic naming the
// field and its line, and that field falls back to its default: the client still indexes.

import type {
  BillingModel,
  Client,
  ClientStatus,
  Diagnostic,
  DiagnosticCode,
  Language,
  Rounding,
  TaxRate,
  Weekday,
} from "../shared/types";
import { isCurrencyCode, suggestCurrency } from "../shared/currencies";
import { parseMajor } from "../shared/money";
import { isWeekday, parseClock, parseHoursRange, parseWeekdays } from "../shared/hours";
import { isValidZone } from "../shared/zones";
import { unsafeNamePart } from "../shared/names";

export interface ClientDefaults {
  timezone: string;
  currency: string;
}

export interface ClientNoteInput {
  path: string;
  key: string;
  folder: string;
  data: Record<string, unknown> | null;
  fieldLines: Map<string, number>;
  yamlError: { line: number; reason: string } | null;
}

const STATUSES: ClientStatus[] = ["lead", "onboarding", "active", "paused", "archived"];
const BILLING: BillingModel[] = ["hourly", "retainer", "fixed"];
const LANGUAGES: Language[] = ["en", "vi"];

export function parseClientNote(
  input: ClientNoteInput,
  defaults: ClientDefaults,
): { client: Client; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const data = input.data ?? {};
  const report = (
    code: DiagnosticCode,
    field: string | undefined,
    params: Record<string, string | number>,
    severity: "error" | "warning" = "error",
  ) => {
    diagnostics.push({
      severity,
      code,
      file: input.path,
      line: field ? (input.fieldLines.get(field) ?? 1) : 1,
      field,
      params,
    });
  };
  if (input.yamlError) {
    diagnostics.push({
      severity: "error",
      code: "yaml-broken",
      file: input.path,
      line: input.yamlError.line,
      params: { reason: input.yamlError.reason },
    });
  }
  const shown = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v) ?? String(v));

  const text = (field: string): string | null => {
    const v = data[field];
    if (v === undefined || v === null || v === "") return null;
    if (typeof v === "string") return v.trim();
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    report("field-type", field, { value: shown(v), expected: "text" });
    return null;
  };
  const oneOf = <T extends string>(field: string, allowed: readonly T[], fallback: T): T => {
    const v = text(field);
    if (v === null) return fallback;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    report("field-value", field, { value: v, allowed: allowed.join(", ") });
    return fallback;
  };
  const num = (field: string, min: number, max: number, fallback: number): number => {
    const v = data[field];
    if (v === undefined || v === null || v === "") return fallback;
    const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
    if (!Number.isFinite(n) || n < min || n > max) {
      report("field-value", field, { value: shown(v), allowed: `${min}–${max}` });
      return fallback;
    }
    return n;
  };

  const folderProblem = unsafeNamePart(input.folder);
  if (folderProblem !== null) {
    report("folder-unsafe", undefined, { name: input.folder, char: folderProblem });
  }
  let name = text("name") ?? input.folder;
  const nameProblem = unsafeNamePart(name);
  if (nameProblem !== null && name !== input.folder) {
    report("name-unsafe", "name", { value: name, char: nameProblem });
    name = input.folder;
  }

  let timezone = defaults.timezone;
  const tz = text("timezone");
  if (tz !== null) {
    if (isValidZone(tz)) timezone = tz;
    else report("timezone-unknown", "timezone", { value: tz });
  }

  let currency = isCurrencyCode(defaults.currency) ? defaults.currency : "USD";
  const cur = text("currency");
  if (cur !== null) {
    if (isCurrencyCode(cur)) currency = cur;
    else report("currency-unknown", "currency", { value: cur, hint: suggestCurrency(cur) ?? "" });
  }

  const money = (field: string): number | null => {
    const v = data[field];
    if (v === undefined || v === null || v === "") return null;
    const r = parseMajor(v, currency);
    if (r.ok) return r.minor;
    const code: DiagnosticCode =
      r.reason === "negative" ? "money-negative" : r.reason === "precision" ? "money-precision" : "field-type";
    report(code, field, { value: shown(v), currency, expected: "number" });
    return null;
  };

  let workingHours = { start: 9 * 60, end: 17 * 60 };
  const wh = text("working_hours");
  if (wh !== null) {
    const r = parseHoursRange(wh);
    if (r) workingHours = r;
    else report("hours-invalid", "working_hours", { value: wh });
  }

  let workingDays: Weekday[] = ["mon", "tue", "wed", "thu", "fri"];
  if (data.working_days !== undefined && data.working_days !== null) {
    const d = parseWeekdays(data.working_days);
    if (d && d.length > 0) workingDays = d;
    else report("days-invalid", "working_days", { value: shown(data.working_days) });
  }

  const billing = oneOf("billing", BILLING, "hourly");
  const rate = money("rate");
  const retainerFee = money("retainer_fee");
  const overageRate = money("overage_rate");
  const retainerHours = data.retainer_hours === undefined ? null : num("retainer_hours", 0, 744, 0);
  // With broken YAML every field is a default; "no rate" would only repeat that error.
  const readable = input.yamlError === null;
  if (readable && billing === "hourly" && rate === null && !diagnostics.some((d) => d.field === "rate")) {
    report("rate-missing", "rate", { billing }, "warning");
  }
  if (readable && billing === "retainer" && (retainerFee === null || retainerHours === null)) {
    report("rate-missing", retainerFee === null ? "retainer_fee" : "retainer_hours", { billing }, "warning");
  }

  let rounding: Rounding = { stepMinutes: 1, mode: "up", scope: "entry" };
  const rt = text("rounding");
  if (rt !== null) {
    const r = parseRounding(rt);
    if (r) rounding = r;
    else report("rounding-invalid", "rounding", { value: rt });
  }

  const tax: TaxRate[] = [];
  if (data.tax !== undefined && data.tax !== null && data.tax !== "") {
    const items = Array.isArray(data.tax) ? data.tax : [data.tax];
    for (const item of items) {
      const t = typeof item === "string" ? parseTax(item) : null;
      if (t) tax.push(t);
      else report("tax-invalid", "tax", { value: shown(item) });
    }
  }

  let reportDay: Weekday | null = "fri";
  const rd = text("report_day");
  if (rd !== null) {
    const d = rd.toLowerCase().slice(0, 3);
    if (rd === "none") reportDay = null;
    else if (isWeekday(d)) reportDay = d;
    else report("field-value", "report_day", { value: rd, allowed: "mon…sun, none" });
  }
  let reportTime = 16 * 60;
  const rtime = text("report_time");
  if (rtime !== null) {
    const c = parseClock(rtime);
    if (c !== null) reportTime = c;
    else report("hours-invalid", "report_time", { value: rtime });
  }

  let color: string | null = text("color");
  if (color !== null && !/^#[0-9a-fA-F]{6}$/.test(color)) {
    report("field-value", "color", { value: color, allowed: "#rrggbb" }, "warning");
    color = null;
  }
  let rollover = false;
  if (data.rollover !== undefined && data.rollover !== null) {
    if (typeof data.rollover === "boolean") rollover = data.rollover;
    else report("field-type", "rollover", { value: shown(data.rollover), expected: "true/false" });
  }

  const client: Client = {
    key: input.key,
    folder: input.folder,
    notePath: input.path,
    name,
    status: oneOf("status", STATUSES, "active"),
    timezone,
    workingHours,
    workingDays,
    language: oneOf("language", LANGUAGES, "en"),
    currency,
    billing,
    rate,
    retainerFee,
    retainerHours,
    overageRate: overageRate ?? rate,
    rollover,
    rounding,
    tax,
    paymentTermsDays: num("payment_terms", 0, 365, 15),
    depositPercent: num("deposit", 0, 100, 0),
    channelFormal: text("channel_formal") ?? "email",
    channelQuick: text("channel_quick"),
    channelMeetings: text("channel_meetings"),
    responseHours: num("response_hours", 0, 720, 24),
    reportDay,
    reportTime,
    checkinDays: num("checkin_days", 0, 3650, 30),
    color,
    contact: text("contact"),
    email: text("email"),
  };
  return { client, diagnostics };
}

export function parseRounding(text: string): Rounding | null {
  const m = /^(\d{1,2})\s+(up|nearest|down)(?:\s+(entry|task))?$/.exec(text.trim().toLowerCase());
  if (!m) return null;
  const step = +m[1];
  if (step < 1 || step > 60) return null;
  return { stepMinutes: step, mode: m[2] as Rounding["mode"], scope: (m[3] ?? "entry") as Rounding["scope"] };
}

export function parseTax(text: string): TaxRate | null {
  // The rate may not start inside a longer or signed number: "VAT 1000%" is not "VAT 1" at 0%,
  // and "GST -5%" is not "GST -" at 5%.
  const m = /^(.*?)\s*(?<![\d.+-])(\d{1,3}(?:\.\d{1,3})?)\s*%$/.exec(text.trim());
  if (!m) return null;
  const [whole, frac = ""] = m[2].split(".");
  const milli = +whole * 1000 + +frac.padEnd(3, "0");
  if (milli > 100000) return null;
  return { name: m[1].trim() || "Tax", milliPercent: milli };
}
