import { describe, expect, it } from "vitest";
import { en } from "../../../src/core/i18n/en";
import { vi } from "../../../src/core/i18n/vi";
import { diagnosticLine, diagnosticMessage, languageFrom, pluralCategory, translator, type MessageKey } from "../../../src/core/i18n";
import { yamlReasonKey } from "../../../src/core/i18n/yaml-errors";
import type { Diagnostic, DiagnosticCode } from "../../../src/core/shared/types";
import { cliEn } from "../../../src/cli/messages/en";
import { cliVi } from "../../../src/cli/messages/vi";
import { cliTranslator } from "../../../src/cli/messages";

// A placeholder is `{name}` or the head of a plural part, `{name, plural, …}`.
const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]));

/** Every code, checked by the compiler: a new code fails to compile here until it is listed. */
const CODES: Record<DiagnosticCode, true> = {
  "yaml-broken": true,
  "field-type": true,
  "field-value": true,
  "timezone-unknown": true,
  "currency-unknown": true,
  "money-negative": true,
  "money-precision": true,
  "hours-invalid": true,
  "days-invalid": true,
  "rounding-invalid": true,
  "tax-invalid": true,
  "name-unsafe": true,
  "folder-unsafe": true,
  "rate-missing": true,
  "entry-malformed": true,
  "entry-near-miss": true,
  "entry-id-shared": true,
  "entry-after-invoice": true,
  "log-conflict-copy": true,
  "log-conflict-markers": true,
  "entry-exact-duplicate": true,
  "entry-too-long": true,
  "entry-running-long": true,
  "entry-time-invalid": true,
  "entry-end-before-start": true,
  "entry-duplicate-id": true,
  "entry-missing-id": true,
  "line-freehand": true,
  "plan-client-unknown": true,
  "plan-malformed": true,
  "template-line-invalid": true,
  "invoice-field-missing": true,
  "invoice-payment-invalid": true,
  "invoice-paid-mismatch": true,
  "invoice-number-duplicate": true,
  "invoice-entry-claimed-twice": true,
  "invoice-entry-changed": true,
  "invoice-entry-missing": true,
  "invoice-total-mismatch": true,
  "invoice-balance-mismatch": true,
  "invoice-paid-unlisted": true,
  "invoice-status-owing": true,
  "invoice-status-settled": true,
  "invoice-overpaid": true,
  "invoice-void-paid": true,
  "invoice-edited": true,
  "calendar-not-ics": true,
  "calendar-line-invalid": true,
  "calendar-truncated": true,
  "calendar-time-invalid": true,
  "calendar-zone-unknown": true,
  "calendar-end-before-start": true,
  "calendar-rule-unsupported": true,
  "task-review-missing": true,
  "person-duplicate": true,
  "person-name-unsafe": true,
  "person-unknown": true,
  "approval-entry-changed": true,
};

// The plugin's catalogs (src/core/i18n) and the CLI's own (src/cli/messages), each a pair.
const PAIRS: [string, Record<string, string>, Record<string, string>][] = [
  ["core", en, vi()],
  ["cli", cliEn, cliVi],
];

describe.each(PAIRS)("%s catalogs", (_name, enCatalog, viCatalog) => {
  const keys = Object.keys(enCatalog);

  it("en has keys", () => {
    expect(keys.length).toBeGreaterThan(20);
  });

  it.each(keys)("%s exists in vi and is not empty, in both", (key) => {
    expect(Object.prototype.hasOwnProperty.call(viCatalog, key)).toBe(true);
    expect(enCatalog[key].trim()).not.toBe("");
    expect(viCatalog[key].trim()).not.toBe("");
  });

  it("vi has no key that en lacks", () => {
    expect(Object.keys(viCatalog).filter((k) => !(k in enCatalog))).toEqual([]);
  });

  it.each(keys)("%s has the same placeholders in en and vi", (key) => {
    expect(placeholders(viCatalog[key])).toEqual(placeholders(enCatalog[key]));
  });

  it("braces are only ever placeholders or plural parts", () => {
    // A plural part's forms hold text and placeholders only: removed from the inside out.
    const plural = /\{\w+, plural,(?: =?\w+ \{[^{}]*\})+\}/g;
    for (const text of [...Object.values(enCatalog), ...Object.values(viCatalog)]) {
      expect(text.replace(/\{\w+\}/g, "").replace(plural, "")).not.toMatch(/[{}]/);
    }
  });
});

describe("the CLI's catalogs", () => {
  it("repeat no key of the core's", () => {
    expect(Object.keys(cliEn).filter((k) => k in en)).toEqual([]);
  });

  it("hold every key of the command line's own (cli.…, ….cli.…), which the plugin's do not", () => {
    const cliOnly = (k: string) => /^cli\.|\.cli\./.test(k);
    expect(Object.keys(en).filter(cliOnly)).toEqual([]);
    expect(Object.keys(cliEn).filter((k) => !cliOnly(k))).toEqual([]);
  });

  it("are looked up by the CLI's translator beside the core's, in both languages", () => {
    expect(cliTranslator("en")("cli.error.flag-missing", { flag: "--vault" })).toBe("--vault is missing.");
    expect(cliTranslator("vi")("cli.error.flag-missing", { flag: "--vault" })).toBe(cliVi["cli.error.flag-missing"].replace("{flag}", "--vault"));
    expect(cliTranslator("vi")("diagnostics.error")).toBe("Lỗi");
  });
});

