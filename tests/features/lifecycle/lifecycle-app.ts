// The client lifecycle's plugin tests share this: Harbour Goods (onboarding, in Sydney) with its
// intake checklist and a welcome packet template of the VA's own, on the fake Obsidian, and the
// form helpers the dialogs are filled with.
import { expect } from "vitest";
import { App, chooseSuggestion, loadPlugin, setLanguage, topModal, typeInSuggest } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";
import { PickModal } from "../../../src/ui/pick-modal";

// Tue 2026-11-24 10:00 in Ho Chi Minh City, 14:00 in Sydney.
export const NOW = Date.parse("2026-11-24T03:00:00Z");
export const HARBOUR = "Clients/Harbour Goods/Harbour Goods.md";
export const HARBOUR_TEXT = "---\ntype: client\nname: Harbour Goods\nstatus: onboarding\ntimezone: Australia/Sydney\ncurrency: AUD\nrate: 45\nchannel_quick: Slack\n---\nMy notes about Harbour.\n";
export const MY_WELCOME = "---\ntype: welcome-packet\n---\n# Hello {{client.name}}\n\nMy hours in your zone: {{working_hours_local}}.\n";
export const INTAKE = "Clients/Harbour Goods/Onboarding/Intake checklist.md";

export type Shown = { contentEl: HTMLElement; modalEl: HTMLElement };
export const top = <T,>(): T => topModal() as unknown as T;

export async function start(extra: Record<string, string> = {}, language = "en") {
  setLanguage(language);
  const app = new App({
    files: {
      [HARBOUR]: HARBOUR_TEXT,
      [INTAKE]: "---\ntype: intake\n---\n- [x] Discovery call held\n- [ ] Service agreement signed\n- [ ] Deposit paid\n",
      "Client Desk/Templates/Welcome packet.md": MY_WELCOME,
      ...extra,
    },
    pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh", workingHours: "08:00-17:00", homeCurrency: "VND" } },
  });
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  return { app, plugin };
}

export function field(modal: Shown, name: string): HTMLInputElement | HTMLSelectElement {
  const el = modal.contentEl.querySelector<HTMLInputElement | HTMLSelectElement>(`.client-desk-field-${name}`);
  if (!el) throw new Error(`no field ${name}`);
  return el;
}

export function fill(modal: Shown, name: string, value: string): void {
  const el = field(modal, name);
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
}

export function input(modal: Shown, cls: string, value: string): void {
  const el = modal.contentEl.querySelector<HTMLInputElement>(`.${cls}`);
  if (!el) throw new Error(`no input ${cls}`);
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

export function click(modal: Shown, text: string): void {
  const b = [...modal.contentEl.querySelectorAll("button")].find((el) => el.textContent === text);
  if (!b) throw new Error(`no button ${text}`);
  b.click();
}

export function errors(modal: Shown): string[] {
  return [...modal.contentEl.querySelectorAll(".client-desk-setting-error")].map((e) => e.textContent ?? "").filter((s) => s !== "");
}

export async function pick(query: string): Promise<void> {
  const m = top<PickModal<unknown>>();
  expect(m).toBeInstanceOf(PickModal);
  const found = await typeInSuggest(m, query);
  expect(found.length, `suggestions for ${query}`).toBeGreaterThan(0);
  chooseSuggestion(m, 0);
}

export async function openNote(app: App, path: string): Promise<void> {
  await app.workspace.openLinkText(path, "", false);
  await app.settle();
}
