// @vitest-environment node
// tests/fixtures/bad-vault holds one of every bad input; `check` must report each exactly once,
// at the right file, line and field, exit 1, and change nothing.

import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { REPO, hashTree, parse, run, spawn } from "./helpers";

const FIXTURE = join(REPO, "tests", "fixtures", "bad-vault");
const IMG = "Clients/<img onerror=alert(1)>/<img onerror=alert(1)>.md";

type Key = [file: string, line: number, field: string | null, code: string];

/** One diagnostic per bad input. */
const EXPECTED: Key[] = [
  ["Clients/Broken Yaml/Broken Yaml.md", 7, null, "yaml-broken"],
  ["Clients/Mars Base/Mars Base.md", 4, "timezone", "timezone-unknown"],
  ["Clients/Mars Base/Mars Base.md", 5, "currency", "currency-unknown"],
  ["Clients/Mars Base/Mars Base.md", 7, "rate", "money-negative"],
  ["Clients/Mars Base/Mars Base.md", 8, "working_hours", "hours-invalid"],
  ["Clients/Good Client/Log/2026-11.md", 9, "end", "entry-end-before-start"],
  ["Clients/Good Client/Log/2026-11.md", 10, null, "entry-duplicate-id"],
  ["Clients/Good Client/Log/2026-11.md", 11, null, "line-freehand"],
  ["Clients/Escape/Escape.md", 3, "name", "name-unsafe"],
  [IMG, 0, null, "folder-unsafe"],
];

/**
 * Known cascade in the core (src/core/notes/client-note.ts): a note whose YAML is broken indexes with
 * defaults, so billing falls back to hourly without a rate and `rate-missing` is added on top of
 * `yaml-broken`. Accepted here (present or not) until the core stops reporting it.
 */
const CASCADE: Key = ["Clients/Broken Yaml/Broken Yaml.md", 6, "rate", "rate-missing"];

interface Diag {
  severity: string;
  code: string;
  file: string;
  line: number;
  field?: string;
  message: string;
}

const key = (d: Diag): string => JSON.stringify([d.file, d.line, d.field ?? null, d.code]);

describe("check on tests/fixtures/bad-vault", () => {
  it("reports every bad input once, exits 1, and changes no file", () => {
    const before = hashTree(FIXTURE);
    const r = spawn(["check", "--vault", FIXTURE, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const out = parse<{ errors: number; warnings: number; diagnostics: Diag[] }>(r.stdout);
    const got = out.diagnostics.map(key).filter((k) => k !== JSON.stringify(CASCADE));
    expect(new Set(got)).toEqual(new Set(EXPECTED.map((k) => JSON.stringify(k))));
    expect(got).toHaveLength(EXPECTED.length);
    const cascades = out.diagnostics.length - got.length;
    expect(out.errors).toBe(9);
    expect(out.warnings).toBe(1 + cascades);
    expect(out.errors + out.warnings).toBe(out.diagnostics.length);
    for (const d of out.diagnostics) expect(d.message.length).toBeGreaterThan(10);
    // The dot folder Clients/.stash is never read.
    expect(out.diagnostics.some((d) => d.file.includes(".stash"))).toBe(false);
    expect(hashTree(FIXTURE)).toEqual(before);
  });

  it("prints one line per diagnostic and a summary for people, in English or Vietnamese", () => {
    const en = run(["check", "--vault", FIXTURE, "--lang", "en"]);
    expect(en.code).toBe(1);
    const lines = en.stdout.trimEnd().split("\n");
    expect(lines.at(-1)).toMatch(/^9 errors, \d warnings? in 5 files\.$/);
    expect(lines).toContain(
      "Clients/Mars Base/Mars Base.md:5 [currency] error: “usd” is not an ISO 4217 currency code. Did you mean USD?",
    );
    expect(lines.some((l) => l.startsWith(`${IMG} error: `))).toBe(true);
    const vi = run(["check", "--vault", FIXTURE, "--lang", "vi"]);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain("Clients/Mars Base/Mars Base.md:4 [timezone] lỗi: “Mars/Base” không phải là tên múi giờ IANA.");
  });

  it("lists only the clients that index, and says the data has problems", () => {
    const r = run(["clients", "--vault", FIXTURE, "--json"]);
    expect(r.code).toBe(0);
    const keys = parse<{ clients: { key: string; name: string }[] }>(r.stdout).clients.map((c) => [c.key, c.name]);
    // Unsafe folder skipped; the unsafe display name falls back to the folder name.
    expect(keys).toEqual([
      ["Broken Yaml", "Broken Yaml"],
      ["Escape", "Escape"],
      ["Good Client", "Good Client"],
      ["Mars Base", "Mars Base"],
    ]);
    const human = run(["clients", "--vault", FIXTURE, "--lang", "en"]);
    expect(human.stdout.trimEnd().split("\n").at(-1)).toMatch(/^Client data has 9 errors and \d warnings?: run client-desk check/);
  });
});
