// Template placeholders: filled from the client's fields, times in the client's zone; an unknown
// placeholder names the file, line and placeholder; every default template fills completely.
import { describe, expect, it } from "vitest";
import { clientValues, myHoursInZone, PLACEHOLDER_NAMES, renderTemplate } from "../../../src/core/lifecycle/templates";
import { TEMPLATE_KINDS } from "../../../src/core/lifecycle/templates/kinds";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { defaultTemplate, templatePath } from "../../../src/core/lifecycle/templates/defaults";
import { clientOfNote } from "../../../src/core/lifecycle/onboarding";
import { checkNewClient } from "../../../src/core/lifecycle/new-client";
import { translator, type MessageKey } from "../../../src/core/i18n";
import type { Client, Language } from "../../../src/core/shared/types";

const NOW = Date.parse("2026-11-24T03:00:00Z"); // Tue 10:00 in Ho Chi Minh City, 14:00 in Sydney

function client(language: Language = "en"): Client {
  const r = checkNewClient({
    name: "Harbour Goods",
    timezone: "Australia/Sydney",
    currency: "AUD",
    billing: "hourly",
    rate: "45",
    language,
    reportDay: "fri",
    channelFormal: "email",
    channelQuick: "Slack",
    channelMeetings: "Zoom",
    responseHours: "12",
    contact: "Mia Tran",
    email: "mia@harbour.example",
  });
  if (!r.ok) throw new Error("bad fixture");
  return clientOfNote("Clients/Harbour Goods/Harbour Goods.md", r.key, r.text, { timezone: "Asia/Ho_Chi_Minh", currency: "VND" });
}

function ctx(language: Language = "en") {
  const t = translator(language);
  return { myZone: "Asia/Ho_Chi_Minh", myHours: { start: 8 * 60, end: 17 * 60 }, now: NOW, dayName: (d: string) => t(`lifecycle.day.${d}` as MessageKey) };
}

describe("renderTemplate", () => {
  it("fills placeholders, with or without spaces inside the braces", () => {
    const r = renderTemplate("T.md", "Hi {{client.name}}, {{ today }}.", { "client.name": "Acme", today: "2026-11-24" });
    expect(r).toEqual({ ok: true, text: "Hi Acme, 2026-11-24." });
  });

  it("names the file, the line and the first unknown placeholder", () => {
    const text = "---\ntype: x\n---\n# {{client.name}}\n\nDear {{client.nmae}} and {{other}}\n";
    expect(renderTemplate("Client Desk/Templates/Welcome packet.md", text, { "client.name": "Acme" })).toEqual({
      ok: false,
      file: "Client Desk/Templates/Welcome packet.md",
      line: 6,
      placeholder: "{{client.nmae}}",
    });
  });

  it("leaves single braces and text alone", () => {
    expect(renderTemplate("T.md", "{not} a {placeholder} }}", {})).toEqual({ ok: true, text: "{not} a {placeholder} }}" });
  });
});

describe("client values", () => {
  it("shows times in the client's zone and my hours as the client sees them", () => {
    const v = clientValues(client(), ctx());
    expect(v["client.name"]).toBe("Harbour Goods");
    expect(v["client.timezone"]).toBe("Australia/Sydney");
    expect(v["client.rate"]).toBe("45.00");
    expect(v["client.report_day"]).toBe("Friday");
    expect(v.today).toBe("2026-11-24");
    expect(v.now).toBe("2026-11-24 14:00");
    // 08:00–17:00 in Ho Chi Minh City (UTC+7) is 12:00–21:00 in Sydney (UTC+11 in November).
    expect(v.working_hours_local).toBe("12:00–21:00");
    expect(v.working_hours).toBe("09:00–17:00");
    expect(v.working_days).toBe("Monday, Tuesday, Wednesday, Thursday, Friday");
    expect(Object.keys(v).sort()).toEqual([...PLACEHOLDER_NAMES].sort());
  });

  it("uses the client's date, not mine, for today", () => {
    // 23:30 on the 24th in Ho Chi Minh City is already the 25th in Sydney.
    const v = clientValues(client(), { ...ctx(), now: Date.parse("2026-11-24T16:30:00Z") });
    expect(v.today).toBe("2026-11-25");
  });

  it("marks hours that run past the client's midnight, and follows DST", () => {
    expect(myHoursInZone("Asia/Ho_Chi_Minh", { start: 18 * 60, end: 23 * 60 }, "Australia/Sydney", NOW)).toBe("22:00–03:00 (+1)");
    // New York in July is UTC-4, in December UTC-5.
    expect(myHoursInZone("Europe/London", { start: 540, end: 1020 }, "America/New_York", Date.parse("2026-07-01T12:00:00Z"))).toBe("04:00–12:00");
    expect(myHoursInZone("Europe/London", { start: 540, end: 1020 }, "America/New_York", Date.parse("2026-12-01T12:00:00Z"))).toBe("04:00–12:00");
    expect(myHoursInZone("Asia/Ho_Chi_Minh", { start: 540, end: 1020 }, "America/New_York", Date.parse("2026-12-01T03:00:00Z"))).toBe("21:00–05:00 (+1)");
  });
});

