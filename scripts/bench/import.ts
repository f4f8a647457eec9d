// Import throughput: a generated Toggl Track detailed-report CSV of 50 000 rows read by the
// importer (RFC 4180 parsing, then each row mapped to an entry: dates, DST-safe local times,
// clients, ids, duplicates), against a plain `split("\n")` / `split(",")` of the same text.
//
// Each figure is entries per second (median of several runs after a warm-up); `ratio` is
// baseline ÷ value, i.e. how many times longer than the naive split the importer takes.
//
// Wire it into scripts/bench/run.ts with:
//   import { benchImport } from "./import";
//   for (const m of await benchImport()) …print m.name, m.value, m.unit, m.baseline, m.ratio…

import { parseCsv } from "../../src/core/time/csv";
import { clearOffsetCache, previewTable, targetFromIndex } from "../../src/core/time/import";
import { VaultIndex } from "../../src/core/index/vault-index";
import { int, mulberry32, pick } from "./prng";

export interface ImportMeasure {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
}

const ROWS = 50_000;
const ZONE = "Asia/Ho_Chi_Minh";
const CLIENTS = ["Harbour Goods", "Clara Whitfield Coaching", "Brightloop", "Trà Sen Tây Hồ", "Northwind Bakery", "Oak & Pine Studio"];
const PROJECTS = ["Product uploads", "Customer service", "Newsletter", "Inbox", "Social media", "Bookkeeping"];
const WORDS = ["drafted", "replied to", "scheduled", "checked", "uploaded", "fixed", "reviewed", "the", "orders", "posts", "invoices", "emails", "photos"];

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

const USERS = ["Linh Tran", "Mai Nguyen", "Huy Pham", "An Le", "Thu Vo"];

/**
 * A realistic Toggl export of a small agency: five people's entries, interleaved, over about a
 * year and a half from 2025-01-01; quoted descriptions with commas and quotes; entries across
 * midnight, month ends and DST days of no consequence (the zone is Ho Chi Minh City's).
 */
export function generateTogglCsv(rows = ROWS, seed = 20261004): string {
  const rng = mulberry32(seed);
  const lines = ["User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (USD)"];
  const clock = USERS.map(() => Date.UTC(2025, 0, 1, 1, 0, 0));
  for (let i = 0; i < rows; i++) {
    const u = i % USERS.length;
    const t = clock[u] + int(rng, 0, 30) * 60_000 + int(rng, 0, 59) * 1000;
    const length = int(rng, 5 * 60, 2 * 3600) * 1000;
    clock[u] = t + length;
    const start = new Date(t + 7 * 3_600_000);
    const end = new Date(t + length + 7 * 3_600_000);
    const words = Array.from({ length: int(rng, 2, 8) }, () => pick(rng, WORDS)).join(" ");
    const description = rng() < 0.2 ? `"${words}, ""urgent"" batch"` : words;
    const s = length / 1000;
    lines.push(
      [
        USERS[u],
        `${USERS[u].split(" ")[0].toLowerCase()}@example.com`,
        pick(rng, CLIENTS),
        pick(rng, PROJECTS),
        "",
        description,
        rng() < 0.85 ? "Yes" : "No",
        `${start.getUTCFullYear()}-${pad(start.getUTCMonth() + 1)}-${pad(start.getUTCDate())}`,
        `${pad(start.getUTCHours())}:${pad(start.getUTCMinutes())}:${pad(start.getUTCSeconds())}`,
        `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`,
        `${pad(end.getUTCHours())}:${pad(end.getUTCMinutes())}:${pad(end.getUTCSeconds())}`,
        `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`,
        "",
        "",
      ].join(","),
    );
  }
  return lines.join("\r\n") + "\r\n";
}

function vaultIndex(): VaultIndex {
  const index = new VaultIndex({ clientsRoot: "Clients", plannerFolder: "Planner", timezone: ZONE, currency: "USD" });
  for (const name of CLIENTS) index.setFile(`Clients/${name}/${name}.md`, `---\ntimezone: ${ZONE}\ncurrency: USD\nrate: 30\n---\n`);
  return index;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function time(fn: () => unknown, runs: number): number {
  fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}

export async function benchImport(options: { rows?: number; runs?: number } = {}): Promise<ImportMeasure[]> {
  const rows = options.rows ?? ROWS;
  const runs = options.runs ?? 5;
  const text = generateTogglCsv(rows);
  const index = vaultIndex();

  let checked = 0;
  const baselineMs = time(() => {
    let fields = 0;
    for (const line of text.split("\n")) fields += line.split(",").length;
    checked = fields;
  }, runs);
  if (checked === 0) throw new Error("baseline read nothing");

  let imported = 0;
  const importMs = time(() => {
    clearOffsetCache(); // each run starts cold, as a real import does
    const preview = previewTable(parseCsv(text), targetFromIndex(index), { tool: "toggl", zone: ZONE });
    if (preview.problems.length > 0) throw new Error(`generated CSV has problems: ${JSON.stringify(preview.problems[0])}`);
    imported = preview.entries.length;
  }, runs);
  if (imported !== rows) throw new Error(`imported ${imported} of ${rows} rows`);

  const parseMs = time(() => parseCsv(text), runs);

  const perSecond = (ms: number) => (rows / ms) * 1000;
  const baseline = perSecond(baselineMs);
  await Promise.resolve();
  return [
    { name: `import Toggl CSV, ${rows} rows (parse + map)`, value: perSecond(importMs), unit: "entries/s", baseline, ratio: importMs / baselineMs },
    { name: `parse CSV only, ${rows} rows`, value: perSecond(parseMs), unit: "entries/s", baseline, ratio: parseMs / baselineMs },
  ];
}