describe("translator", () => {
  it("fills the params of a message", () => {
    expect(translator("en")("notice.index-ready", { clients: 3, entries: 120 })).toBe(
      "Client Desk: 3 clients, 120 entries indexed.",
    );
    expect(translator("vi")("diagnostics.summary", { errors: 2, warnings: 1, files: 3 })).toBe(
      "2 lỗi, 1 cảnh báo trong 3 tệp.",
    );
  });

  it("says a count of one in the singular in English, and leaves other numbers and Vietnamese alone", () => {
    expect(translator("en")("diagnostics.summary", { errors: 1, warnings: 1, files: 1 })).toBe("1 error, 1 warning in 1 file.");
    expect(translator("en")("diagnostics.summary", { errors: 21, warnings: 0, files: 11 })).toBe("21 errors, 0 warnings in 11 files.");
    expect(translator("en")("entry-ids.done", { count: 1, notes: 1 })).toBe("Added ids to 1 entry in 1 log note.");
    expect(translator("en")("entry-ids.done", { count: 1, notes: 2 })).toBe("Added ids to 1 entry in 2 log notes.");
    expect(translator("vi")("diagnostics.summary", { errors: 1, warnings: 1, files: 1 })).toBe("1 lỗi, 1 cảnh báo trong 1 tệp.");
  });

  it("picks plural forms by Intl.PluralRules: English one/other, Vietnamese other only", () => {
    const tEn = translator("en");
    expect(tEn("import.done", { count: 1, notes: 1 })).toBe("Imported 1 entry into 1 log note.");
    expect(tEn("import.done", { count: 0, notes: 2 })).toBe("Imported 0 entries into 2 log notes.");
    expect(tEn("billing.invoice-entry-unpriced", { count: 1 })).toBe("1 entry has no package and the client has no rate; it was left unbilled.");
    expect(tEn("report.retainer", { used: "1.5", included: 1, month: "November 2026", percent: 150 })).toBe("Retainer: 1.5 of 1 hour used in November 2026 (150%).");
    expect(translator("vi")("import.done", { count: 1, notes: 1 })).not.toMatch(/plural|#/);
    // No catalog message is left with a raw plural part or "1 <plural noun>" for a count of one.
    for (const lang of ["en", "vi"] as const) {
      const t = translator(lang);
      for (const key of Object.keys(en) as MessageKey[]) {
        const params = Object.fromEntries([...en[key].matchAll(/\{(\w+)/g)].map((m) => [m[1], 1]));
        const text = t(key, params);
        expect(text, key).not.toMatch(/\bplural,|\{\w+, /);
        if (lang === "en") expect(text, key).not.toMatch(/(?<![\w.,-])1 (errors|warnings|entries|files|notes|lines|clients|invoices|days|hours|blocks|tasks|copies|rows|weeks)\b/);
      }
      // The command line's own messages too.
      const c = cliTranslator(lang);
      for (const key of Object.keys(cliEn) as (keyof typeof cliEn)[]) {
        const params = Object.fromEntries([...String(cliEn[key]).matchAll(/\{(\w+)/g)].map((m) => [m[1], 1]));
        const text = c(key, params);
        expect(text, key).not.toMatch(/\bplural,|\{\w+, /);
        if (lang === "en") expect(text, key).not.toMatch(/(?<![\w.,-])1 (errors|warnings|entries|files|notes|lines|clients|invoices|days|hours|blocks|tasks|copies|rows|weeks|ids|timers|people|slots|events)\b/);
      }
    }
  });

  it("reads a count given as text for its category, and plain braces stay text", () => {
    const rules = new Intl.PluralRules("en-GB");
    expect(pluralCategory(1, rules)).toBe("one");
    expect(pluralCategory("1", rules)).toBe("one");
    expect(pluralCategory("1,5", rules)).toBe("other");
    expect(pluralCategory("many", rules)).toBe("other");
    expect(pluralCategory(1, new Intl.PluralRules("vi-VN"))).toBe("other");
  });

  it("fills every occurrence and leaves a missing param visible", () => {
    expect(translator("en")("diagnostics.open", { file: "a.md" })).toBe("Open a.md at line {line}");
  });

  it("does not read params from the prototype, and inserts values literally", () => {
    const t = translator("en");
    const inherited = Object.create({ line: 5 }) as Record<string, number>;
    expect(t("diagnostics.line", inherited)).toBe("line {line}");
    expect(t("diagnostics.line", { line: "$& {line} $1" })).toBe("line $& {line} $1");
  });

  it("without params gives the template", () => {
    expect(translator("vi")("diagnostics.error")).toBe("Lỗi");
    expect(translator("en")("diagnostics.error")).toBe("Error");
  });
});

describe("languageFrom", () => {
  it.each<[string | null | undefined, "en" | "vi"]>([
    ["vi", "vi"],
    ["vi-VN", "vi"],
    ["VI", "vi"],
    ["en", "en"],
    ["en-GB", "en"],
    ["fr", "en"],
    ["", "en"],
    [null, "en"],
    [undefined, "en"],
  ])("%j → %s", (code, lang) => {
    expect(languageFrom(code)).toBe(lang);
  });
});

describe("diagnosticMessage", () => {
  const sample = (code: DiagnosticCode): Diagnostic => {
    const names = placeholders(en[`diag.${code}` as MessageKey]);
    const params: Record<string, string> = {};
    for (const n of names) params[n] = n === "hint" ? "USD" : `«${n}»`;
    return { severity: "error", code, file: "Clients/A/A.md", line: 3, field: "rate", params };
  };

  it.each(Object.keys(CODES) as DiagnosticCode[])("%s has a text in en and vi with every param filled", (code) => {
    for (const lang of ["en", "vi"] as const) {
      const d = sample(code);
      const text = diagnosticMessage(d, translator(lang));
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toContain(`diag.${code}`);
      expect(text).not.toMatch(/\{\w+\}/);
      for (const [name, value] of Object.entries(d.params)) {
        if (name !== "hint") expect(text).toContain(value);
      }
    }
  });

  it("turns a currency hint into a sentence, and drops it when there is none", () => {
    const d: Diagnostic = {
      severity: "error",
      code: "currency-unknown",
      file: "Clients/A/A.md",
      line: 9,
      field: "currency",
      params: { value: "usd", hint: "USD" },
    };
    expect(diagnosticMessage(d, translator("en"))).toBe("“usd” is not an ISO 4217 currency code. Did you mean USD?");
    expect(diagnosticMessage(d, translator("vi"))).toContain("Có phải ý bạn là USD?");
    expect(diagnosticMessage({ ...d, params: { value: "xyz", hint: "" } }, translator("en"))).toBe(
      "“xyz” is not an ISO 4217 currency code.",
    );
  });

  it("diagnosticLine names file, line, field and severity", () => {
    const d: Diagnostic = {
      severity: "warning",
      code: "line-freehand",
      file: "Clients/A/Log/2026-11.md",
      line: 7,
      params: { text: "- worked 2h" },
    };
    expect(diagnosticLine(d, translator("en"))).toBe(
      "Clients/A/Log/2026-11.md:7 warning: This list item is not a time entry and is not counted: “- worked 2h”.",
    );
    expect(diagnosticLine({ ...d, line: 0, field: "name", severity: "error" }, translator("vi"))).toMatch(
      /^Clients\/A\/Log\/2026-11\.md \[name\] lỗi: /,
    );
  });
});

describe("YAML errors in the UI language", () => {
  const broken = (reason: string, column?: number): Diagnostic => ({
    severity: "error",
    code: "yaml-broken",
    file: "Clients/Acme/Acme.md",
    line: 4,
    params: column === undefined ? { reason } : { reason, column },
  });

  it("maps js-yaml's reasons to catalog messages, with the column", () => {
    expect(yamlReasonKey("duplicated mapping key")).toBe("yaml.duplicate-key");
    expect(yamlReasonKey("bad indentation of a mapping entry")).toBe("yaml.indentation");
    expect(yamlReasonKey("unexpected end of the stream within a double quoted scalar")).toBe("yaml.unclosed-quote");
    expect(yamlReasonKey("end of the stream or a document separator is expected")).toBe("yaml.extra-text");
    expect(diagnosticMessage(broken("duplicated mapping key", 3), translator("vi"))).toBe(
      "Siêu dữ liệu đầu tệp không phải YAML hợp lệ: một tên trường được viết hai lần (cột 3). Obsidian không đọc được thuộc tính của ghi chú này.",
    );
    expect(diagnosticMessage(broken("duplicated mapping key"), translator("en"))).toBe(
      "The frontmatter is not valid YAML: a field name is written twice. Obsidian cannot read this note's properties.",
    );
  });

  it("labels a reason of no known kind as the parser's own words", () => {
    expect(diagnosticMessage(broken("something new"), translator("vi"))).toContain("trình đọc YAML báo: something new");
  });

  it("translates what js-yaml really says about broken frontmatter", async () => {
    const { readFrontmatter } = await import("../../../src/core/notes/frontmatter");
    for (const text of ["---\nname: A\nname: B\n---\n", "---\nname: \"open\n---\n", "---\nlist: [a, b\n---\n", "---\na:\n  b: 1\n c: 2\n---\n"]) {
      const r = readFrontmatter(text);
      expect(r.error, text).not.toBeNull();
      expect(yamlReasonKey(r.error!.reason), r.error!.reason).not.toBeNull();
      expect(r.error!.column, text).toBeGreaterThan(0);
    }
  });
});
