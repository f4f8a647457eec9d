// The weekly reports' plugin tests share this: Linh's report vault on the fake Obsidian, booted on
// a pinned clock with the scheduler's first check done, and the notes the plugin created.
import { vi } from "vitest";
import { App, loadPlugin } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";
import { reportVaultFiles } from "../../core/support/report-vault";

export const ZONE = "Asia/Ho_Chi_Minh";
export const HARBOUR_W47 = "Clients/Harbour Goods/Reports/2026-W47.md";
export const HARBOUR_W48 = "Clients/Harbour Goods/Reports/2026-W48.md";

export async function boot(now: string, files?: Record<string, string>) {
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

export const created = (app: App) => app.vault.writeLog.filter((w) => w.op === "create" && !w.external).map((w) => w.path);
