// The Bases views: valid YAML in the shape of Obsidian's `.base` files, and every note property a
// view filters, groups, sorts, sums or shows is a field that the notes of that kind really have
// (taken from the demo vault, which the core's own writers make).

import { describe, expect, it } from "vitest";
import { load } from "js-yaml";
import { BASES_FOLDER, baseFiles } from "../../../src/core/notes/bases";
import { translator } from "../../../src/core/i18n";
import { DEMO_SETTINGS, LINH_ZONE, demoVault } from "../../../src/core/demo";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { dueReports } from "../../../src/core/reports/report-run";
import { ReportRegistry } from "../../../src/core/reports/report-notes";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";

interface View {
  type: string;
  name: string;
  filters?: unknown;
  groupBy?: { property: string; direction: string };
  order: string[];
  sort?: { property: string; direction: string }[];
  summaries?: Record<string, string>;
}
interface Base {
  filters: unknown;
  formulas?: Record<string, string>;
  properties: Record<string, { displayName: string }>;
  views: View[];
}

const LAYOUT = { clientsRoot: "Clients", plannerFolder: "Planner" };
const NOW = Date.parse("2026-11-25T03:14:00Z");
const files = demoVault(NOW);
// The demo leaves the reports due to the plugin: they are written here as the scheduler would.
const index = new VaultIndex({ clientsRoot: "Clients", plannerFolder: "Planner", timezone: LINH_ZONE, currency: DEMO_SETTINGS.homeCurrency });
for (const [path, text] of files) if (index.wants(path)) index.setFile(path, text);
for (const r of dueReports({ index, registry: new ReportRegistry(), pathExists: (p) => files.has(p), now: NOW, userZone: LINH_ZONE })) files.set(r.path, r.text);

/** Frontmatter keys of the demo's notes that pass `test`, as one set. */
function fieldsOf(test: (path: string, data: Record<string, unknown>) => boolean): Set<string> {
  const out = new Set<string>();
  for (const [path, text] of files) {
    if (!path.endsWith(".md")) continue;
    const data = readFrontmatter(text).data;
    if (data && test(path, data)) for (const k of Object.keys(data)) out.add(k);
  }
  return out;
}

const KINDS: Record<string, Set<string>> = {
  "Clients by status": fieldsOf((p) => /^Clients\/([^/]+)\/\1\.md$/.test(p)),
  "Open tasks": fieldsOf((p) => /^Clients\/[^/]+\/Tasks\//.test(p)),
  "Invoices outstanding": fieldsOf((_, d) => d.type === "invoice"),
  "Reports this month": fieldsOf((_, d) => d.type === "client-report"),
};

/** Every string of a filter tree. */
function statements(f: unknown): string[] {
  if (typeof f === "string") return [f];
  if (Array.isArray(f)) return f.flatMap(statements);
  if (f && typeof f === "object") return Object.values(f).flatMap(statements);
  return [];
}

/** Bare names in an expression that are note properties: not file.*, formula.*, functions, strings or numbers. */
function noteNames(expr: string): string[] {
  const bare = expr.replace(/"(?:[^"\\]|\\.)*"/g, "").replace(/\bfile\.[\w.]+/g, "").replace(/\bformula\.\w+/g, "");
  return [...bare.matchAll(/(?<![.\w])([a-z_]+)\b(?!\s*\()/g)].map((m) => m[1]).filter((n) => !["true", "false", "null"].includes(n));
}

function propertyNames(p: string): string[] {
  if (p.startsWith("file.") || p.startsWith("formula.")) return [];
  return [p.replace(/^note\./, "")];
}

describe("Bases views", () => {
  const bases = baseFiles(LAYOUT, translator("en"));

  it("are four files under the Bases folder, each valid YAML with views", () => {
    expect(bases.map((b) => b.path)).toEqual(["Clients by status", "Open tasks", "Invoices outstanding", "Reports this month"].map((n) => `${BASES_FOLDER}/${n}.base`));
    for (const b of bases) {
      const y = load(b.text) as Base;
      expect(y.views.length).toBeGreaterThan(0);
      for (const v of y.views) {
        expect(v.type).toBe("table");
        expect(v.order.length).toBeGreaterThan(1);
      }
    }
  });

  it("name only fields that the notes of that kind have", () => {
    for (const b of bases) {
      const name = b.path.slice(BASES_FOLDER.length + 1, -".base".length);
      const y = load(b.text) as Base;
      const fields = KINDS[name];
      expect(fields.size, name).toBeGreaterThan(3);
      const used = new Set<string>([
        ...statements(y.filters).flatMap(noteNames),
        ...Object.values(y.formulas ?? {}).flatMap(noteNames),
        ...Object.keys(y.properties).flatMap(propertyNames),
        ...y.views.flatMap((v) => [
          ...statements(v.filters).flatMap(noteNames),
          ...(v.groupBy ? propertyNames(v.groupBy.property) : []),
          ...v.order.flatMap(propertyNames),
          ...(v.sort ?? []).flatMap((s) => propertyNames(s.property)),
          ...Object.keys(v.summaries ?? {}).flatMap(propertyNames),
        ]),
      ]);
      expect(used.size, name).toBeGreaterThan(2);
      for (const field of used) expect(fields.has(field), `${name}: ${field}`).toBe(true);
      // Formulas and columns referred to are defined.
      for (const v of y.views) for (const p of [...v.order, v.groupBy?.property ?? "file.name"]) if (p.startsWith("formula.")) expect(y.formulas?.[p.slice(8)], `${name}: ${p}`).toBeDefined();
    }
  });

  it("sum the balance of outstanding invoices per currency, and show sent invoices with a balance only", () => {
    const y = load(bases[2].text) as Base;
    const outstanding = y.views[0];
    expect(outstanding.groupBy).toEqual({ property: "currency", direction: "ASC" });
    expect(outstanding.summaries).toMatchObject({ balance: "Sum" });
    expect(statements(outstanding.filters)).toEqual(['status == "sent"', "balance > 0"]);
  });

  it("find clients and tasks under the clients root the settings name", () => {
    const [clients, tasks] = baseFiles({ clientsRoot: "Work/Clients/", plannerFolder: "Planner" }, translator("en")).map((b) => load(b.text) as Base);
    expect(statements(clients.filters)).toContain('file.folder == "Work/Clients/" + file.basename');
    expect(statements(clients.filters)).toContain('file.inFolder("Work/Clients")');
    expect(tasks.formulas?.client).toBe('file.folder.slice(13).split("/")[0]');
  });

  it("speak the user's language, file names included", () => {
    const vi = baseFiles(LAYOUT, translator("vi"));
    expect(vi[0].path).toBe(`${BASES_FOLDER}/Khách hàng theo trạng thái.base`);
    expect((load(vi[2].text) as Base).properties.balance.displayName).toBe("Còn nợ");
  });

  it("are in the demo vault as the core builds them", () => {
    const demo = demoVault(NOW);
    for (const b of bases) expect(demo.get(b.path)).toBe(b.text);
    expect(DEMO_SETTINGS.clientsRoot).toBe("Clients");
  });
});
