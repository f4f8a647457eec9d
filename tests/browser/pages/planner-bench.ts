// A busy synthetic week for the planner's render bench (scripts/bench/render.ts): 20 clients in
// six zones and `blocks` blocks over the seven days (overlaps included), plus tracked entries, on
// the fake Obsidian with the real plugin. window.plannerBench times full renders of the view.
import { App, loadPlugin } from "../../fake/obsidian";
import { whenPageReady } from "../../fake/page";
import ClientDeskPlugin from "../../../src/main";
import { PLANNER_VIEW, PlannerView } from "../../../src/features/planner/planner-view";
import { renderGrid } from "../../../src/features/planner/planner-grid";

const ZONES = ["Australia/Sydney", "Europe/London", "America/New_York", "Asia/Ho_Chi_Minh", "Europe/Berlin", "Asia/Singapore"];
const MONDAY = Date.parse("2026-11-23T00:00:00+07:00");
const MIN = 60_000;

function iso(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 16) + "+07:00";
}

/** One week's plan note: `blocks` blocks from 06:00 every 25 minutes, 30 to 90 minutes long. */
function planNote(week: string, monday: number, blocks: number, ids: string): string {
  let plan = `---\ntype: plan\nweek: ${week}\n---\n# ${week}\n\n`;
  for (let i = 0; i < blocks; i++) {
    const day = i % 7;
    const slot = Math.floor(i / 7);
    // Neighbours overlap, as in a busy week.
    const start = monday + day * 1440 * MIN + (360 + slot * 25) * MIN;
    const end = start + (30 + ((i * 7) % 4) * 20) * MIN;
    const client = `Client ${String(i % 20).padStart(2, "0")}`;
    plan += `- [start:: ${iso(start)}] [end:: ${iso(end)}] [client:: [[${client}]]] Work block ${i} ^cd-${ids}${String(i).padStart(7, "0")}\n`;
  }
  return plan;
}

function vault(blocks: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let c = 0; c < 20; c++) {
    const name = `Client ${String(c).padStart(2, "0")}`;
    files[`Clients/${name}/${name}.md`] = `---\ntimezone: ${ZONES[c % ZONES.length]}\ncurrency: USD\nrate: 40\nstatus: active\n---\n`;
  }
  files["Planner/2026-W48.md"] = planNote("2026-W48", MONDAY, blocks, "b");
  // The next week, as busy: drawing it replaces every element of the week before.
  files["Planner/2026-W49.md"] = planNote("2026-W49", MONDAY + 7 * 1440 * MIN, blocks, "n");
  // Tracked time beside every third block of the first two days.
  const logs = new Map<string, string[]>();
  for (let i = 0; i < blocks; i++) {
    const day = i % 7;
    if (i % 3 !== 0 || day >= 2) continue;
    const start = MONDAY + day * 1440 * MIN + (360 + Math.floor(i / 7) * 25) * MIN;
    const end = start + (30 + ((i * 7) % 4) * 20) * MIN;
    const client = `Client ${String(i % 20).padStart(2, "0")}`;
    const list = logs.get(client) ?? [];
    list.push(`- [start:: ${iso(start + 5 * MIN)}] [end:: ${iso(end - 5 * MIN)}] [task:: Work] ^cd-e${String(i).padStart(7, "0")}`);
    logs.set(client, list);
  }
  for (const [client, lines] of logs) files[`Clients/${client}/Log/2026-11.md`] = `---\ntype: client-log\n---\n${lines.join("\n")}\n`;
  return files;
}

let view: PlannerView | null = null;
let flipWeek = "2026-W48";
let app: App | null = null;
/** Milliseconds of the view's last render, whoever asked for it. */
let lastRender = 0;

