// The client overview on the fake Obsidian in real Chromium: the demo vault's clients, logs and
// plans, with a busy set of task notes in place of the demo's (overdue, today, this week, every
// quadrant, several kinds, a late reply, a finished project). The test installs its clock, then
// boots; window.agendaPage gives it what it cannot click.
import { App, loadPlugin, setLanguage } from "../../fake/obsidian";
import { whenPageReady } from "../../fake/page";
import ClientDeskPlugin from "../../../src/main";
import { demoVault } from "../../../src/core/demo";

const fm = (...lines: string[]) => ["---", "type: task", ...lines, "---", "", "Notes and checklist, written by Linh.", "- [ ] first step", ""].join("\n");
const H = "Clients/Harbour Goods/Tasks";
const C = "Clients/Clara Whitfield Coaching/Tasks";
const B = "Clients/Brightloop/Tasks";
const T = "Clients/Trà Sen Tây Hồ/Tasks";

export const BUSY: Record<string, string> = {
  [`${H}/Black Friday refunds.md`]: fm("status: doing", "due: 2026-11-24", "urgent: true", "important: true", "kind: email", "estimate: 2"),
  [`${H}/Summer range uploads.md`]: fm("due: 2026-11-25", "important: true", "kind: uploads", "estimate: 3"),
  [`${H}/Where is my order 4471.md`]: fm("requested: 2026-11-24T09:30+11:00", "urgent: true", "kind: email", "estimate: 0.25"),
  [`${H}/Christmas banner.md`]: fm("due: 2026-11-28", "important: true", "kind: design", 'assignee: "[[Minh (designer)]]"', "status: waiting"),
  [`${C}/Newsletter 48.md`]: fm("due: 2026-11-26 09:00", "important: true", "kind: email", "estimate: 1.5"),
  [`${C}/Podcast show notes.md`]: fm("due: 2026-11-25", "kind: writing", "estimate: 1"),
  [`${C}/Instagram captions.md`]: fm("kind: social", "estimate: 1"),
  [`${C}/Course launch recap.md`]: fm("status: done", "completed: 2026-11-20", "kind: writing"),
  [`${B}/Investor update draft.md`]: fm("due: 2026-11-24", "urgent: true", "important: true", "kind: writing", "estimate: 2"),
  [`${B}/Support inbox triage.md`]: fm("due: 2026-11-23", "urgent: true", "kind: email", "status: waiting"),
  [`${B}/CRM cleanup.md`]: fm("kind: admin", "estimate: 2"),
  [`${B}/Onboarding emails v2.md`]: fm("due: 2026-12-02", "important: true", "kind: email"),
  [`${T}/Bài đăng Facebook tuần 48.md`]: fm("due: 2026-11-27 17:00", "urgent: true", "kind: social", "estimate: 1"),
  [`${T}/Kiểm kê tồn kho.md`]: fm("due: 2026-11-25 17:00", "urgent: true", "important: true", "kind: admin"),
};

let booted: { app: App; plugin: ClientDeskPlugin } | null = null;

function need(): { app: App; plugin: ClientDeskPlugin } {
  if (!booted) throw new Error("boot first");
  return booted;
}

const driver = {
  async boot(language: string, now: string): Promise<void> {
    setLanguage(language);
    document.body.querySelectorAll(".app-container, .modal-container, .menu").forEach((el) => el.remove());
    const files: Record<string, string> = {};
    for (const [path, text] of demoVault(Date.parse(now))) {
      if (!path.startsWith(".obsidian/") && !path.includes("/Tasks/")) files[path] = text;
    }
    const app = new App({
      files: { ...files, ...BUSY },
      pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh", homeCurrency: "VND", language: "auto" } },
    });
    const plugin = await loadPlugin(ClientDeskPlugin, app);
    await app.startLayout();
    await plugin.indexer.whenReady;
    await app.commands.run("client-desk:open-agenda");
    await app.settle();
    booted = { app, plugin };
  },
  async settle(): Promise<void> {
    await need().app.settle();
  },
  content(path: string): string {
    return need().app.vault.contentOf(path);
  },
  opened(): string[] {
    return need().app.workspace.openHistory.map((o) => o.path);
  },
};

(window as unknown as { agendaPage: typeof driver }).agendaPage = driver;
whenPageReady(() => undefined);
