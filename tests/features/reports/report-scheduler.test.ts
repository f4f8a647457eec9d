// The weekly report scheduler on the fake Obsidian with a pinned clock: it catches up once the index
// is ready and fires on the clock; a reload writes nothing again; a renamed report is not duplicated.
import { afterEach, describe, expect, it, vi } from "vitest";
import { App, getNotices, handlerErrors, loadPlugin, unloadPlugin } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";
import { CHECK_MS } from "../../../src/features/reports/report-scheduler";
import { reportVaultFiles } from "../../core/support/report-vault";
import { boot, created, HARBOUR_W47, HARBOUR_W48, ZONE } from "./report-app";

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
