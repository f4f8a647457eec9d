// Calendars in the plugin, on the fake: .ics files in the Calendars folder indexed on the cold
// start and again when one changes, drawn in the planner as muted busy time with the blocks on them
// marked, kept out of the meeting slot finder, listed in "Check client data"; the week and a chosen
// slot written as .ics in Calendars/Exports, an earlier export replaced only when the user says so.
import { afterEach, describe, expect, it, vi } from "vitest";
import { App, getNotices, loadPlugin, topModal } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";
import { demoVault } from "../../../src/core/demo";
import { PLANNER_VIEW, PlannerView } from "../../../src/features/planner/planner-view";
import type { SlotFinderModal } from "../../../src/features/planner/slot-finder-modal";
import { DIAGNOSTICS_VIEW } from "../../../src/features/diagnostics/diagnostics-view";
import { exportWeekIcs } from "../../../src/features/planner/calendar-export";
import { CalendarFile } from "../../../src/core/calendar/calendar-file";
import { displayCalendarSettings } from "../../../src/features/planner/calendar-settings";

const NOW = "2026-11-25T10:14:00+07:00";
const FIRST = "cd-jaqtfywa"; // Monday 07:00–10:30 in Ho Chi Minh City, Harbour Goods
const ics = (...body: string[]) => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "X-WR-CALNAME:Work", ...body, "END:VCALENDAR", ""].join("\r\n");
const event = (uid: string, summary: string, start: string, end: string, ...more: string[]) => ["BEGIN:VEVENT", `UID:${uid}`, `SUMMARY:${summary}`, `DTSTART:${start}`, `DTEND:${end}`, ...more, "END:VEVENT"];
// Monday 23 November 08:00–09:00 in Ho Chi Minh City, on the first block; Friday 27th 14:00–23:00, a whole afternoon.
const CALL = event("call", "Client call\\, Acme", "20261123T010000Z", "20261123T020000Z");
const OFFSITE = event("offsite", "Offsite", "20261127T070000Z", "20261127T160000Z");

