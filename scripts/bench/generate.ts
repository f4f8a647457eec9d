// Synthetic vaults for the benchmark, generated from a fixed seed so that every machine and every
// run measures the same notes. Written once per scale under os.tmpdir() and reused afterwards.
//
// Bump GENERATOR_VERSION whenever the output of this file changes: the directory name carries it,
// so an old vault is never measured by mistake.

import { Buffer } from "node:buffer";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { DateTime } from "luxon";
import { chance, int, mulberry32, pick } from "./prng";
import { clientNote, ID_ALPHABET, invoiceNote, logNote, makeClients, meetingNote, pad, planNote, reportNote, TASK_KINDS, taskNote } from "./generate-notes";

export const GENERATOR_VERSION = "6";

export type ScaleName = "S" | "M" | "L";

export interface ScaleSpec {
  name: ScaleName;
  clients: number;
  firstYear: number;
  years: number;
  seed: number;
}

/** The product brief's scales: S = 10 clients × 1 year, M = 50 × 3, L = 500 × 5. */
export const SCALES: Record<ScaleName, ScaleSpec> = {
  S: { name: "S", clients: 10, firstYear: 2026, years: 1, seed: 0x5eed0001 },
  M: { name: "M", clients: 50, firstYear: 2024, years: 3, seed: 0x5eed0002 },
  L: { name: "L", clients: 500, firstYear: 2022, years: 5, seed: 0x5eed0003 },
};

/** The vault owner's zone (Linh, in Ho Chi Minh City): every entry is written with +07:00. */
export const USER_ZONE = "Asia/Ho_Chi_Minh";

// Per client and month. 8.67 entries per client-month gives ~260k entries at L (500 × 60 months);
// 1.64 other notes per client-month gives ~80k notes at L with the client, log and plan notes.
const P_INVOICE = 0.95;
const P_MEETING = 0.3;
const P_TASK_NOTE = 0.25;
const P_REPORT = 0.14;

export interface VaultManifest {
  version: string;
  scale: ScaleName;
  seed: number;
  clients: number;
  months: number;
  clientNotes: number;
  logNotes: number;
  planNotes: number;
  otherNotes: number;
  files: number;
  entries: number;
  runningEntries: number;
  freehandLines: number;
  planBlocks: number;
  bytes: number;
  generatedMs: number;
}

export interface Vault {
  root: string;
  manifest: VaultManifest;
  reused: boolean;
}

export function vaultDir(scale: ScaleName): string {
  return join(tmpdir(), `client-desk-bench-${GENERATOR_VERSION}-${scale}`);
}