describe("default templates", () => {
  for (const language of ["en", "vi"] as Language[]) {
    for (const kind of TEMPLATE_KINDS) {
      it(`${language} ${kind} fills every placeholder and names the client`, () => {
        const tpl = defaultTemplate(kind, language);
        const r = renderTemplate(templatePath("Client Desk/Templates", kind, language), tpl.text, clientValues(client(language), ctx(language)));
        if (!r.ok) throw new Error(`${r.file}:${r.line} ${r.placeholder}`);
        expect(r.text).not.toContain("{{");
        expect(r.text).toContain("Harbour Goods");
        expect(r.text.startsWith("---\ntype: ")).toBe(true);
        expect(r.text).toContain('client: "[[Harbour Goods]]"');
      });
    }
  }

  it("has the agreement's sections and the welcome packet's hours in the client's zone", () => {
    const agreement = defaultTemplate("agreement", "en").text;
    for (const h of ["## Scope", "## Deliverables", "## Timeline", "## Payment terms", "## Confidentiality", "## Termination"]) expect(agreement).toContain(h);
    const welcome = renderTemplate("W.md", defaultTemplate("welcome", "en").text, clientValues(client(), ctx()));
    expect(welcome.ok && welcome.text).toContain("My working hours are 12:00–21:00 in your time zone (Australia/Sydney).");
    expect(welcome.ok && welcome.text).toContain("I answer within 12 hours");
    const vi = renderTemplate("W.md", defaultTemplate("welcome", "vi").text, clientValues(client("vi"), ctx("vi")));
    expect(vi.ok && vi.text).toContain("12:00–21:00 theo múi giờ của bạn");
    expect(vi.ok && vi.text).toContain("Thứ Sáu");
  });

  it("names each template file in its language", () => {
    expect(templatePath("Client Desk/Templates/", "intake", "en")).toBe("Client Desk/Templates/Intake checklist.md");
    expect(templatePath("Client Desk/Templates", "intake", "vi")).toBe("Client Desk/Templates/Danh mục tiếp nhận.md");
  });
});

describe("typed values in a filled template", () => {
  const template = [
    "---",
    "type: intake",
    'client: "[[{{client.key}}]]"',
    "contact: {{client.contact}}",
    "quoted: '{{client.contact}}'",
    "---",
    "{{client.contact}}",
    "",
    "Dear {{client.contact}}, welcome.",
    "",
  ].join("\n");
  const values = { "client.key": 'Acme "Ltd"', "client.contact": "Mia: boss\n# Paid\n---\ntotal: 0 <b>x</b>" };

  it("stay values: the frontmatter keeps its fields, the body gains no heading, rule or HTML", () => {
    const r = renderTemplate("T.md", template, values);
    if (!r.ok) throw new Error("not filled");
    const fm = readFrontmatter(r.text);
    expect(fm.error).toBeNull();
    expect(fm.data).toEqual({ type: "intake", client: '[[Acme "Ltd"]]', contact: values["client.contact"], quoted: "Mia: boss # Paid --- total: 0 <b>x</b>" });
    const body = r.text.slice(r.text.indexOf("\n---\n", 4) + 5);
    expect(body).not.toMatch(/^#|^---|<b>/m);
    expect(body.split("\n")[0]).toBe("Mia: boss # Paid --- total: 0 &lt;b&gt;x&lt;/b&gt;");
  });
});
