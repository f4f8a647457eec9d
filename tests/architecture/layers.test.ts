// @vitest-environment node
// The layout ARCHITECTURE.md describes, enforced: the core's groups import only downwards; the CLI
// runs on the core alone; the adapter sits under the UI and the features and is the only code
// that writes to the vault; no file but the entry point knows the plugin class; no import loops;
// the codemap names every folder.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { vaultWrites } from "./checks";
import { CORE_TIERS, forbiddenImport, partOf } from "./layers";
import { importedModules, importLoops, parse, resolveImport, ROOT, sourceFiles } from "./source";

describe("the checks themselves", () => {
  it("place files in their part of the tree", () => {
    expect(partOf("src/core/billing/rounding.ts")).toBe("core/billing");
    expect(partOf("src/core/time/import/plan.ts")).toBe("core/time");
    expect(partOf("src/features/timer/setup.ts")).toBe("features/timer");
    expect(partOf("src/adapter/indexer.ts")).toBe("adapter");
    expect(partOf("src/main.ts")).toBe("main");
    expect(partOf("src/cli/main.ts")).toBe("cli");
    expect(partOf("tests/x.ts")).toBeNull();
  });

  it("allow imports downwards only", () => {
    expect(forbiddenImport("core/billing", "core/shared")).toBeNull();
    expect(forbiddenImport("core/shared", "core/billing")).not.toBeNull();
    expect(forbiddenImport("core/billing", "core/lifecycle")).not.toBeNull();
    expect(forbiddenImport("core/planner", "core/index")).toBeNull();
    expect(forbiddenImport("core/notes", "adapter")).not.toBeNull();
    expect(forbiddenImport("core/nowhere", "core/shared")).not.toBeNull();
    expect(forbiddenImport("cli", "core/index")).toBeNull();
    expect(forbiddenImport("cli", "adapter")).not.toBeNull();
    expect(forbiddenImport("adapter", "features/timer")).not.toBeNull();
    expect(forbiddenImport("adapter", "ui")).not.toBeNull();
    expect(forbiddenImport("ui", "features/planner")).not.toBeNull();
    expect(forbiddenImport("features/planner", "features/timer")).toBeNull();
    expect(forbiddenImport("features/timer", "main")).not.toBeNull();
    expect(forbiddenImport("main", "features/timer")).toBeNull();
  });

  it("find vault writes in every form the plugin uses", () => {
    const sf = parse(
      "x.ts",
      [
        "await this.app.vault.process(file, (t) => t);",
        "await app.fileManager.processFrontMatter(file, (fm) => {});",
        "await vault.create(path, text);",
        "await this.app.vault.adapter.write(path, text);",
        'await this.app.vault["modify"](file, text);',
        "const text = await this.app.vault.read(file);",
        "store.process(x);",
        "// vault.create(path)",
      ].join("\n"),
    );
    expect(vaultWrites(sf).map((w) => [w.what, w.line])).toEqual([
      ["vault.process", 1],
      ["fileManager.processFrontMatter", 2],
      ["vault.create", 3],
      ["adapter.write", 4],
      ["vault.modify", 5],
    ]);
  });

  it("find import loops of any length, and none in a tree", () => {
    const loops = importLoops(
      new Map([
        ["a", ["b"]],
        ["b", ["c"]],
        ["c", ["a", "d"]],
        ["d", []],
        ["e", ["e2"]],
        ["e2", ["e"]],
      ]),
    );
    expect(loops).toEqual([["a", "b", "c"], ["e", "e2"]]);
    expect(importLoops(new Map([["a", ["b"]], ["b", []]]))).toEqual([]);
  });
});

