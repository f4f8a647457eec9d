// The timer's plugin tests share this: Linh (Asia/Ho_Chi_Minh, her device "Linh's Mac") and her
// clients on the fake Obsidian, booted with a fixed clock (vitest fake timers move Date and the
// plugin's one-second interval; the fake metadata cache keeps its own real 5 ms timers), and the
// helpers that drive the timer the way a user does.
import { expect, vi } from "vitest";
import { App, chooseSuggestion, loadPlugin, setPlatform, topModal, typeInSuggest, unloadPlugin, type Modal } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";

export const ZONE = "Asia/Ho_Chi_Minh";
export const DEVICE = "Linh's Mac";
export const HARBOUR = "Clients/Harbour Goods/Harbour Goods.md";
export const HARBOUR_LOG = "Clients/Harbour Goods/Log/2026-11.md";
export const CLARA_LOG = "Clients/Clara Whitfield Coaching/Log/2026-11.md";
export const BRIGHT_LOG = "Clients/Brightloop/Log/2026-11.md";

export const CLIENTS: Record<string, string> = {
  [HARBOUR]: "---\ntimezone: Australia/Sydney\ncurrency: AUD\nrate: 45\n---\nShop in Sydney.\n",
  "Clients/Harbour Goods/Tasks/Product uploads.md": "# Product uploads\n",
  "Clients/Harbour Goods/Tasks/Refund requests.md": "# Refund requests\n",
  "Clients/Clara Whitfield Coaching/Clara Whitfield Coaching.md": "---\ntimezone: Europe/London\ncurrency: GBP\nrate: 32.5\n---\n",
  "Clients/Brightloop/Brightloop.md":
    "---\ntimezone: America/New_York\ncurrency: USD\nbilling: retainer\nretainer_fee: 1200\nretainer_hours: 20\nrate: 65\n---\n",
};

export const at = (iso: string) => Date.parse(iso);
export const ID = /\^cd-[a-z0-9]{8}$/;

export interface Boot {
  now: string;
  files?: Record<string, string>;
  data?: Record<string, unknown>;
  local?: Record<string, unknown>;
  /** Leave the idle and conflict questions to the test (default: the real dialogs). */
  platform?: "desktop" | "phone";
}

export async function boot(o: Boot) {
  vi.useFakeTimers({ now: at(o.now), toFake: ["Date", "setInterval", "clearInterval"] });
  if (o.platform) setPlatform(o.platform);
  const app = new App({ files: { ...CLIENTS, ...(o.files ?? {}) }, pluginData: { "client-desk": { timeZone: ZONE, ...(o.data ?? {}) } } });
  app.saveLocalStorage("client-desk-device", DEVICE);
  for (const [k, v] of Object.entries(o.local ?? {})) app.saveLocalStorage(k, v);
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  await settled(app, plugin);
  return { app, plugin };
}

export async function reload(app: App, plugin: ClientDeskPlugin): Promise<ClientDeskPlugin> {
  await unloadPlugin(plugin);
  const again = await loadPlugin(ClientDeskPlugin, app);
  await again.indexer.whenReady;
  await settled(app, again);
  return again;
}

/** Lets prompts resolve, the timer's writes finish and the index catch up. */
export async function settled(app: App, plugin: ClientDeskPlugin): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise<void>((r) => setTimeout(r, 0));
    await plugin.timer.whenIdle();
    await app.settle();
  }
}

/** Advances the clock second by second, as the interval sees it. */
export async function advance(app: App, plugin: ClientDeskPlugin, ms: number): Promise<void> {
  vi.advanceTimersByTime(ms);
  await settled(app, plugin);
}

export async function startVia(app: App, plugin: ClientDeskPlugin, client: string, task: string | null, pick = 0): Promise<void> {
  await app.commands.run("client-desk:timer-start");
  const clients = topModal()!;
  const found = await typeInSuggest<{ kind: string }>(clients as never, client);
  // The client itself, not a recent client and task pair.
  chooseSuggestion(clients as never, found.findIndex((c) => c.kind === "client"));
  const tasks = topModal()!;
  expect(tasks).not.toBe(clients);
  const shown = await typeInSuggest(tasks as never, task ?? "");
  // Without a task: the last suggestion, "No task".
  chooseSuggestion(tasks as never, task === null ? shown.length - 1 : pick);
  await settled(app, plugin);
}

/** The status bar's words: label, time and burn (not the icon). */
export function statusText(app: App): string {
  const bar = app.statusBarEl.querySelector(".client-desk-timer");
  if (!bar) return "";
  return [".client-desk-timer-label", ".client-desk-timer-time", ".client-desk-timer-burn"].map((s) => bar.querySelector(s)?.textContent ?? "").join("");
}

export function button(modal: Modal, text: string): HTMLButtonElement {
  const b = [...modal.modalEl.querySelectorAll("button")].find((x) => x.textContent === text);
  if (!b) throw new Error(`no button “${text}” in ${[...modal.modalEl.querySelectorAll("button")].map((x) => x.textContent).join(", ")}`);
  return b;
}

export function lastLine(text: string): string {
  return text.trimEnd().split("\n").at(-1)!;
}
