// The planner per person on the fake Obsidian (docs/team.md): the demo's team, Linh (owner) and
// Minh (subcontractor, with a plan note of his own). The week shows the device person's blocks;
// the header's picker shows Minh's (his working hours said) or everyone's (each block's person on
// it); the owner plans a block for Minh into his own plan note; Minh's device cannot move Linh's.
import { afterEach, describe, expect, it, vi } from "vitest";
import { App, getNotices, handlerErrors, loadPlugin, topModal, type Modal } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";
import { demoVault } from "../../../src/core/demo";
import { PLANNER_VIEW, PlannerView } from "../../../src/features/planner/planner-view";

const NOW = "2026-11-25T10:14:00+07:00";
const MINH_PLAN = "Planner/2026-W48 minh.md";
const MINH_BLOCK = "cd-minhp001";

async function boot(as = "") {
  vi.useFakeTimers({ now: Date.parse(NOW), toFake: ["Date", "setInterval", "clearInterval"] });
  const files: Record<string, string> = {};
  for (const [path, text] of demoVault(Date.parse(NOW))) if (!path.startsWith(".obsidian/")) files[path] = text;
  files[MINH_PLAN] = `# Plan\n- [start:: 2026-11-26T14:00+07:00] [end:: 2026-11-26T16:00+07:00] [client:: [[Clara Whitfield Coaching]]] Instagram graphics ^${MINH_BLOCK}\n`;
  const app = new App({ files, pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh" } } });
  if (as !== "") app.saveLocalStorage("client-desk-as", as);
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  await app.settle();
  await app.commands.run("client-desk:open-planner");
  await app.settle();
  const view = app.workspace.getLeavesOfType(PLANNER_VIEW)[0].view as PlannerView;
  return { app, plugin, view, files };
}

const blocks = (view: PlannerView) => [...view.contentEl.querySelectorAll<HTMLElement>(".client-desk-planner-block")];
const picker = (view: PlannerView) => view.contentEl.querySelector<HTMLSelectElement>("select.client-desk-planner-person")!;
function pick(view: PlannerView, value: string) {
  const select = picker(view);
  select.value = value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
}
function button(modal: Modal, text: string): HTMLButtonElement {
  const b = [...modal.modalEl.querySelectorAll("button")].find((x) => x.textContent === text);
  if (!b) throw new Error(`no button “${text}”`);
  return b;
}

afterEach(() => {
  vi.useRealTimers();
  expect(handlerErrors).toEqual([]);
});

describe("the planner per person on the fake", { timeout: 30_000 }, () => {
  it("shows your blocks by default, a person's or everyone's from the picker", async () => {
    const { view } = await boot();
    const options = [...picker(view).options].map((o) => [o.value, o.textContent]);
    expect(options).toEqual([["", "My blocks"], ["*", "Everyone"], ["linh", "Linh Nguyen"], ["minh", "Minh Tran"]]);
    const mine = blocks(view).length;
    expect(mine).toBeGreaterThan(10);
    expect(blocks(view).some((b) => b.dataset.id === MINH_BLOCK)).toBe(false);

    pick(view, "minh");
    expect(blocks(view).map((b) => b.dataset.id)).toEqual([MINH_BLOCK]);
    expect(picker(view).value).toBe("minh");
    expect(view.contentEl.querySelector(".client-desk-planner-person-hours")?.textContent).toBe("Minh Tran's working hours: 09:00–17:00 (Asia/Ho_Chi_Minh)");

    pick(view, "*");
    expect(blocks(view)).toHaveLength(mine + 1);
    const minh = blocks(view).find((b) => b.dataset.id === MINH_BLOCK)!;
    expect(minh.classList.contains("has-person")).toBe(true);
    expect(minh.querySelector(".client-desk-planner-block-person")?.textContent).toBe("MT");
    expect(minh.getAttribute("aria-label")).toContain("Minh Tran's block");
    const linh = blocks(view).find((b) => b.dataset.id !== MINH_BLOCK)!;
    expect(linh.querySelector(".client-desk-planner-block-person")?.textContent).toBe("LN");
    expect(view.contentEl.querySelector(".client-desk-planner-person-hours")).toBeNull();
    // The choice is kept with the layout, and a planner restored from it shows it again.
    expect(view.getState()).toMatchObject({ person: "*" });
    pick(view, "minh");
    const state = view.getState();
    pick(view, "");
    await view.setState(state, { history: false });
    view.render();
    expect(picker(view).value).toBe("minh");
    expect(blocks(view).map((b) => b.dataset.id)).toEqual([MINH_BLOCK]);
  });

  it("the owner plans a block for someone else, into that person's own plan note", async () => {
    const { app, view, files } = await boot();
    pick(view, "minh");
    (view.contentEl.querySelector(".client-desk-planner-new") as HTMLElement).click();
    const modal = topModal()!;
    const [client, day, person] = [...modal.contentEl.querySelectorAll("select")];
    expect([...person.options].map((o) => [o.value, o.textContent])).toEqual([["", "Linh Nguyen"], ["minh", "Minh Tran"]]);
    // The person shown is the first choice.
    expect(person.value).toBe("minh");
    const [start, end, title] = [...modal.contentEl.querySelectorAll("input")];
    const set = (el: HTMLInputElement | HTMLSelectElement, v: string, ev = "input") => {
      el.value = v;
      el.dispatchEvent(new Event(ev));
    };
    set(client, "Clara Whitfield Coaching", "change");
    set(day, "4", "change");
    set(start, "09:00");
    set(end, "10:30");
    set(title, "Reels covers");
    button(modal, "Add block").click();
    for (let i = 0; i < 3; i++) {
      await new Promise<void>((r) => window.setTimeout(r, 0));
      await view.writer.whenIdle();
      await app.settle();
    }
    const note = app.vault.contentOf(MINH_PLAN);
    expect(note).toMatch(/\n- \[start:: 2026-11-27T09:00\+07:00\] \[end:: 2026-11-27T10:30\+07:00\] \[client:: \[\[Clara Whitfield Coaching\]\]\] Reels covers \^cd-[a-z0-9]{8}\n$/);
    expect(app.vault.contentOf("Planner/2026-W48.md")).toBe(files["Planner/2026-W48.md"]);
    expect(blocks(view)).toHaveLength(2);
  });

  it("on Minh's device: his blocks, new ones in his note, no person field, Linh's blocks not his to move", async () => {
    const { app, view, files } = await boot("minh");
    expect(blocks(view).map((b) => b.dataset.id)).toEqual([MINH_BLOCK]);
    (view.contentEl.querySelector(".client-desk-planner-new") as HTMLElement).click();
    const modal = topModal()!;
    expect(modal.contentEl.querySelectorAll("select")).toHaveLength(2);
    modal.close();
    pick(view, "linh");
    const linh = blocks(view)[0].dataset.id!;
    expect(await view.edits.moveBy(linh, { minutes: 30 })).toBeNull();
    expect(getNotices().at(-1)).toContain("another person's plan note");
    expect(app.vault.contentOf("Planner/2026-W48.md")).toBe(files["Planner/2026-W48.md"]);
    pick(view, "");
    const moved = await view.edits.moveBy(MINH_BLOCK, { minutes: 30 });
    expect(moved).toMatchObject({ ok: true, file: MINH_PLAN });
  });
});