async function boot(files: Record<string, string> = {}) {
  vi.useFakeTimers({ now: Date.parse(NOW), toFake: ["Date"] });
  const all: Record<string, string> = {};
  for (const [path, text] of demoVault(Date.parse(NOW))) if (!path.startsWith(".obsidian/")) all[path] = text;
  const app = new App({ files: { ...all, ...files }, pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh" } } });
  app.saveLocalStorage("client-desk-device", "Linh's Mac");
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  await app.settle();
  return { app, plugin };
}

async function planner(app: App): Promise<PlannerView> {
  await app.commands.run("client-desk:open-planner");
  await app.settle();
  const view = app.workspace.getLeavesOfType(PLANNER_VIEW)[0].view as PlannerView;
  view.render();
  return view;
}

afterEach(() => vi.useRealTimers());

describe("calendars in the planner", () => {
  it("draws the week's events muted with title and calendar, and marks the block under a busy one", async () => {
    const { app } = await boot({ "Calendars/work.ics": ics(...CALL, ...OFFSITE, ...event("hold", "Maybe lunch", "20261124T050000Z", "20261124T060000Z", "TRANSP:TRANSPARENT")) });
    const view = await planner(app);
    const events = [...view.contentEl.querySelectorAll<HTMLElement>(".client-desk-planner-event")];
    expect(events.map((e) => e.getAttribute("aria-label"))).toEqual(expect.arrayContaining(["Work: Client call, Acme, 08:00–09:00", "Work: Maybe lunch, 12:00–13:00 (free)"]));
    expect(events.find((e) => e.textContent === "Client call, AcmeWork")).toBeDefined();
    expect(view.contentEl.querySelector(".client-desk-planner-event.is-free")?.textContent).toBe("Maybe lunchWork");
    const block = view.contentEl.querySelector<HTMLElement>(`.client-desk-planner-block[data-id="${FIRST}"]`)!;
    expect(block.classList.contains("is-busy")).toBe(true);
    expect(block.getAttribute("aria-label")).toContain("Overlaps a calendar event");
    // Blocks on no event, or only on a free one, are not marked.
    const marked = [...view.contentEl.querySelectorAll(".client-desk-planner-block.is-busy")].map((b) => b.getAttribute("data-id"));
    expect(marked).toContain(FIRST);
    expect(marked.length).toBeLessThan(view.contentEl.querySelectorAll(".client-desk-planner-block").length);
  });

  it("reads a calendar again when it changes, and forgets a deleted one", async () => {
    const { app, plugin } = await boot({ "Calendars/work.ics": ics(...CALL) });
    const r = { from: Date.parse("2026-11-23T00:00+07:00"), to: Date.parse("2026-11-30T00:00+07:00") };
    expect(plugin.indexer.index.calendars.eventsBetween(r.from, r.to, "Asia/Ho_Chi_Minh").map((e) => e.title)).toEqual(["Client call, Acme"]);
    const file = app.vault.getFileByPath("Calendars/work.ics")!;
    await app.vault.modify(file, ics(...OFFSITE));
    await app.settle();
    await vi.waitFor(() => expect(plugin.indexer.index.calendars.eventsBetween(r.from, r.to, "Asia/Ho_Chi_Minh").map((e) => e.title)).toEqual(["Offsite"]));
    await app.vault.delete(file);
    await app.settle();
    expect(plugin.indexer.index.calendars.size).toBe(0);
  });

  it("keeps the meeting slot finder off busy events, but not off free ones", async () => {
    const { app } = await boot({ "Calendars/work.ics": ics(...OFFSITE) });
    await app.commands.run("client-desk:find-meeting-slot");
    const modal = topModal() as unknown as SlotFinderModal;
    const box = modal.contentEl.querySelector<HTMLInputElement>('input[data-client="Harbour Goods"]')!;
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    const busy = { start: Date.parse("2026-11-27T14:00+07:00") - 10 * 60_000, end: Date.parse("2026-11-27T23:00+07:00") + 10 * 60_000 };
    const slots = modal.slots();
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.filter((s) => s.end > busy.start && s.start < busy.end)).toEqual([]);
  });

  it("lists a broken calendar in Check client data with its file and line", async () => {
    const { app } = await boot({ "Calendars/broken.ics": ics(...event("x", "Lost", "20261123T010000Z", "20261122T010000Z")).slice(0, -15) });
    await app.commands.run("client-desk:check-data");
    const view = app.workspace.getLeavesOfType(DIAGNOSTICS_VIEW)[0].view;
    const group = [...view.containerEl.querySelectorAll(".client-desk-diagnostics-file")].find((g) => g.querySelector(".client-desk-diagnostics-path")?.textContent === "Calendars/broken.ics")!;
    const texts = [...group.querySelectorAll(".client-desk-diagnostic")].map((d) => d.textContent ?? "");
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/^line 1.*never ends/);
    expect(texts[1]).toMatch(/^line 9.*DTEND.*ends \(20261122T010000Z\) before it starts/);
  });

  it("reads the folder the setting names, and shows the setting under Calendars", async () => {
    const { app, plugin } = await boot({ "Calendars/work.ics": ics(...CALL), "Meetings/team.ics": ics(...OFFSITE) });
    expect(plugin.indexer.index.calendars.size).toBe(1);
    await plugin.updateSettings({ calendarsFolder: "Meetings" });
    await app.settle();
    const r = { from: Date.parse("2026-11-23T00:00+07:00"), to: Date.parse("2026-11-30T00:00+07:00") };
    expect(plugin.indexer.index.calendars.eventsBetween(r.from, r.to, "Asia/Ho_Chi_Minh").map((e) => e.file)).toEqual(["Meetings/team.ics"]);
    const el = createDiv();
    displayCalendarSettings(el, plugin);
    expect(el.querySelector<HTMLInputElement>("input.client-desk-calendarsFolder")?.value).toBe("Meetings");
    expect(el.textContent).toContain("Calendars folder");
  });

  it("never reads the Exports folder as busy time", async () => {
    const { plugin } = await boot({ "Calendars/Exports/Plan 2026-W48.ics": ics(...CALL) });
    expect(plugin.indexer.index.calendars.size).toBe(0);
  });
});

