import { describe, expect, it } from "vitest";
import { parseClientNote } from "../../../src/core/notes/client-note";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import type { Client } from "../../../src/core/shared/types";

const FOLDER = "Harbour Goods";
const PATH = `Clients/${FOLDER}/${FOLDER}.md`;
const DEFAULTS = { timezone: "Asia/Ho_Chi_Minh", currency: "VND" };

/** The documented example, one field per line (line 2 is `type`). */
const EXAMPLE: [string, string][] = [
  ["type", "client"],
  ["name", "Harbour Goods"],
  ["status", "active"],
  ["timezone", "Australia/Sydney"],
  ["working_hours", "09:00-17:00"],
  ["working_days", "[mon, tue, wed, thu, fri]"],
  ["language", "en"],
  ["currency", "AUD"],
  ["billing", "hourly"],
  ["rate", "45"],
  ["rounding", "15 up"],
  ["tax", "[GST 10%]"],
  ["payment_terms", "14"],
  ["deposit", "0"],
  ["channel_formal", "email"],
  ["channel_quick", "Slack"],
  ["channel_meetings", "Zoom"],
  ["response_hours", "24"],
  ["report_day", "fri"],
  ["report_time", '"16:00"'],
  ["checkin_days", "30"],
  ["color", '"#2a9d8f"'],
  ["contact", "Mia Tran"],
];

function noteText(fields: [string, string][]): string {
  return ["---", ...fields.map(([k, v]) => `${k}: ${v}`), "---", "Notes about the client go here."].join("\n");
}

function parse(text: string, folder = FOLDER) {
  const read = readFrontmatter(text);
  return parseClientNote(
    { path: PATH, key: folder, folder, data: read.data, fieldLines: read.fieldLines, yamlError: read.error },
    DEFAULTS,
  );
}

/** The example with some fields replaced (in place, so lines stay) or added at the end. */
function withFields(changes: Record<string, string>): { text: string; lineOf: (field: string) => number } {
  const fields = EXAMPLE.map(([k, v]): [string, string] => [k, k in changes ? changes[k] : v]);
  for (const [k, v] of Object.entries(changes)) if (!EXAMPLE.some(([e]) => e === k)) fields.push([k, v]);
  return { text: noteText(fields), lineOf: (field) => fields.findIndex(([k]) => k === field) + 2 };
}

const EXAMPLE_CLIENT: Client = {
  key: FOLDER,
  folder: FOLDER,
  notePath: PATH,
  name: "Harbour Goods",
  status: "active",
  timezone: "Australia/Sydney",
  workingHours: { start: 540, end: 1020 },
  workingDays: ["mon", "tue", "wed", "thu", "fri"],
  language: "en",
  currency: "AUD",
  billing: "hourly",
  rate: 4500,
  retainerFee: null,
  retainerHours: null,
  overageRate: 4500,
  rollover: false,
  retainerBilling: "arrears",
  rounding: { stepMinutes: 15, mode: "up", scope: "entry" },
  tax: [{ name: "GST", milliPercent: 10000 }],
  paymentTermsDays: 14,
  depositPercent: 0,
  channelFormal: "email",
  channelQuick: "Slack",
  channelMeetings: "Zoom",
  responseHours: 24,
  reportDay: "fri",
  reportTime: 960,
  checkinDays: 30,
  color: "#2a9d8f",
  contact: "Mia Tran",
  email: null,
};