describe("the source tree", { timeout: 30_000 }, () => {
  const files = sourceFiles("src");
  const imports = files.map((f) => ({
    file: f,
    targets: importedModules(f.sf).map((m) => ({ ...m, target: resolveImport(f.rel, m.spec) })),
  }));

  it("is found, each relative import leading to a file", () => {
    expect(files.map((f) => f.rel)).toEqual(expect.arrayContaining(["src/main.ts", "src/core/shared/types.ts", "src/cli/main.ts"]));
    const unresolved = imports.flatMap(({ file, targets }) =>
      targets.filter((t) => t.spec.startsWith(".") && t.target === null).map((t) => `${file.rel}:${t.line} ${t.spec}`),
    );
    expect(unresolved).toEqual([]);
  });

  it("keeps at most three files directly in src/core, every other in a group of the map", () => {
    const flat = files.filter((f) => /^src\/core\/[^/]+$/.test(f.rel));
    expect(flat.length).toBeLessThanOrEqual(3);
    const groups = new Set(CORE_TIERS.flat().map((g) => `core/${g}`));
    const outside = files.filter((f) => f.rel.startsWith("src/core/") && f.rel.split("/").length > 3 && !groups.has(partOf(f.rel)!));
    expect(outside.map((f) => f.rel)).toEqual([]);
  });

  it("imports only downwards: core groups by the map, the CLI on the core, the adapter under the UI", () => {
    const found: string[] = [];
    for (const { file, targets } of imports) {
      const from = partOf(file.rel)!;
      for (const t of targets) {
        if (t.target === null) continue;
        const to = partOf(t.target);
        if (to === null) {
          found.push(`${file.rel}:${t.line} imports ${t.spec}, outside src/`);
          continue;
        }
        const why = forbiddenImport(from, to);
        if (why !== null) found.push(`${file.rel}:${t.line} imports ${t.target}: ${why}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("the CLI never imports obsidian", () => {
    const found = imports
      .filter(({ file }) => file.rel.startsWith("src/cli/"))
      .flatMap(({ file, targets }) => targets.filter((t) => t.spec === "obsidian" || t.spec.startsWith("obsidian/")).map((t) => `${file.rel}:${t.line}`));
    expect(found).toEqual([]);
  });

  it("only the CLI imports js-yaml: the plugin (and the core it bundles) parses YAML with Obsidian's parseYaml", () => {
    const found = imports
      .filter(({ file }) => !file.rel.startsWith("src/cli/"))
      .flatMap(({ file, targets }) => targets.filter((t) => t.spec === "js-yaml" || t.spec.startsWith("js-yaml/")).map((t) => `${file.rel}:${t.line}`));
    expect(found).toEqual([]);
  });

  it("has no import loop", () => {
    const graph = new Map(imports.map(({ file, targets }) => [file.rel, targets.flatMap((t) => (t.target === null ? [] : [t.target]))]));
    expect(importLoops(graph)).toEqual([]);
  });

  it("writes to the vault only in the adapter (the CLI has its own writer)", () => {
    const found: string[] = [];
    for (const f of files) {
      if (f.rel.startsWith("src/adapter/") || f.rel.startsWith("src/cli/")) continue;
      for (const w of vaultWrites(f.sf)) found.push(`${f.rel}:${w.line} ${w.what}`);
    }
    expect(found).toEqual([]);
  });

  it("has a codemap in ARCHITECTURE.md that names every folder of src/", () => {
    const codemap = /## Codemap\n+```\n([\s\S]*?)```/.exec(readFileSync(join(ROOT, "ARCHITECTURE.md"), "utf8"))?.[1] ?? "";
    const folders: string[] = [];
    const visitDir = (rel: string) => {
      for (const d of readdirSync(join(ROOT, rel), { withFileTypes: true })) {
        if (!d.isDirectory()) continue;
        folders.push(`${rel}/${d.name}`);
        visitDir(`${rel}/${d.name}`);
      }
    };
    visitDir("src");
    const missing = folders.filter((f) => !new RegExp(`(^|\\s)${f.split("/").pop()!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/`, "m").test(codemap));
    expect(missing).toEqual([]);
  });
});
