// The status-bar tick: what the timer costs every second while it runs. The real plugin runs on
// the fake Obsidian (tests/fake) over an in-memory vault of 50 clients × 36 months (~15k entries)
// with a timer running for a retainer client; each tick is the service's one-second tick, which
// redraws the status bar (elapsed time, today's total, the retainer's burn; the tooltip every
// 30 s) from the snapshot and the clock alone. Every file read of the vault and its adapter is
// counted during the ticks: there must be none (benchTick throws otherwise).
//
// Baseline, in the same run: the least a ticking clock can do, formatting H:MM:SS and setting one
// element's text. Target: a tick under 0.5 ms.
//
// Needs a DOM and "obsidian" resolved to the fake: in vitest both are there; in the bench's Node
// bundle, alias "obsidian" to tests/fake/obsidian.ts (esbuild `alias: { obsidian:
// "./tests/fake/obsidian.ts" }`, happy-dom bundled like any dependency): a happy-dom window is
// then installed for the run and removed afterwards.

import type ClientDeskPluginType from "../../src/main";

export interface TickMeasure {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
  target: string;
  pass: boolean;
}

export interface TickOptions {
  /** Ticks timed (each one simulated second later than the one before). Default 3000. */
  ticks?: number;
  /** Clients and months of the generated vault. Default 50 × 36. */
  clients?: number;
  months?: number;
}

const TARGET_MS = 0.5;
const BATCH = 100;
const ZONE = "Asia/Ho_Chi_Minh";
const NOW = Date.parse("2026-11-25T10:14:00+07:00");