describe("plan out", () => {
  it("exports the week as .ics; a second export asks before replacing it", async () => {
    const { app, plugin } = await boot();
    await app.commands.run("client-desk:export-week-ics");
    const path = "Calendars/Exports/Plan 2026-W48.ics";
    await vi.waitFor(() => expect(app.vault.getFileByPath(path)).not.toBeNull());
    const text = app.vault.contentOf(path);
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const back = new CalendarFile(path, text);
    const blocks = plugin.indexer.index.blocksBetween(Date.parse("2026-11-23T00:00+07:00"), Date.parse("2026-11-30T00:00+07:00"));
    expect(back.eventCount).toBe(blocks.filter((b) => b.start >= Date.parse("2026-11-23T00:00+07:00")).length);
    expect(getNotices().at(-1)).toBe(`Wrote ${back.eventCount} blocks of week 2026-W48 to ${path}.`);
    // Declined: the file stays as it was.
    vi.setSystemTime(Date.parse(NOW) + 3_600_000);
    expect(await exportWeekIcs(plugin, "2026-W48", async () => false)).toBeNull();
    expect(app.vault.contentOf(path)).toBe(text);
    // Accepted: replaced, the same UIDs.
    expect(await exportWeekIcs(plugin, "2026-W48", async () => true)).toBe(path);
    const again = app.vault.contentOf(path);
    expect(again).not.toBe(text);
    const uids = (t: string) => t.split("\r\n").filter((l) => l.startsWith("UID:"));
    expect(uids(again)).toEqual(uids(text));
  });

  it("exports the week the planner shows when it is the active view", async () => {
    const { app } = await boot();
    await app.commands.run("client-desk:open-planner");
    const view = app.workspace.getActiveViewOfType(PlannerView);
    expect(view).not.toBeNull();
    view!.goWeek("2026-W49");
    await app.commands.run("client-desk:export-week-ics");
    // The demo plans only this week: next week's export says so, and this week's is not written.
    await vi.waitFor(() => expect(getNotices().at(-1)).toBe("Week 2026-W49 has no blocks to export."));
    expect(app.vault.getFileByPath("Calendars/Exports/Plan 2026-W48.ics")).toBeNull();
    view!.goWeek("2026-W48");
    await app.commands.run("client-desk:export-week-ics");
    await vi.waitFor(() => expect(app.vault.getFileByPath("Calendars/Exports/Plan 2026-W48.ics")).not.toBeNull());
  });

  it("saves a chosen slot as an invitation with both parties' times, under a new name each time", async () => {
    const { app } = await boot();
    await app.commands.run("client-desk:find-meeting-slot");
    const modal = topModal() as unknown as SlotFinderModal;
    const box = modal.contentEl.querySelector<HTMLInputElement>('input[data-client="Harbour Goods"]')!;
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    const slot = modal.slots()[0];
    const first = await modal.saveInvite(slot);
    const second = await modal.saveInvite(slot);
    expect(first).toMatch(/^Calendars\/Exports\/Meeting \d{4}-\d{2}-\d{2} \d{4} Harbour Goods\.ics$/);
    expect(second).toBe(first!.replace(".ics", " 2.ics"));
    const text = app.vault.contentOf(first!);
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded).toContain("METHOD:PUBLISH");
    expect(unfolded).toContain(`DESCRIPTION:Times:\\nYou: ${slot.parties[0].date} ${slot.parties[0].start}`);
    expect(unfolded).toContain(`\\nHarbour Goods: ${slot.parties[1].date} ${slot.parties[1].start}`);
    expect(unfolded).toContain("Australia/Sydney");
    const back = new CalendarFile(first!, text);
    const got = back.eventsBetween(slot.start - 1, slot.end + 1, "Asia/Ho_Chi_Minh");
    expect(got.map((e) => [e.start, e.end])).toEqual([[slot.start, slot.end]]);
    // The modal's invite button does the same.
    expect(modal.contentEl.querySelector("button.client-desk-slot-invite")?.textContent).toBe("Save as invitation (.ics)");
  });
});