/** The vault of `scale`, generated on first use. `log` receives progress lines. */
export function ensureVault(scale: ScaleName, log: (msg: string) => void): Vault {
  const dir = vaultDir(scale);
  const manifestPath = join(dir, "manifest.json");
  if (existsSync(manifestPath)) {
    try {
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as VaultManifest;
      if (manifest.version === GENERATOR_VERSION && manifest.scale === scale) {
        return { root: join(dir, "vault"), manifest, reused: true };
      }
    } catch {
      // unreadable manifest: generate again
    }
  }
  const work = `${dir}.partial-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const manifest = generate(SCALES[scale], join(work, "vault"), log);
  writeFileSync(join(work, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(work, dir);
  return { root: join(dir, "vault"), manifest, reused: false };
}

function generate(spec: ScaleSpec, root: string, log: (msg: string) => void): VaultManifest {
  const t0 = performance.now();
  const rng = mulberry32(spec.seed);
  const ids = new Set<string>();
  const newId = (): string => {
    for (;;) {
      let s = "cd-";
      for (let i = 0; i < 8; i++) s += ID_ALPHABET[Math.floor(rng() * 36)];
      if (!ids.has(s)) {
        ids.add(s);
        return s;
      }
    }
  };
  const m: VaultManifest = {
    version: GENERATOR_VERSION,
    scale: spec.name,
    seed: spec.seed,
    clients: spec.clients,
    months: spec.years * 12,
    clientNotes: 0,
    logNotes: 0,
    planNotes: 0,
    otherNotes: 0,
    files: 0,
    entries: 0,
    runningEntries: 0,
    freehandLines: 0,
    planBlocks: 0,
    bytes: 0,
    generatedMs: 0,
  };
  const written = new Set<string>();
  const write = (rel: string, text: string): void => {
    if (written.has(rel)) throw new Error(`generated twice: ${rel}`);
    written.add(rel);
    writeFileSync(join(root, rel), text);
    m.files++;
    m.bytes += Buffer.byteLength(text);
  };

  const clients = makeClients(spec, rng);
  const lastMonthIndex = spec.years * 12 - 1;
  let nextReport = 0.1;
  // Invoice numbers are unique across the vault (docs/vault-format.md): one counter per year.
  const invoiceCounters = new Map<number, number>();
  clients.forEach((c, ci) => {
    const folder = `Clients/${c.key}`;
    for (const sub of ["Log", "Tasks", "Invoices", "Reports", "Meetings"]) {
      mkdirSync(join(root, folder, sub), { recursive: true });
    }
    write(`${folder}/${c.key}.md`, clientNote(c, rng));
    m.clientNotes++;
    const running = ci % 20 === 3;
    for (let mi = 0; mi <= lastMonthIndex; mi++) {
      const year = spec.firstYear + Math.floor(mi / 12);
      const month = (mi % 12) + 1;
      const monthId = `${year}-${pad(month)}`;
      const { text, entries, billableIds, freehand } = logNote(c, year, month, rng, newId, running && mi === lastMonthIndex);
      write(`${folder}/Log/${monthId}.md`, text);
      m.logNotes++;
      m.entries += entries;
      m.freehandLines += freehand;
      if (running && mi === lastMonthIndex) m.runningEntries++;

      if (chance(rng, P_INVOICE)) {
        const invoiceNo = (invoiceCounters.get(year) ?? 0) + 1;
        invoiceCounters.set(year, invoiceNo);
        const number = `INV-${year}-${pad(invoiceNo, 4)}`;
        write(`${folder}/Invoices/${number}.md`, invoiceNote(c, number, year, month, billableIds, rng));
        m.otherNotes++;
      }
      if (chance(rng, P_MEETING)) {
        const day = int(rng, 1, 28);
        write(`${folder}/Meetings/${monthId}-${pad(day)} ${c.meetingTitle}.md`, meetingNote(c, monthId, day, rng));
        m.otherNotes++;
      }
      if (chance(rng, P_TASK_NOTE)) {
        const kind = pick(rng, TASK_KINDS);
        write(`${folder}/Tasks/${kind} ${monthId}.md`, taskNote(c, kind, monthId, rng));
        m.otherNotes++;
      }
      if (chance(rng, P_REPORT)) {
        // One of the first four Mondays of this month, so that two months never name the same report.
        const first = DateTime.fromObject({ year, month, day: 1 }, { zone: USER_ZONE });
        const week = first.plus({ days: (8 - first.weekday) % 7, weeks: int(rng, 0, 3) });
        const weekId = `${week.weekYear}-W${pad(week.weekNumber)}`;
        write(`${folder}/Reports/${weekId}.md`, reportNote(c, weekId, rng));
        m.otherNotes++;
      }
    }
    if ((ci + 1) / clients.length >= nextReport) {
      log(`  generating ${spec.name}: ${ci + 1}/${clients.length} clients, ${m.files} files`);
      nextReport += 0.1;
    }
  });

  mkdirSync(join(root, "Planner"), { recursive: true });
  let week = DateTime.fromObject({ year: spec.firstYear, month: 1, day: 1 }, { zone: USER_ZONE }).startOf("week");
  const end = DateTime.fromObject({ year: spec.firstYear + spec.years, month: 1, day: 1 }, { zone: USER_ZONE });
  while (week < end) {
    const weekId = `${week.weekYear}-W${pad(week.weekNumber)}`;
    const { text, blocks } = planNote(clients, week, rng, newId);
    write(`Planner/${weekId}.md`, text);
    m.planNotes++;
    m.planBlocks += blocks;
    week = week.plus({ weeks: 1 });
  }
  write("Planner/Template.md", "# The usual week\n\n- Mon: inbox, newsletters\n- Fri: reports\n");
  m.otherNotes++;
  write("Home.md", "# Home\n\n[[Planner/Template]]\n");
  m.otherNotes++;
  m.generatedMs = Math.round(performance.now() - t0);
  log(`  generated ${spec.name}: ${m.files} files, ${m.entries} entries in ${(m.generatedMs / 1000).toFixed(1)} s`);
  return m;
}
