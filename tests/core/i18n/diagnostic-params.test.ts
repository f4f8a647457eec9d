// Each diagnostic the index makes from real bad input carries every param its message names: a
// message never reaches the user with a "{field}" left in it, in English or Vietnamese.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { diagnosticMessage, translator } from "../../../src/core/i18n";
import { testIndex } from "../../support/vault";

const LOG = [
  "- [start:: 2026-11-02T09:00+07:00] [End:: 2026-11-02T10:00+07:00] capital End",
  "- [start:: 2026-11-02T09:00+07:00] [end: 2026-11-02T10:00+07:00] one colon",
  "- [start:: 2026-11-02T09:00+07:00] [ end:: 2026-11-02T10:00+07:00] space",
  "- [start:: 2026-11-02T09:00+07:00] (end:: 2026-11-02T10:00+07:00) parentheses",
  "- [start:: 2026-11-02T09:00+07:00] end:: 2026-11-02T10:00+07:00 no brackets",
  "- [start:: 2026-11-02T09:00+07:00] [end:: 2026-11-02T10:00+07:00 no closing bracket",
  "- [Start:: 2026-11-02T09:00+07:00] [end:: 2026-11-02T10:00+07:00] capital Start",
  "- [start:: 2026-11-31T09:00+07:00] [end:: 2026-11-31T10:00+07:00] no such day ^cd-bad00001",
  "- [start:: 2026-11-03T09:00+07:00] [end:: 2026-11-03T08:00+07:00] backwards ^cd-bad00002",
  "- [start:: 2026-11-04T09:00+07:00] [start:: 2026-11-04T09:30+07:00] twice ^cd-bad00003",
  "- [start:: 2026-11-05T09:00+07:00] [end:: 2026-11-05T10:00+07:00] one ^cd-same0001",
  "- [start:: 2026-11-05T11:00+07:00] [end:: 2026-11-05T12:00+07:00] two ^cd-same0001",
  "- [start:: 2026-11-06T09:00+07:00] [end:: 2026-11-06T10:00+07:00] no id",
  "- [start:: 2026-11-07T09:00+07:00] [end:: 2026-11-08T09:00+07:00] a whole day ^cd-long0001",
  "- worked 2 hours ^cd-free0001",
  "<<<<<<< HEAD",
  "=======",
  ">>>>>>> other",
  "",
].join("\n");

/** The bad-vault fixture's files, with their vault paths. */
function fixture(): Record<string, string> {
  const root = join("tests", "fixtures", "bad-vault");
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel))) {
      const child = rel === "" ? name : `${rel}/${name}`;
      if (statSync(join(root, child)).isDirectory()) walk(child);
      else if (name.endsWith(".md")) out[child] = readFileSync(join(root, child), "utf8");
    }
  };
  walk("");
  return out;
}

describe("diagnostics from bad input", () => {
  it("fill every placeholder of their message, in en and vi", () => {
    const index = testIndex({
      ...fixture(),
      "Clients/Typo/Typo.md": "---\ntimezone: Asia/Ho_Chi_Minh\ncurrency: VND\nrate: 200000\n---\n",
      "Clients/Typo/Log/2026-11.md": LOG,
      "Clients/Typo/Log/2026-11 (conflicted copy).md": LOG,
      "Clients/Typo/Invoices/INV-2026-0001.md": "---\ntype: invoice\nnumber: INV-2026-0001\nclient: \"[[Typo]]\"\nstatus: paid\ncurrency: VND\ntotal: 100000\npaid: 90000\nbalance: 5\npayments: [\"2026-11-03 abc Wise\"]\n---\n",
    });
    const diagnostics = index.diagnostics();
    expect(new Set(diagnostics.map((d) => d.code)).size).toBeGreaterThan(12);
    for (const lang of ["en", "vi"] as const) {
      const t = translator(lang);
      for (const d of diagnostics) expect(diagnosticMessage(d, t), `${d.code} ${d.file}:${d.line}`).not.toMatch(/\{\w+\}/);
    }
  });
});