const bench = {
  async boot(blocks: number): Promise<number> {
    app = new App({ files: vault(blocks), pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh" } } });
    const plugin = await loadPlugin(ClientDeskPlugin, app);
    await app.startLayout();
    await plugin.indexer.whenReady;
    await app.settle();
    await app.commands.run("client-desk:open-planner");
    await app.settle();
    view = app.workspace.getLeavesOfType(PLANNER_VIEW)[0].view as PlannerView;
    view.goWeek("2026-W48");
    const render = view.render.bind(view);
    view.render = () => {
      const t = performance.now();
      render();
      lastRender = performance.now() - t;
    };
    return view.contentEl.querySelectorAll(".client-desk-planner-block").length;
  },
  /** Milliseconds of the model alone and of the grid's DOM alone (detached), for finding what is slow. */
  parts(): { model: number; grid: number } {
    const v = view!;
    let t = performance.now();
    v.render();
    const all = performance.now() - t;
    const model = v.model!;
    t = performance.now();
    renderGrid({ t: (k) => k, model, shownDays: [0, 1, 2, 3, 4, 5, 6], hidden: new Set() });
    const grid = performance.now() - t;
    return { model: all - grid, grid };
  },
  /**
   * Milliseconds per run, each run started on a fresh frame as a redraw after a change is, each
   * kind timed in its own loop so that one kind's garbage is not collected inside another's time:
   * - change: the redraw the view makes when a block of the week is moved in its note (the model
   *   and the DOM; the unchanged blocks keep their elements);
   * - week: the first draw of the other busy week (every element new, the old week's torn down);
   * - layout: the same with the browser's style and layout forced after it;
   * - baseline: as many plain positioned divs with two lines of text made and put in place.
   */
  /** Shows the other busy week (the render bench's frame-by-frame measure of a first draw). */
  flip(): void {
    flipWeek = flipWeek === "2026-W48" ? "2026-W49" : "2026-W48";
    view!.goWeek(flipWeek);
  },
  async time(runs: number): Promise<{ change: number[]; week: number[]; layout: number[]; baseline: number[] }> {
    const v = view!;
    const a = app!;
    const out = { change: [] as number[], week: [] as number[], layout: [] as number[], baseline: [] as number[] };
    const count = v.contentEl.querySelectorAll(".client-desk-planner-block").length;
    const frame = () => new Promise<void>((done) => window.requestAnimationFrame(() => window.setTimeout(done, 0)));
    const file = a.vault.getFileByPath("Planner/2026-W48.md")!;
    v.goWeek("2026-W48");
    for (let i = 0; i < runs; i++) {
      await frame();
      // Block 0 moves to 06:00 + i × 5 minutes; the indexer sees the change and the view redraws.
      const minute = 360 + (i % 12) * 5;
      lastRender = -1;
      await a.vault.process(file, (text) => text.replace(/^- \[start:: [^\]]*\] \[end:: [^\]]*\](.*\^cd-b0000000)$/m, (_all, rest: string) => {
        const start = MONDAY + minute * MIN;
        return `- [start:: ${iso(start)}] [end:: ${iso(start + 30 * MIN)}]${rest}`;
      }));
      await a.settle();
      if (lastRender >= 0) out.change.push(lastRender);
    }
    let week = "2026-W48";
    for (let i = 0; i < runs; i++) {
      await frame();
      week = week === "2026-W48" ? "2026-W49" : "2026-W48";
      v.goWeek(week);
      out.week.push(lastRender);
    }
    for (let i = 0; i < runs; i++) {
      await frame();
      week = week === "2026-W48" ? "2026-W49" : "2026-W48";
      const t = performance.now();
      v.goWeek(week);
      void v.contentEl.getBoundingClientRect();
      void v.contentEl.querySelector(".client-desk-planner-block")?.getBoundingClientRect();
      out.layout.push(performance.now() - t);
    }
    const host = document.body.createDiv();
    for (let i = 0; i < runs; i++) {
      await frame();
      const t = performance.now();
      const root = createDiv();
      for (let b = 0; b < count; b++) {
        const el = root.createDiv({ cls: "x" });
        el.setCssProps({ "--cd-top": String(b), "--cd-height": "30" });
        el.createDiv({ text: "09:00–10:00" });
        el.createDiv({ text: `Client ${b}` });
      }
      host.empty();
      host.appendChild(root);
      out.baseline.push(performance.now() - t);
    }
    host.remove();
    v.goWeek("2026-W48");
    return out;
  },
};

(window as unknown as { plannerBench: typeof bench }).plannerBench = bench;
whenPageReady(() => undefined);