export async function benchTick(options: TickOptions = {}): Promise<TickMeasure[]> {
  const ticks = Math.max(BATCH, Math.floor((options.ticks ?? 3000) / BATCH) * BATCH);
  const restoreDom = await ensureDom();
  const fake = await import("../../tests/fake/obsidian");
  const { default: ClientDeskPlugin } = await import("../../src/main");
  const { clockText } = await import("../../src/core/time/duration-text");
  const realNow = Date.now;
  let clock = NOW;
  Date.now = () => clock;
  let app: InstanceType<typeof fake.App> | null = null;
  let plugin: ClientDeskPluginType | null = null;
  try {
    app = new fake.App({ files: vault(options.clients ?? 50, options.months ?? 36), pluginData: { "client-desk": { timeZone: ZONE } } });
    app.saveLocalStorage("client-desk-device", "Bench");
    plugin = await fake.loadPlugin(ClientDeskPlugin, app);
    await app.startLayout();
    await plugin.indexer.whenReady;
    await app.settle();
    const started = await plugin.timer.start({ clientKey: "Client 000", task: "Weekly metrics", taskAsLink: false });
    if (!started.ok) throw new Error(`could not start the timer: ${started.problem}`);
    await plugin.timer.whenIdle();
    await app.settle();
    const bar = app.statusBarEl.querySelector(".client-desk-timer-time");
    if (!bar) throw new Error("no status bar timer");

    let reads = 0;
    const count = <T extends object>(target: T, names: string[]): (() => void) => {
      const saved = names.map((n) => [n, (target as Record<string, unknown>)[n]] as const);
      for (const [n, fn] of saved) {
        (target as Record<string, unknown>)[n] = (...args: unknown[]) => {
          reads++;
          return (fn as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return () => {
        for (const [n, fn] of saved) (target as Record<string, unknown>)[n] = fn;
      };
    };
    const uncount = [
      count(app.vault, ["read", "cachedRead", "readBinary"]),
      count(app.vault.adapter, ["read", "readBinary", "stat", "list", "exists"]),
    ];

    const timer = plugin.timer;
    const tickOnce = () => {
      clock += 1000;
      timer.tick(clock);
    };
    // Warm-up, then batches of ticks.
    for (let i = 0; i < 200; i++) tickOnce();
    const perTick: number[] = [];
    for (let b = 0; b < ticks / BATCH; b++) {
      const t0 = performance.now();
      for (let i = 0; i < BATCH; i++) tickOnce();
      perTick.push((performance.now() - t0) / BATCH);
    }
    for (const u of uncount) u();
    const text = bar.textContent ?? "";

    const el = document.createElement("span");
    const start = clock;
    const base: number[] = [];
    for (let b = 0; b < ticks / BATCH; b++) {
      const t0 = performance.now();
      for (let i = 0; i < BATCH; i++) {
        clock += 1000;
        el.textContent = clockText(clock - start);
      }
      base.push((performance.now() - t0) / BATCH);
    }
    if (reads > 0) throw new Error(`the status-bar tick read files ${reads} times in ${ticks} ticks`);
    if (!/^\d+:\d\d:\d\d$/.test(text)) throw new Error(`the status bar shows “${text}”`);

    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const value = median(perTick);
    const worst = Math.max(...perTick);
    const baseline = median(base);
    return [
      { name: "status-bar tick (median of batches)", value, unit: "ms", baseline, ratio: value / baseline, target: `< ${TARGET_MS} ms`, pass: value < TARGET_MS },
      { name: "status-bar tick (slowest batch)", value: worst, unit: "ms", baseline, ratio: worst / baseline, target: `< ${TARGET_MS} ms`, pass: worst < TARGET_MS },
      { name: `file reads during ${ticks} ticks`, value: reads, unit: "reads", baseline: 0, ratio: 0, target: "0", pass: reads === 0 },
    ];
  } finally {
    Date.now = realNow;
    if (plugin) await fake.unloadPlugin(plugin);
    if (app) await app.destroy();
    await restoreDom();
  }
}

/** Log notes of `clients` clients over `months` months, ~9 entries each; Client 000 is on a 20-hour retainer. */
function vault(clients: number, months: number): Record<string, string> {
  const files: Record<string, string> = {};
  let seed = 0x7157;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  for (let c = 0; c < clients; c++) {
    const key = `Client ${pad(c, 3)}`;
    files[`Clients/${key}/${key}.md`] =
      c === 0
        ? "---\ntimezone: America/New_York\ncurrency: USD\nbilling: retainer\nretainer_fee: 1200\nretainer_hours: 20\nrate: 65\n---\n"
        : "---\ntimezone: Australia/Sydney\ncurrency: AUD\nrate: 45\n---\n";
    for (let m = 0; m < months; m++) {
      // The months up to November 2026.
      const first = new Date(Date.UTC(2026, 10 - (months - 1 - m), 1));
      const year = first.getUTCFullYear();
      const month = first.getUTCMonth() + 1;
      const lines: string[] = [`# ${key}`, ""];
      const n = 4 + Math.floor(rand() * 10);
      for (let i = 0; i < n; i++) {
        const day = 1 + Math.floor(rand() * 24);
        const h = 8 + Math.floor(rand() * 10);
        const id = `cd-${pad(c, 3)}${pad(m, 2)}${pad(i, 2)}`;
        lines.push(
          `- [start:: ${year}-${pad(month)}-${pad(day)}T${pad(h)}:00+07:00] [end:: ${year}-${pad(month)}-${pad(day)}T${pad(h)}:45+07:00] [task:: [[Task ${i % 5}]]] Work ^${id}`,
        );
      }
      files[`Clients/${key}/Log/${year}-${pad(month)}.md`] = `${lines.join("\n")}\n`;
    }
  }
  return files;
}

/** Installs a happy-dom window when there is no DOM (plain Node); returns how to take it away. */
async function ensureDom(): Promise<() => Promise<void>> {
  if (typeof document !== "undefined") return async () => undefined;
  const { Window } = await import("happy-dom");
  const win = new Window({ url: "http://localhost/" });
  const g = globalThis as unknown as Record<string, unknown>;
  const added: string[] = [];
  for (const key of Object.getOwnPropertyNames(win)) {
    if (key in g) continue;
    try {
      g[key] = (win as unknown as Record<string, unknown>)[key];
      added.push(key);
    } catch {
      // read-only on this Node: not needed by the fake
    }
  }
  for (const key of ["window", "document", "navigator"]) {
    if (key in g && key !== "window" && key !== "document") continue;
    g[key] = key === "window" ? win : (win as unknown as Record<string, unknown>)[key];
    added.push(key);
  }
  return async () => {
    for (const key of added) delete g[key];
    await win.happyDOM.close();
  };
}