describe("parseClientNote: valid notes", () => {
  it("reads the documented example with no diagnostics", () => {
    const { client, diagnostics } = parse(noteText(EXAMPLE));
    expect(diagnostics).toEqual([]);
    expect(client).toEqual(EXAMPLE_CLIENT);
  });

  it("a note with only a rate takes every default: folder name, your zone and currency", () => {
    const { client, diagnostics } = parse(noteText([["rate", "450000"]]));
    expect(diagnostics).toEqual([]);
    expect(client).toEqual({
      key: FOLDER,
      folder: FOLDER,
      notePath: PATH,
      name: FOLDER,
      status: "active",
      timezone: "Asia/Ho_Chi_Minh",
      workingHours: { start: 540, end: 1020 },
      workingDays: ["mon", "tue", "wed", "thu", "fri"],
      language: "en",
      currency: "VND",
      billing: "hourly",
      rate: 450000,
      retainerFee: null,
      retainerHours: null,
      overageRate: 450000,
      rollover: false,
      retainerBilling: "arrears",
      rounding: { stepMinutes: 1, mode: "up", scope: "entry" },
      tax: [],
      paymentTermsDays: 15,
      depositPercent: 0,
      channelFormal: "email",
      channelQuick: null,
      channelMeetings: null,
      responseHours: 24,
      reportDay: "fri",
      reportTime: 960,
      checkinDays: 30,
      color: null,
      contact: null,
      email: null,
    } satisfies Client);
  });

  it("an hourly client without rate is a warning on the rate field", () => {
    const { client, diagnostics } = parse("---\nname: A\n---\n");
    expect(client.rate).toBeNull();
    expect(diagnostics).toEqual([
      { severity: "warning", code: "rate-missing", file: PATH, line: 1, field: "rate", params: { billing: "hourly" } },
    ]);
  });

  it.each<[Record<string, string>, Partial<Client>]>([
    [{ working_hours: "08:30 - 24:00" }, { workingHours: { start: 510, end: 1440 } }],
    [{ working_days: "[Sun, saturday, mon, mon]" }, { workingDays: ["mon", "sat", "sun"] }],
    [{ working_days: "mon, wed" }, { workingDays: ["mon", "wed"] }],
    [{ rounding: "6 nearest task" }, { rounding: { stepMinutes: 6, mode: "nearest", scope: "task" } }],
    [{ tax: "[GST 10%, State 8.875%]" }, { tax: [{ name: "GST", milliPercent: 10000 }, { name: "State", milliPercent: 8875 }] }],
    [{ tax: "GST 10%" }, { tax: [{ name: "GST", milliPercent: 10000 }] }],
    [{ currency: "USD", rate: "32.50" }, { currency: "USD", rate: 3250 }],
    [{ currency: "KWD", rate: "12.125" }, { currency: "KWD", rate: 12125 }],
    [{ report_day: "none" }, { reportDay: null }],
    [{ report_time: '"08:15"' }, { reportTime: 495 }],
    [{ status: "paused", language: "vi" }, { status: "paused", language: "vi" }],
    [{ rollover: "true" }, { rollover: true }],
    [{ billing: "retainer", retainer_fee: "1200", retainer_hours: "20", overage_rate: "50" }, { billing: "retainer", retainerFee: 120000, retainerHours: 20, overageRate: 5000 }],
    [{ email: "mia@harbour.example" }, { email: "mia@harbour.example" }],
  ])("%j reads as %j", (changes, expected) => {
    const { client, diagnostics } = parse(withFields(changes).text);
    expect(diagnostics).toEqual([]);
    expect(client).toMatchObject(expected);
  });
});

