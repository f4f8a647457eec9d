// A new client's fields: each bad one named with its reason; a good form gives a client note that
// the index reads back with the same values and no diagnostic.
import { describe, expect, it } from "vitest";
import { checkNewClient, yamlText, type NewClientInput } from "../../../src/core/lifecycle/new-client";
import { parseClientNote } from "../../../src/core/notes/client-note";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { nextStatuses, canMove, openChecklistItems } from "../../../src/core/lifecycle/client-status";
import fc from "fast-check";

const BASE: NewClientInput = {
  name: "Harbour Goods",
  timezone: "Australia/Sydney",
  currency: "AUD",
  billing: "hourly",
  rate: "45.50",
  language: "en",
  reportDay: "fri",
  channelFormal: "email",
  channelQuick: "Slack",
  channelMeetings: "Zoom",
  responseHours: "12",
  contact: "Mia Tran",
  email: "mia@harbour.example",
};

function readBack(text: string, key: string) {
  const r = readFrontmatter(text);
  return parseClientNote({ path: `Clients/${key}/${key}.md`, key, folder: key, data: r.data, fieldLines: r.fieldLines, yamlError: r.error }, { timezone: "Asia/Ho_Chi_Minh", currency: "VND" });
}

const fields = (input: Partial<NewClientInput>) => {
  const r = checkNewClient({ ...BASE, ...input });
  return r.ok ? [] : r.problems.map((p) => `${p.field}:${p.key}`);
};

describe("checkNewClient", () => {
  it("writes the documented frontmatter, read back unchanged and without a problem", () => {
    const r = checkNewClient({ ...BASE, package: "Social starter" });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.key).toBe("Harbour Goods");
    expect(r.text).toBe(
      [
        "---",
        "type: client",
        "name: Harbour Goods",
        "status: onboarding",
        "timezone: Australia/Sydney",
        "language: en",
        "currency: AUD",
        "billing: hourly",
        "rate: 45.50",
        "channel_formal: email",
        "channel_quick: Slack",
        "channel_meetings: Zoom",
        "response_hours: 12",
        "report_day: fri",
        "contact: Mia Tran",
        'email: "mia@harbour.example"',
        'package: "[[Social starter]]"',
        "---",
        "# Harbour Goods",
        "",
      ].join("\n"),
    );
    const { client, diagnostics } = readBack(r.text, r.key);
    expect(diagnostics).toEqual([]);
    expect(client).toMatchObject({ name: "Harbour Goods", status: "onboarding", timezone: "Australia/Sydney", currency: "AUD", rate: 4550, channelQuick: "Slack", responseHours: 12, reportDay: "fri", email: "mia@harbour.example" });
  });

  it("writes a retainer with its fee, hours and overage rate; VND has no decimals", () => {
    const r = checkNewClient({ ...BASE, name: "Trà Sen Tây Hồ", timezone: "Asia/Ho_Chi_Minh", currency: "VND", billing: "retainer", rate: "250000", retainerFee: "8000000", retainerHours: "40", language: "vi", reportDay: "none" });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const { client, diagnostics } = readBack(r.text, r.key);
    expect(diagnostics).toEqual([]);
    expect(client).toMatchObject({ name: "Trà Sen Tây Hồ", billing: "retainer", retainerFee: 8_000_000, retainerHours: 40, overageRate: 250_000, language: "vi", reportDay: null });
    expect(fields({ currency: "VND", rate: "250000.5" })).toEqual(["rate:lifecycle.error.rate-precision"]);
    expect(fields({ billing: "retainer", retainerFee: "", retainerHours: "" })).toEqual(["retainerFee:lifecycle.error.rate-missing", "retainerHours:lifecycle.error.hours"]);
  });

  it("refuses names that are paths, markup or characters Obsidian forbids", () => {
    for (const name of ["../x", "a/b", "a\\b", "<img src=x onerror=alert(1)>", "[[Acme]]", "Acme: Inc", "What?", "a|b", "#tag", "CON", ".hidden", "tab\there", "{{client.name}}", "`code`"]) {
      expect(fields({ name }), name).toEqual(["name:lifecycle.error.name-unsafe"]);
    }
    expect(fields({ name: "  " })).toEqual(["name:lifecycle.error.name-empty"]);
    const r = checkNewClient({ ...BASE, name: "a/b" });
    expect(!r.ok && r.problems[0].params).toEqual({ value: "a/b", char: "/" });
  });

  it("names every other bad field at once", () => {
    const r = checkNewClient({ ...BASE, timezone: "Mars/Base", currency: "usd", rate: "-5", responseHours: "1000", workingHours: "25:00-26:00", email: "not an email", reportDay: "someday" as never });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field)).toEqual(["timezone", "currency", "reportDay", "responseHours", "workingHours", "email"]);
    expect(r.problems[1]).toEqual({ field: "currency", key: "lifecycle.error.currency-hint", params: { value: "usd", hint: "USD" } });
    expect(fields({ rate: "-5" })).toEqual(["rate:lifecycle.error.rate"]);
    expect(fields({ rate: "" })).toEqual(["rate:lifecycle.error.rate-missing"]);
    expect(fields({ billing: "fixed", rate: "" })).toEqual([]);
    expect(fields({ channelQuick: "Slack\nstatus: archived" })).toEqual(["channelQuick:lifecycle.error.one-line"]);
  });

  it("quotes text that YAML would read as something else", () => {
    expect(yamlText("Slack")).toBe("Slack");
    expect(yamlText("Trà Sen Tây Hồ")).toBe("Trà Sen Tây Hồ");
    for (const s of ["yes", "No", "123", "1e3", "2026-11-24", "a: b", "#x", "- x", "x ", "'q'", "@me"]) expect(yamlText(s)).toBe(JSON.stringify(s));
    const r = checkNewClient({ ...BASE, name: "True", contact: "yes", channelQuick: "@mia: DM" });
    if (!r.ok) throw new Error("refused");
    expect(readBack(r.text, r.key).client).toMatchObject({ name: "True", contact: "yes", channelQuick: "@mia: DM" });
  });
});

describe("yamlText round trip", () => {
  it("reads back as the same text for any one-line string (1,000 runs)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }).filter((x) => !/[\r\n]/.test(x) && x !== ""), (text) => {
        const read = readFrontmatter(`---\nfield: ${yamlText(text)}\n---\n`);
        expect(read.error).toBeNull();
        expect(read.data?.field).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("client status", () => {
  it("moves along lead → onboarding → active → paused → archived, with resume and reopen", () => {
    expect(nextStatuses("lead")).toEqual(["onboarding", "archived"]);
    expect(nextStatuses("onboarding")).toEqual(["active", "paused", "archived"]);
    expect(canMove("paused", "active")).toBe(true);
    expect(canMove("archived", "active")).toBe(true);
    expect(canMove("active", "lead")).toBe(false);
    expect(canMove("lead", "active")).toBe(false);
  });

  it("lists the unticked checklist items outside frontmatter, code and comments", () => {
    const text = "---\ntitle: - [ ] not an item\n---\n- [x] Call held\n- [ ] Agreement signed\n  * [ ] Deposit paid\n```\n- [ ] in code\n```\n%% - [ ] in a comment %%\n- [X] Done too\n";
    expect(openChecklistItems(text)).toEqual([
      { line: 5, text: "Agreement signed" },
      { line: 6, text: "Deposit paid" },
    ]);
  });
});
