// Weekly reports in the plugin, on the fake Obsidian with a pinned clock: the scheduler catches up
// once the index is ready and fires on the clock; a reload writes nothing again; a renamed report is
// not duplicated; "Regenerate weekly report" keeps the notes; the review command; the chart block.
import { afterEach, describe, expect, it, vi } from "vitest";
import { App, chooseSuggestion, getNotices, handlerErrors, loadPlugin, renderCodeBlock, topModal, typeInSuggest, unloadPlugin, type Modal } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";
import { CHECK_MS } from "../../../src/features/reports/report-scheduler";
import { NOTES_MARKER } from "../../../src/core/reports/report-notes";
import { reportVaultFiles } from "../../core/support/report-vault";

const ZONE = "Asia/Ho_Chi_Minh";
const HARBOUR_W47 = "Clients/Harbour Goods/Reports/2026-W47.md";
const HARBOUR_W48 = "Clients/Harbour Goods/Reports/2026-W48.md";

async function boot(now: string, files?: Record<string, string>) {
  vi.useFakeTimers({ now: Date.parse(now), toFake: ["Date", "setInterval", "clearInterval"] });
  const all: Record<string, string> = {};
  for (const [p, t] of reportVaultFiles(Date.parse("2026-11-25T10:14+07:00"))) if (!p.startsWith(".obsidian/")) all[p] = t;
  const app = new App({
    files: { ...all, ...(files ?? {}) },
    pluginData: { "client-desk": { timeZone: ZONE, homeCurrency: "VND", conversionRates: ["AUD=16500 VND since 2026-10-01", "GBP=33000 VND since 2026-10-01", "USD=26000 VND since 2026-10-01"] } },
  });
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  await app.settle();
  await plugin.reports.check();
  await app.settle();
  return { app, plugin };
}

const created = (app: App) => app.vault.writeLog.filter((w) => w.op === "create" && !w.external).map((w) => w.path);

afterEach(() => {
  vi.useRealTimers();
});

describe("the report scheduler", () => {
  it("writes nothing in onload: the first check waits for the index", async () => {
    vi.useFakeTimers({ now: Date.parse("2026-11-26T10:00+07:00"), toFake: ["Date", "setInterval", "clearInterval"] });
    const app = new App({ files: Object.fromEntries(reportVaultFiles()), pluginData: { "client-desk": { timeZone: ZONE } } });
    await loadPlugin(ClientDeskPlugin, app);
    expect(created(app)).toEqual([]);
  });

  it("catches up on start, then writes each report on the client's day and time as the clock passes it", async () => {
    const { app, plugin } = await boot("2026-11-26T10:00+07:00");
    // Obsidian was closed at every client's W47 report time: one report each, the latest due week.
    expect(created(app).sort()).toEqual([
      "Clients/Brightloop/Reports/2026-W47.md",
      "Clients/Clara Whitfield Coaching/Reports/2026-W47.md",
      HARBOUR_W47,
      "Clients/Trà Sen Tây Hồ/Reports/2026-W47.md",
    ]);
    expect(app.vault.contentOf(HARBOUR_W47)).toContain("# Weekly report: Harbour Goods");
    // Friday 16:00 in Sydney is 12:00 in Ho Chi Minh City; one minute before, nothing.
    vi.setSystemTime(Date.parse("2026-11-27T11:58:30+07:00"));
    vi.advanceTimersByTime(CHECK_MS);
    await plugin.reports.check();
    await app.settle();
    expect(created(app)).not.toContain(HARBOUR_W48);
    vi.advanceTimersByTime(CHECK_MS);
    await plugin.reports.check();
    await app.settle();
    expect(created(app)).toContain(HARBOUR_W48);
    expect(created(app).filter((p) => p.endsWith("2026-W48.md"))).toEqual([HARBOUR_W48]);
    expect(getNotices()).toContain(`Weekly report written: ${HARBOUR_W48}`);
    expect(handlerErrors).toEqual([]);
  });

  it("a reload writes nothing again, and a report the VA renamed and moved is not written twice", async () => {
    const { app, plugin } = await boot("2026-11-26T10:00+07:00");
    const text = app.vault.contentOf(HARBOUR_W47);
    app.vault.externalRename(HARBOUR_W47, "Sent/Harbour week 47.md");
    await app.settle();
    await unloadPlugin(plugin);
    const before = app.vault.writeLog.length;
    const again = await loadPlugin(ClientDeskPlugin, app);
    await again.indexer.whenReady;
    await app.settle();
    await again.reports.check();
    await app.settle();
    expect(app.vault.writeLog.slice(before)).toEqual([]);
    expect(app.vault.getFileByPath(HARBOUR_W47)).toBeNull();
    expect(app.vault.contentOf("Sent/Harbour week 47.md")).toBe(text);
  });
});