describe("parseClientNote: one diagnostic per bad field, naming file, line and field", () => {
  it.each<[string, Record<string, string>, string, string, Record<string, string | number>, Partial<Client>]>([
    ["timezone", { timezone: "Mars/Base" }, "timezone", "timezone-unknown", { value: "Mars/Base" }, { timezone: "Asia/Ho_Chi_Minh" }],
    ["timezone", { timezone: "UTC+7" }, "timezone", "timezone-unknown", { value: "UTC+7" }, { timezone: "Asia/Ho_Chi_Minh" }],
    ["currency", { currency: "usd" }, "currency", "currency-unknown", { value: "usd", hint: "USD" }, { currency: "VND" }],
    ["currency", { currency: "dollars" }, "currency", "currency-unknown", { value: "dollars", hint: "" }, { currency: "VND" }],
    ["rate", { rate: "-5" }, "rate", "money-negative", { value: "-5", currency: "AUD" }, { rate: null, overageRate: null }],
    ["rate", { currency: "USD", rate: "32.505" }, "rate", "money-precision", { value: "32.505", currency: "USD" }, { rate: null, overageRate: null }],
    ["rate", { rate: "forty" }, "rate", "field-type", { value: "forty" }, { rate: null, overageRate: null }],
    ["working_hours", { working_hours: "25:00-26:00" }, "working_hours", "hours-invalid", { value: "25:00-26:00" }, { workingHours: { start: 540, end: 1020 } }],
    ["working_hours", { working_hours: "17:00-09:00" }, "working_hours", "hours-invalid", { value: "17:00-09:00" }, { workingHours: { start: 540, end: 1020 } }],
    ["working_days", { working_days: "[mon, funday]" }, "working_days", "days-invalid", {}, { workingDays: ["mon", "tue", "wed", "thu", "fri"] }],
    ["working_days", { working_days: "[]" }, "working_days", "days-invalid", {}, { workingDays: ["mon", "tue", "wed", "thu", "fri"] }],
    ["working_days", { working_days: "5" }, "working_days", "days-invalid", {}, { workingDays: ["mon", "tue", "wed", "thu", "fri"] }],
    ["rounding", { rounding: "15 sideways" }, "rounding", "rounding-invalid", { value: "15 sideways" }, { rounding: { stepMinutes: 1, mode: "up", scope: "entry" } }],
    ["rounding", { rounding: "90 up" }, "rounding", "rounding-invalid", { value: "90 up" }, { rounding: { stepMinutes: 1, mode: "up", scope: "entry" } }],
    ["tax", { tax: "[VAT ten]" }, "tax", "tax-invalid", { value: "VAT ten" }, { tax: [] }],
    ["tax", { tax: "[GST 10%, VAT ten]" }, "tax", "tax-invalid", { value: "VAT ten" }, { tax: [{ name: "GST", milliPercent: 10000 }] }],
    ["tax", { tax: "[VAT 1000%]" }, "tax", "tax-invalid", { value: "VAT 1000%" }, { tax: [] }],
    ["tax", { tax: "[VAT 100.5%]" }, "tax", "tax-invalid", { value: "VAT 100.5%" }, { tax: [] }],
    ["status", { status: "gone" }, "status", "field-value", { value: "gone", allowed: "lead, onboarding, active, paused, archived" }, { status: "active" }],
    ["language", { language: "fr" }, "language", "field-value", { value: "fr", allowed: "en, vi" }, { language: "en" }],
    ["billing", { billing: "monthly" }, "billing", "field-value", { value: "monthly" }, { billing: "hourly" }],
    ["name", { name: "../../etc" }, "name", "name-unsafe", { value: "../../etc", char: ".." }, { name: FOLDER }],
    ["name", { name: "<img onerror=alert(1)>" }, "name", "name-unsafe", { value: "<img onerror=alert(1)>", char: "<" }, { name: FOLDER }],
    ["name", { name: '"[[Other client]]"' }, "name", "name-unsafe", { char: "[" }, { name: FOLDER }],
    ["payment_terms", { payment_terms: "400" }, "payment_terms", "field-value", { value: "400" }, { paymentTermsDays: 15 }],
    ["deposit", { deposit: "150" }, "deposit", "field-value", { value: "150" }, { depositPercent: 0 }],
    ["response_hours", { response_hours: "-1" }, "response_hours", "field-value", {}, { responseHours: 24 }],
    ["checkin_days", { checkin_days: "often" }, "checkin_days", "field-value", { value: "often" }, { checkinDays: 30 }],
    ["report_day", { report_day: "someday" }, "report_day", "field-value", { value: "someday" }, { reportDay: "fri" }],
    ["report_time", { report_time: '"25:00"' }, "report_time", "hours-invalid", { value: "25:00" }, { reportTime: 960 }],
    ["rollover", { rollover: "yes" }, "rollover", "field-type", { value: "yes" }, { rollover: false }],
    ["contact", { contact: "[Mia, Tom]" }, "contact", "field-type", { expected: "text" }, { contact: null }],
  ])("%s: %j", (field, changes, _f, code, params, fallback) => {
    const { text, lineOf } = withFields(changes);
    const { client, diagnostics } = parse(text);
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d).toMatchObject({ code, file: PATH, field, line: lineOf(field) });
    expect(d.line).toBeGreaterThan(1);
    expect(d.params).toMatchObject(params);
    expect(client).toMatchObject(fallback);
    // Every other field still reads as in the example.
    const rest: Partial<Client> = { ...EXAMPLE_CLIENT };
    for (const k of Object.keys(fallback) as (keyof Client)[]) delete rest[k];
    if ("currency" in changes) {
      delete rest.currency;
      delete rest.rate;
      delete rest.overageRate;
    }
    expect(client).toMatchObject(rest);
  });

  it("a bad colour is a warning, and only a warning", () => {
    const { text, lineOf } = withFields({ color: "red" });
    const { client, diagnostics } = parse(text);
    expect(diagnostics).toEqual([
      {
        severity: "warning",
        code: "field-value",
        file: PATH,
        line: lineOf("color"),
        field: "color",
        params: { value: "red", allowed: "#rrggbb" },
      },
    ]);
    expect(client.color).toBeNull();
  });

  it("a retainer without fee is a warning on retainer_fee", () => {
    const { diagnostics } = parse(withFields({ billing: "retainer", retainer_hours: "20" }).text);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: "warning", code: "rate-missing", field: "retainer_fee" })]);
  });

  it("several bad fields give one diagnostic each, on their own lines", () => {
    const { text, lineOf } = withFields({ timezone: "Mars/Base", currency: "usd", status: "gone" });
    const { diagnostics } = parse(text);
    expect(diagnostics.map((d) => [d.field, d.line]).sort()).toEqual(
      [
        ["currency", lineOf("currency")],
        ["status", lineOf("status")],
        ["timezone", lineOf("timezone")],
      ].sort(),
    );
  });

  it("broken YAML is one error on the line readFrontmatter found, and the client still indexes", () => {
    const text = ["---", "name: Harbour Goods", "timezone: Australia/Sydney", "name: Again", "rate: 45", "---"].join("\n");
    const { client, diagnostics } = parse(text);
    const errors = diagnostics.filter((d) => d.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ severity: "error", code: "yaml-broken", file: PATH, line: 4 });
    expect(errors[0].field).toBeUndefined();
    expect(String(errors[0].params.reason)).toContain("duplicated");
    expect(client.name).toBe(FOLDER);
    expect(client.timezone).toBe("Asia/Ho_Chi_Minh");
  });

  it("an unsafe folder name is reported on the note", () => {
    const folder = "<img onerror=alert(1)>";
    const { diagnostics } = parse(noteText([["rate", "45000"]]), folder);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: "folder-unsafe", file: PATH, params: { name: folder, char: "<" } }),
    ]);
  });

  it("uses Obsidian's parsed frontmatter when given, with line numbers from the text", () => {
    const text = withFields({ timezone: "Mars/Base" });
    const read = readFrontmatter(text.text);
    const { diagnostics } = parseClientNote(
      { path: PATH, key: FOLDER, folder: FOLDER, data: { ...read.data, rate: 45 }, fieldLines: read.fieldLines, yamlError: null },
      DEFAULTS,
    );
    expect(diagnostics).toEqual([expect.objectContaining({ field: "timezone", line: text.lineOf("timezone") })]);
  });
});
