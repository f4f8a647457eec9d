// A busy synthetic week for the planner's render bench (scripts/bench/render.ts): 20 clients in
// six zones and `blocks` blocks over the seven days (overlaps included), plus tracked entries, on
// the fake Obsidian with the real plugin. window.plannerBench times full renders of the view.
import { App, loadPlugin } from "../../fake/obsidian";
import { whenPageReady } from "../../fake/page";
import ClientDeskPlugin from "../../../src/main";
import { PLANNER_VIEW, PlannerView } from "../../../src/ui/planner/planner-view";
import { renderGrid } from "../../../src/ui/planner/planner-grid";

const ZONES = ["Australia/Sydney", "Europe/London", "America/New_York", "Asia/Ho_Chi_Minh", "Europe/Berlin", "Asia/Singapore"];
const MONDAY = Date.parse("2026-11-23T00:00:00+07:00");
const MIN = 60_000;

function iso(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 16) + "+07:00";
}

function vault(blocks: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let c = 0; c < 20; c++) {
    const name = `Client ${String(c).padStart(2, "0")}`;
    files[`Clients/${name}/${name}.md`] = `---\ntimezone: ${ZONES[c % ZONES.length]}\ncurrency: USD\nrate: 40\nstatus: active\n---\n`;
  }
  let plan = "---\ntype: plan\nweek: 2026-W48\n---\n# Week 48, 2026\n\n";
  const logs = new Map<string, string[]>();
  for (let i = 0; i < blocks; i++) {
    const day = i % 7;
    const slot = Math.floor(i / 7);
    // Starts every 25 minutes from 06:00, 30 to 90 minutes long: neighbours overlap, as a busy week does.
    const start = MONDAY + day * 1440 * MIN + (360 + slot * 25) * MIN;
    const end = start + (30 + ((i * 7) % 4) * 20) * MIN;
    const client = `Client ${String(i % 20).padStart(2, "0")}`;
    plan += `- [start:: ${iso(start)}] [end:: ${iso(end)}] [client:: [[${client}]]] Work block ${i} ^cd-b${String(i).padStart(7, "0")}\n`;
    if (i % 3 === 0 && day < 2) {
      const list = logs.get(client) ?? [];
      list.push(`- [start:: ${iso(start + 5 * MIN)}] [end:: ${iso(end - 5 * MIN)}] [task:: Work] ^cd-e${String(i).padStart(7, "0")}`);
      logs.set(client, list);
    }
  }
  files["Planner/2026-W48.md"] = plan;
  for (const [client, lines] of logs) files[`Clients/${client}/Log/2026-11.md`] = `---\ntype: client-log\n---\n${lines.join("\n")}\n`;
  return files;
}

let view: PlannerView | null = null;

const bench = {
  async boot(blocks: number): Promise<number> {
    const app = new App({ files: vault(blocks), pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh" } } });
    const plugin = await loadPlugin(ClientDeskPlugin, app);
    await app.startLayout();
    await plugin.indexer.whenReady;
    await app.settle();
    await app.commands.run("client-desk:open-planner");
    await app.settle();
    view = app.workspace.getLeavesOfType(PLANNER_VIEW)[0].view as PlannerView;
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
   * Milliseconds per run of: the view's full render (model and DOM, put in place), the same with
   * the browser's style and layout forced after it, and the baseline: as many plain positioned
   * divs with two lines of text made and put in place.
   */
  time(runs: number): { render: number[]; layout: number[]; baseline: number[] } {
    const v = view!;
    const out = { render: [] as number[], layout: [] as number[], baseline: [] as number[] };
    const count = v.contentEl.querySelectorAll(".client-desk-planner-block").length;
    const host = document.body.createDiv();
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      v.render();
      out.render.push(performance.now() - t);
      t = performance.now();
      v.render();
      void v.contentEl.getBoundingClientRect();
      void v.contentEl.querySelector(".client-desk-planner-block")?.getBoundingClientRect();
      out.layout.push(performance.now() - t);
      t = performance.now();
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
    return out;
  },
};

(window as unknown as { plannerBench: typeof bench }).plannerBench = bench;
whenPageReady(() => undefined);