describe("commands", () => {
  it("“Write due weekly reports” looks again at once: a deleted report of the latest week is written again", async () => {
    const { app } = await boot("2026-11-26T10:00+07:00");
    const text = app.vault.contentOf(HARBOUR_W47);
    await app.vault.delete(app.vault.getFileByPath(HARBOUR_W47)!);
    await app.commands.run("client-desk:report-write-due");
    await app.settle();
    expect(app.vault.contentOf(HARBOUR_W47)).toBe(text);
    await app.commands.run("client-desk:report-write-due");
    await app.settle();
    expect(getNotices().at(-1)).toBe("No weekly report is due.");
  });

  it("“Regenerate weekly report” rewrites the report and keeps the notes byte for byte", async () => {
    const { app } = await boot("2026-11-26T10:00+07:00");
    const file = app.vault.getFileByPath(HARBOUR_W47)!;
    const notes = "## Notes\n\nMia approved the **summer** banner.\n- [ ] send the invoice\n";
    await app.vault.process(file, (t) => t.slice(0, t.indexOf(NOTES_MARKER) + NOTES_MARKER.length + 1) + notes);
    vi.setSystemTime(Date.parse("2026-11-26T15:00+07:00"));
    expect(app.commands.executeCommandById("client-desk:report-regenerate")).toBe(true);
    const clients = topModal() as Modal;
    await typeInSuggest(clients as never, "harbour");
    chooseSuggestion(clients as never, 0);
    const weeks = topModal() as Modal;
    const listed = await typeInSuggest<{ item: { week: string; label: string } }>(weeks as never, "W47");
    expect(listed[0].item.label).toBe("2026-W47 (2026-11-16 – 2026-11-22), exists");
    chooseSuggestion(weeks as never, 0);
    await vi.waitFor(() => expect(getNotices()).toContain(`Weekly report regenerated, your notes kept: ${HARBOUR_W47}`));
    const after = app.vault.contentOf(HARBOUR_W47);
    expect(after.endsWith(`${NOTES_MARKER}\n${notes}`)).toBe(true);
    expect(after).toContain("generated: 2026-11-26T19:00+11:00");
  });

  it("“Regenerate” refuses, changing nothing, when the marker line was deleted", async () => {
    const { app, plugin } = await boot("2026-11-26T10:00+07:00");
    const file = app.vault.getFileByPath(HARBOUR_W47)!;
    await app.vault.process(file, (t) => t.replace(`${NOTES_MARKER}\n`, ""));
    const before = app.vault.contentOf(HARBOUR_W47);
    const { regenerate } = await import("../../../src/features/reports/report-regenerate");
    await regenerate(plugin, plugin.indexer.index.client("Harbour Goods")!, "2026-W47");
    expect(app.vault.contentOf(HARBOUR_W47)).toBe(before);
    expect(getNotices().at(-1)).toContain("has no line “%% client-desk-notes %%”");
  });

  it("“Write weekly review” writes the week's review, and again keeps the notes", async () => {
    const { app } = await boot("2026-11-27T20:00+07:00");
    await app.commands.run("client-desk:review-write");
    await app.settle();
    const path = "Reviews/2026-W48.md";
    const first = app.vault.contentOf(path);
    expect(first).toContain("| [[Harbour Goods]] |");
    expect(first).toContain("Largest client: Harbour Goods");
    await app.vault.process(app.vault.getFileByPath(path)!, (t) => `${t}Ask Clara for a testimonial.\n`);
    await app.commands.run("client-desk:review-write");
    await app.settle();
    expect(app.vault.contentOf(path).endsWith("## Notes\n\nAsk Clara for a testimonial.\n")).toBe(true);
  });
});

describe("settings", () => {
  it("conversion rates are checked as typed: each bad line named, nothing saved until all read", async () => {
    const { app, plugin } = await boot("2026-11-26T10:00+07:00");
    const tab = app.setting.openTabById("client-desk")!;
    const area = tab.containerEl.querySelector<HTMLTextAreaElement>("textarea.client-desk-conversionRates")!;
    const before = [...plugin.settings.conversionRates];
    area.value = "AUD=16500 VND since 2026-10-01\nGBP=33000 USD since 2026-10-01\nEUR 27000";
    area.dispatchEvent(new Event("input", { bubbles: true }));
    const errors = [...area.closest(".setting-item")!.querySelectorAll(".client-desk-setting-error div")].map((d) => d.textContent);
    expect(errors).toEqual([
      "Conversion rate 2 “GBP=33000 USD since 2026-10-01” converts to USD, not to your home currency VND.",
      "Conversion rate 3 “EUR 27000” is not like “AUD=16500 VND since 2026-10-01”.",
    ]);
    expect(plugin.settings.conversionRates).toEqual(before);
    area.value = "AUD=16000 VND since 2026-12-01\n\nGBP=33000 VND since 2026-10-01";
    area.dispatchEvent(new Event("input", { bubbles: true }));
    await app.settle();
    expect(plugin.settings.conversionRates).toEqual(["AUD=16000 VND since 2026-12-01", "GBP=33000 VND since 2026-10-01"]);
  });
});

describe("the chart code block", () => {
  it("a malformed block shows what is wrong, line by line, and no chart", async () => {
    await boot("2026-11-26T10:00+07:00");
    const r = await renderCodeBlock("client-desk-chart", "type: pie\nlabels: A | B\nseries: Hours | 1");
    expect(r.el.querySelector("canvas")).toBeNull();
    expect([...r.el.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["Line 1: type must be bar, not “pie”.", "Line 3: series “Hours” has 1 values for 2 labels."]);
    expect(r.el.querySelector(".client-desk-chart-error-title")?.textContent).toBe("This chart block cannot be drawn");
    r.unload();
  });

  it("a valid block gets a canvas inside a child that is unloaded with the block", async () => {
    await boot("2026-11-26T10:00+07:00");
    const r = await renderCodeBlock("client-desk-chart", "type: bar\nlabels: Mon | Tue\nseries: Hours | 1.5 | 2");
    expect(r.el.querySelector(".client-desk-chart canvas")).not.toBeNull();
    const children = (r.component as unknown as { _children: { chart: unknown; _loaded: boolean }[] })._children;
    expect(children).toHaveLength(1);
    r.unload();
    expect(children[0]._loaded).toBe(false);
    expect(children[0].chart).toBeNull();
  });
});
