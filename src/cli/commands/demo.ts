// `client-desk demo DIR`: writes the demo vault. An empty or missing DIR only; with --force into
// a folder that has files, but even then a file is replaced only when the demo wrote it earlier
// and nobody changed it since (a manifest of hashes in DIR/.client-desk-demo.json says which).

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync } from "node:fs";
import { resolve } from "node:path";
import { demoVault, LINH_ZONE, summary, type WeekSummary } from "../../core/demo";
import { formatInstant } from "../../core/shared/instant";
import { offsetAt } from "../../core/shared/zones";
import type { Context } from "../context";
import { CommandFailure, UsageError } from "../errors";
import { printJson, printLines, table } from "../output";
import { loadVault, reason } from "../vault-fs";
import { VaultWriter } from "../vault-writer";
import { billingText, localClock } from "./clients";

export const DEMO_MANIFEST = ".client-desk-demo.json";

export interface DemoJson {
  /** Absolute path of the demo vault. */
  dir: string;
  now: string;
  /** Files the demo wrote (or found already identical), vault-relative. */
  written: string[];
  /** Files that were in the way (yours, or changed since an earlier demo wrote them): left alone. */
  kept: string[];
  /** Unchanged files of an earlier demo that this one no longer has: deleted. */
  removed: string[];
  summary: WeekSummary;
  errors: number;
  warnings: number;
}

interface Manifest {
  version: 1;
  now: string;
  seed?: number;
  files: Record<string, string>;
}

export function runDemo(ctx: Context): number {
  const dirArg = ctx.args.positionals[1];
  if (dirArg === undefined || dirArg.trim() === "") throw new UsageError("cli.error.dir-missing");
  const root = resolve(ctx.io.cwd, dirArg);
  const force = ctx.args.booleans.has("force");
  const now = ctx.now(LINH_ZONE);
  const seedText = ctx.args.values.get("seed");
  const seed = seedText === undefined ? undefined : Number(seedText);
  if (seed !== undefined && !(/^\d{1,10}$/.test(seedText ?? "") && seed <= 0xffffffff)) throw new UsageError("cli.error.seed-invalid", { value: seedText ?? "" });

  if (existsSync(root)) {
    if (!statSync(root).isDirectory()) throw new UsageError("cli.error.not-a-folder", { path: root });
    if (readdirSync(root).length > 0 && !force) throw new UsageError("cli.error.demo-not-empty", { path: root });
  }
  const earlier = readManifest(root);
  const files = demoVault(now, seed);
  const written: string[] = [];
  const kept: string[] = [];
  const removed: string[] = [];
  const hashes: Record<string, string> = {};

  try {
    mkdirSync(root, { recursive: true });
  } catch (e) {
    throw new CommandFailure("cli.error.write-failed", { path: root, reason: reason(e) });
  }
  const writer = new VaultWriter(root);
  for (const [rel, text] of files) {
    const hash = sha256(text);
    let yours = false;
    // Decided inside the file's lock, from the file as it is then.
    writer.update(rel, (current) => {
      if (current === null) return text;
      const now = sha256(current);
      if (now === hash) return null;
      yours = earlier?.files[rel] !== now;
      return yours ? null : text;
    });
    if (yours) kept.push(rel);
    else {
      written.push(rel);
      hashes[rel] = hash;
    }
  }
  for (const [rel, hash] of Object.entries(earlier?.files ?? {})) {
    if (files.has(rel)) continue;
    let abs: string;
    try {
      abs = writer.target(rel);
    } catch {
      continue;
    }
    if (!existsSync(abs)) continue;
    if (sha256(readFileSync(abs)) !== hash) continue;
    try {
      unlinkSync(abs);
      removed.push(rel);
    } catch {
      // An earlier demo file that cannot be removed is simply left.
    }
  }
  const manifest: Manifest = { version: 1, now: formatInstant(now, offsetAt(LINH_ZONE, now)), ...(seed === undefined ? {} : { seed }), files: hashes };
  writer.update(DEMO_MANIFEST, () => `${JSON.stringify(manifest, null, 2)}\n`);

  for (const list of [written, kept, removed]) list.sort();
  const vault = loadVault(root, ctx.io.cwd);
  const week = summary(vault.index, now, vault.zone, vault.settings.weekStart);
  const diagnostics = vault.index.diagnostics();
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  if (ctx.json) {
    const out: DemoJson = {
      dir: root,
      now: week.now,
      written,
      kept,
      removed,
      summary: week,
      errors,
      warnings: diagnostics.length - errors,
    };
    printJson(ctx.io, out);
    return 0;
  }
  const t = ctx.t;
  const clients = vault.index.clients();
  const lines = [
    t("cli.demo.written", { count: written.length, path: root }),
    ...(kept.length > 0 ? [t("cli.demo.kept", { files: kept.join(", ") })] : []),
    ...(removed.length > 0 ? [t("cli.demo.removed", { files: removed.join(", ") })] : []),
    "",
    t("cli.demo.week", { week: week.week, zone: week.zone, time: localClock(week.zone, now, t) }),
    ...table(
      [
        [t("cli.col.client"), t("cli.col.week"), t("cli.col.zone"), t("cli.col.local"), t("cli.col.currency"), t("cli.col.billing")],
        ...clients.map((c) => [
          c.name,
          duration(week.clients.find((w) => w.key === c.key)?.minutes ?? 0, t),
          c.timezone,
          localClock(c.timezone, now, t),
          c.currency,
          billingText(c, ctx.lang, t),
        ]),
        [t("cli.demo.total"), duration(week.minutes, t)],
      ],
      "  ",
    ),
  ];
  lines.push("");
  lines.push(
    diagnostics.length === 0
      ? t("diagnostics.none")
      : t("diagnostics.summary", { errors, warnings: diagnostics.length - errors, files: new Set(diagnostics.map((d) => d.file)).size }),
  );
  printLines(ctx.io, lines);
  return 0;
}

function duration(minutes: number, t: Context["t"]): string {
  return t("cli.duration", { h: Math.floor(minutes / 60), m: String(minutes % 60).padStart(2, "0") });
}

function readManifest(root: string): Manifest | null {
  try {
    const data = JSON.parse(readFileSync(resolve(root, DEMO_MANIFEST), "utf8")) as Partial<Manifest>;
    if (data && data.version === 1 && typeof data.files === "object" && data.files !== null) return data as Manifest;
  } catch {
    // No manifest, or not one of ours: nothing in the folder counts as the demo's.
  }
  return null;
}

function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}
