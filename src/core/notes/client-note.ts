// Reads a client note's frontmatter into a Client. Each bad field yields one diagnostic naming the
// field and its line, and that field falls back to its default: the client still indexes.

import type { RetainerBilling, BillingModel, Client, ClientStatus, Diagnostic, Language, Rounding, TaxRate, Weekday } from "../shared/types";
import { isCurrencyCode } from "../shared/currencies";
import { isWeekday, parseClock, parseHoursRange, parseWeekdays } from "../shared/hours";
import { unsafeNamePart } from "../shared/names";
import { FieldReader, shownValue } from "./fields";

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
const RETAINER_BILLING: RetainerBilling[] = ["arrears", "advance"];
const LANGUAGES: Language[] = ["en", "vi"];

export function parseClientNote(
  input: ClientNoteInput,
  defaults: ClientDefaults,
): { client: Client; diagnostics: Diagnostic[] } {
  const f = new FieldReader(input);
  const data = input.data ?? {};
  f.reportYaml(input.yamlError);
  const text = (field: string) => f.take(f.text(field));
  const num = (field: string, min: number, max: number, fallback: number) => f.or(f.number(field, min, max), fallback);

  const folderProblem = unsafeNamePart(input.folder);
  if (folderProblem !== null) {
    f.report("folder-unsafe", undefined, { name: input.folder, char: folderProblem });
  }
  let name = text("name") ?? input.folder;
  const nameProblem = unsafeNamePart(name);
  if (nameProblem !== null && name !== input.folder) {
    f.report("name-unsafe", "name", { value: name, char: nameProblem });
    name = input.folder;
  }

  const timezone = f.or(f.zone("timezone"), defaults.timezone);
  const currency = f.or(f.currency("currency"), isCurrencyCode(defaults.currency) ? defaults.currency : "USD");
  const money = (field: string) => f.take(f.money(field, currency));

  let workingHours = { start: 9 * 60, end: 17 * 60 };
  const wh = text("working_hours");
  if (wh !== null) {
    const r = parseHoursRange(wh);
    if (r) workingHours = r;
    else f.report("hours-invalid", "working_hours", { value: wh });
  }

  let workingDays: Weekday[] = ["mon", "tue", "wed", "thu", "fri"];
  if (data.working_days !== undefined && data.working_days !== null) {
    const d = parseWeekdays(data.working_days);
    if (d && d.length > 0) workingDays = d;
    else f.report("days-invalid", "working_days", { value: shownValue(data.working_days) });
  }

  const billing = f.or(f.choice("billing", BILLING), "hourly");
  const rate = money("rate");
  const retainerFee = money("retainer_fee");
  const overageRate = money("overage_rate");
  const retainerHours = data.retainer_hours === undefined ? null : num("retainer_hours", 0, 744, 0);
  // With broken YAML every field is a default; "no rate" would only repeat that error.
  const readable = input.yamlError === null;
  if (readable && billing === "hourly" && rate === null && !f.problems.some((d) => d.field === "rate")) {
    f.report("rate-missing", "rate", { billing }, "warning");
  }
  if (readable && billing === "retainer" && (retainerFee === null || retainerHours === null)) {
    f.report("rate-missing", retainerFee === null ? "retainer_fee" : "retainer_hours", { billing }, "warning");
  }

  let rounding: Rounding = { stepMinutes: 1, mode: "up", scope: "entry" };
  const rt = text("rounding");
  if (rt !== null) {
    const r = parseRounding(rt);
    if (r) rounding = r;
    else f.report("rounding-invalid", "rounding", { value: rt });
  }

  const tax: TaxRate[] = [];
  if (data.tax !== undefined && data.tax !== null && data.tax !== "") {
    const items = Array.isArray(data.tax) ? data.tax : [data.tax];
    for (const item of items) {
      const t = typeof item === "string" ? parseTax(item) : null;
      if (t) tax.push(t);
      else f.report("tax-invalid", "tax", { value: shownValue(item) });
    }
  }

  let reportDay: Weekday | null = "fri";
  const rd = text("report_day");
  if (rd !== null) {
    const d = rd.toLowerCase().slice(0, 3);
    if (rd === "none") reportDay = null;
    else if (isWeekday(d)) reportDay = d;
    else f.report("field-value", "report_day", { value: rd, allowed: "mon…sun, none" });
  }
  let reportTime = 16 * 60;
  const rtime = text("report_time");
  if (rtime !== null) {
    const c = parseClock(rtime);
    if (c !== null) reportTime = c;
    else f.report("hours-invalid", "report_time", { value: rtime });
  }

  let color: string | null = text("color");
  if (color !== null && !/^#[0-9a-fA-F]{6}$/.test(color)) {
    f.report("field-value", "color", { value: color, allowed: "#rrggbb" }, "warning");
    color = null;
  }
  const rollover = f.or(f.flag("rollover"), false);

  const client: Client = {
    key: input.key,
    folder: input.folder,
    notePath: input.path,
    name,
    status: f.or(f.choice("status", STATUSES), "active"),
    timezone,
    workingHours,
    workingDays,
    language: f.or(f.choice("language", LANGUAGES), "en"),
    currency,
    billing,
    rate,
    retainerFee,
    retainerHours,
    overageRate: overageRate ?? rate,
    rollover,
    retainerBilling: f.or(f.choice("retainer_billing", RETAINER_BILLING), "arrears"),
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
  return { client, diagnostics: f.problems };
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
