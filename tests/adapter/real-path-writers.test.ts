// Every writer of src/adapter on a fake desktop vault whose folders are symbolic links to a folder
// outside it: each refuses before writing (nothing in the fake vault's write log, nothing on disk
// outside) and reports the refusal, naming the path, the way it reports any failure. Then the same
// writes on plain folders, and the plugin's notice for a refused report.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { App, TFile, getNotices, loadPlugin } from "../fake/obsidian";
import ClientDeskPlugin from "../../src/main";
import { OutsideVaultError } from "../../src/adapter/real-path";
import { createNote } from "../../src/adapter/new-note";
import { writeEntries } from "../../src/adapter/import-writer";
import { PlanWriter } from "../../src/adapter/plan-writer";
import { appendBlock } from "../../src/adapter/plan-append";
import { moveTaskTo } from "../../src/adapter/task-priority";
import { fillWeekNote, readTemplateNote, writeTemplateNote } from "../../src/adapter/plan-template-writer";
import { changeInvoice, writeNewNote } from "../../src/adapter/invoice-writer";
import { writeClientStatus, writeStage, writeTaskFields } from "../../src/adapter/note-fields";
import { LifecycleWriter } from "../../src/adapter/lifecycle-writer";
import { writeExportFile } from "../../src/adapter/export-writer";
import { LogWriter } from "../../src/adapter/log-writer";
import { mergeConflictCopies } from "../../src/adapter/conflict-copies-writer";
import { writeEntryIds } from "../../src/adapter/entry-ids-writer";
import { regenerateReport, writeReview } from "../../src/adapter/report-writer";
import { regenerate } from "../../src/features/reports/report-regenerate";
import { setClientStatus } from "../../src/features/lifecycle/client-status";
import { TEMPLATE_KINDS } from "../../src/core/lifecycle/templates/kinds";
import { defaultTemplate, templatePath } from "../../src/core/lifecycle/templates/defaults";
import { mirror, realDisk, type RealDisk } from "./real-disk";

const CLIENT = "---\ntimezone: Asia/Ho_Chi_Minh\ncurrency: USD\nrate: 40\nreport_day: none\n---\n";
const LOG = "---\ntype: client-log\n---\n# Acme — November 2026\n\n- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:30+07:00] Design ^cd-aaaaaaa1\n- [start:: 2026-11-24T09:00+07:00] [end:: 2026-11-24T10:00+07:00] Typed by hand\n";
const COPY = "---\ntype: client-log\n---\n# Acme — November 2026\n\n- [start:: 2026-11-25T09:00+07:00] [end:: 2026-11-25T10:00+07:00] Only in the copy ^cd-bbbbbbb1\n";
const TASK = "---\ntype: task\nclient: \"[[Acme]]\"\nstatus: todo\n---\n";
const PLAN = "---\ntype: weekly-plan\n---\n# 2026-W48\n";
const NOW = Date.UTC(2026, 10, 26, 3);
const WEEK = "2026-W48";

/** The top-level folders the writers write to. */
const FOLDERS = ["Clients", "Planner", "Reviews", "Exports", "Client Desk"];

const FILES: Record<string, string> = {
  "Clients/Acme/Acme.md": CLIENT,
  "Clients/Acme/Log/2026-11.md": LOG,
  "Clients/Acme/Log/2026-11 (conflicted copy).md": COPY,
  "Clients/Acme/Tasks/Logo.md": TASK,
  "Planner/2026-W48.md": PLAN,
};

/** Each of `linked` is, on disk, a link to `<outside>/<name>`; the others plain folders. */
async function vault(linked: readonly string[], extra: Record<string, string> = {}, more: readonly string[] = []) {
  const disk = realDisk();
  for (const f of FOLDERS) {
    if (linked.includes(f)) {
      mkdirSync(join(disk.outside, f));
      disk.link(f, join(disk.outside, f));
    } else disk.folder(f);
  }
  // Deeper links, made before the plugin loads (its first checks run then).
  for (const f of more) {
    mkdirSync(join(disk.outside, f.replace(/\//g, "_")));
    disk.link(f, join(disk.outside, f.replace(/\//g, "_")));
  }
  const app = new App({ basePath: disk.vault, files: { ...FILES, ...extra } });
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  mirror(app, disk.vault);
  app.vault.writeLog.length = 0;
  return { disk, app, plugin, client: plugin.indexer.index.client("Acme")! };
}

function nothingWritten(app: App, disk: RealDisk): void {
  expect(app.vault.writeLog).toEqual([]);
  expect(disk.outsideFiles()).toEqual([]);
}

async function refusal(p: Promise<unknown>): Promise<OutsideVaultError> {
  const e: unknown = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(OutsideVaultError);
  return e as OutsideVaultError;
}

function file(app: App, path: string): TFile {
  const f = app.vault.getFileByPath(path);
  if (!(f instanceof TFile)) throw new Error(`no note ${path}`);
  return f;
}

describe("every writer refuses a path whose real location is outside the vault", () => {
  it("new-note: createNote rejects", async () => {
    const { app, disk } = await vault(FOLDERS);
    expect((await refusal(createNote(app, "Clients/Acme/New.md", "x"))).params).toEqual({ path: "Clients/Acme/New.md" });
    nothingWritten(app, disk);
  });

  it("import-writer: the note is listed as failed, with the reason naming it", async () => {
    const { app, disk, plugin } = await vault(FOLDERS);
    const entry = { clientKey: "Acme", id: "cd-ccccccc1", start: Date.UTC(2026, 10, 27, 2), startOffset: 420, end: Date.UTC(2026, 10, 27, 3), endOffset: 420 };
    const r = await writeEntries(app, plugin.indexer.index, [entry, { ...entry, id: "cd-ccccccc2", start: Date.UTC(2026, 9, 1, 2), end: Date.UTC(2026, 9, 1, 3) }], plugin.indexer.index.layout, "Asia/Ho_Chi_Minh");
    expect(r.count).toBe(0);
    expect(r.failed.map((f) => f.path).sort()).toEqual(["Clients/Acme/Log/2026-10.md", "Clients/Acme/Log/2026-11.md"]);
    expect(r.failed[0].reason).toContain(`Refused to write ${r.failed[0].path}`);
    nothingWritten(app, disk);
  });

  it("plan-writer: told with the refusal's key and path", async () => {
    const { app, disk, plugin } = await vault(FOLDERS);
    const told: unknown[] = [];
    const w = new PlanWriter(plugin, (key, params) => told.push({ key, params }));
    const r = await w.create({ clientKey: "Acme", start: Date.UTC(2026, 10, 24, 2), end: Date.UTC(2026, 10, 24, 3), title: null });
    expect(r).toEqual({ ok: false, problem: "write-failed" });
    expect(told).toEqual([{ key: "real-path.write-outside", params: { path: "Planner/2026-W48.md" } }]);
    nothingWritten(app, disk);
  });

  it("plan-append and plan-template-writer reject", async () => {
    const { app, disk, plugin } = await vault(FOLDERS);
    const start = Date.UTC(2026, 10, 24, 2);
    await refusal(appendBlock(app, plugin.indexer.index, WEEK, { clientKey: "Acme", start, startOffset: 420, end: start + 3_600_000, endOffset: 420, title: null }));
    await refusal(fillWeekNote(app, "Planner/2026-W49.md", [], { week: "2026-W49", zone: "Asia/Ho_Chi_Minh", resolveClient: () => "Acme", newId: () => "cd-x", taken: () => false, path: "t" } as never));
    await refusal(writeTemplateNote(app, "Client Desk/Weekly template.md", "x"));
    nothingWritten(app, disk);
  });

  it("plan-template-writer: the weekly template in a linked folder is not read", async () => {
    const { app, disk } = await vault(["Planner"], { "Planner/Template.md": "- [start:: mon 09:00] [end:: mon 10:00] [client:: Acme]\n" });
    const e = await refusal(readTemplateNote(app, file(app, "Planner/Template.md")));
    expect(e.params).toEqual({ path: "Planner/Template.md" });
    nothingWritten(app, disk);
  });

  it("task-priority: write-failed with the message", async () => {
    const { app, disk } = await vault(FOLDERS);
    const r = await moveTaskTo(app, "Clients/Acme/Tasks/Logo.md", "do");
    expect(r).toMatchObject({ ok: false, reason: "write-failed", message: expect.stringContaining("Refused to write Clients/Acme/Tasks/Logo.md") as string });
    nothingWritten(app, disk);
  });

  it("invoice-writer: the keyed failure, for a new note and a change", async () => {
    const { app, disk, plugin } = await vault(FOLDERS);
    expect(await writeNewNote(plugin, "Clients/Acme/Invoices/INV-1.md", "x")).toEqual({ ok: false, key: "real-path.write-outside", params: { path: "Clients/Acme/Invoices/INV-1.md" } });
    let changed = false;
    const r = await changeInvoice(app, file(app, "Clients/Acme/Tasks/Logo.md"), { ok: true }, () => ((changed = true), { ok: true }));
    expect(r).toEqual({ ok: false, key: "real-path.write-outside", params: { path: "Clients/Acme/Tasks/Logo.md" } });
    expect(changed).toBe(false);
    nothingWritten(app, disk);
  });

  it("note-fields: each edit rejects", async () => {
    const { app, disk } = await vault(FOLDERS);
    await refusal(writeClientStatus(app, file(app, "Clients/Acme/Acme.md"), "active"));
    await refusal(writeTaskFields(app, file(app, "Clients/Acme/Tasks/Logo.md"), { status: "done" }));
    await refusal(writeStage(app, file(app, "Clients/Acme/Tasks/Logo.md"), "Draft"));
    nothingWritten(app, disk);
  });

  it("lifecycle-writer: a Failure where it returns one, else a rejection", async () => {
    const { app, disk, plugin, client } = await vault(FOLDERS);
    const w = new LifecycleWriter(plugin);
    await refusal(w.ensureTemplates("en"));
    const dated = await w.datedNote(client, "checkin", NOW);
    expect(dated).toMatchObject({ ok: false, key: "real-path.write-outside" });
    await refusal(w.createTask(client, { title: "Banner", due: "", urgent: false, important: false, estimate: "" }, NOW));
    await refusal(w.logContact(client, { at: NOW, channel: "Email", direction: "in", summary: "Hello" }));
    const made = await w.createClient({ name: "Beta", timezone: "Asia/Ho_Chi_Minh", currency: "USD", billing: "hourly", rate: "40", language: "en", reportDay: "none", channelFormal: "Email" }, NOW);
    expect(made).toMatchObject({ ok: false, key: "real-path.write-outside" });
    nothingWritten(app, disk);
  });

  it("lifecycle-writer: a template in a linked folder is not read", async () => {
    const templates: Record<string, string> = {};
    for (const kind of TEMPLATE_KINDS) for (const lang of ["en", "vi"] as const) templates[templatePath("Client Desk/Templates", kind, lang)] = defaultTemplate(kind, lang).text;
    const { app, disk, plugin, client } = await vault(["Client Desk"], templates);
    const r = await new LifecycleWriter(plugin).datedNote(client, "checkin", NOW);
    expect(r).toEqual({ ok: false, key: "real-path.read-outside", params: { path: templatePath("Client Desk/Templates", "checkin", "en") } });
    nothingWritten(app, disk);
  });

  it("export-writer: ok false, the reason naming the file", async () => {
    const { app, disk } = await vault(FOLDERS);
    const r = await writeExportFile(app, "2026-11-01", "2026-11-30", null, "a,b\n");
    expect(r).toMatchObject({ ok: false, path: "Exports/time-2026-11-01-to-2026-11-30.csv" });
    expect(r.ok ? "" : r.reason).toContain("Refused to write Exports/time-2026-11-01-to-2026-11-30.csv");
    nothingWritten(app, disk);
  });

  it("log-writer: append and line edits reject (the timer says it in its write-failed notice)", async () => {
    const { app, disk, plugin } = await vault(FOLDERS);
    const w = new LogWriter(plugin, () => "Asia/Ho_Chi_Minh");
    await refusal(w.append({ clientKey: "Acme", start: NOW, end: null, task: null, taskAsLink: false, note: null, billable: true, device: null, id: "" }));
    const entry = plugin.indexer.index.entriesOf("Acme", 0, Date.UTC(2100, 0))[0];
    await refusal(w.editLine(entry, () => ({ ok: false, problem: "missing" })));
    nothingWritten(app, disk);
  });

  it("conflict-copies-writer and entry-ids-writer: the note is listed as failed", async () => {
    const { app, disk, plugin } = await vault(FOLDERS);
    const merged = await mergeConflictCopies(plugin);
    expect(merged.copies).toBe(0);
    expect(merged.failed).toEqual([{ path: "Clients/Acme/Log/2026-11 (conflicted copy).md", reason: expect.stringContaining("Refused to write Clients/Acme/Log/2026-11 (conflicted copy).md") as string }]);
    const ids = await writeEntryIds(plugin, ["Clients/Acme/Log/2026-11.md"]);
    expect(ids).toEqual({ count: 0, notes: 0, failed: [{ path: "Clients/Acme/Log/2026-11.md", reason: expect.stringContaining("outside the vault") as string }] });
    nothingWritten(app, disk);
  });

  it("report-writer: a report and a review reject", async () => {
    const { app, disk, plugin, client } = await vault(FOLDERS);
    await refusal(regenerateReport(app, plugin.indexer.index, plugin.settings, client, WEEK, NOW));
    await refusal(writeReview(app, plugin.indexer.index, plugin.settings, WEEK, NOW, "en"));
    nothingWritten(app, disk);
  });
});

describe("the plugin on a desktop vault", () => {
  it("refuses a report in a linked Reports folder with a notice naming it, and writes one in a plain folder", async () => {
    const { app, disk, plugin, client } = await vault([]);
    mkdirSync(join(disk.outside, "Reports"));
    disk.link("Clients/Acme/Reports", join(disk.outside, "Reports"));
    await regenerate(plugin, client, WEEK);
    expect(getNotices().at(-1)).toContain(`Refused to write Clients/Acme/Reports/${WEEK}.md`);
    expect(app.vault.writeLog).toEqual([]);
    expect(disk.outsideFiles()).toEqual([]);

    const review = await writeReview(app, plugin.indexer.index, plugin.settings, WEEK, NOW, "en");
    expect(review).toEqual({ kind: "written", path: `Reviews/${WEEK}.md` });
    expect(disk.vaultFiles()).toContain(`Reviews/${WEEK}.md`);
    expect(disk.outsideFiles()).toEqual([]);
  });

  it("the weekly template in a plain folder is read", async () => {
    const { app } = await vault([], { "Planner/Template.md": "x\n" });
    expect(await readTemplateNote(app, file(app, "Planner/Template.md"))).toBe("x\n");
  });

  it("a refused status change says why in a notice, and the status stays", async () => {
    const { app, disk, plugin, client } = await vault(["Clients"]);
    await setClientStatus(plugin, plugin.lifecycle, client, "paused");
    expect(getNotices().at(-1)).toContain("Refused to write Clients/Acme/Acme.md");
    expect(getNotices().some((n) => n.includes("paused"))).toBe(false);
    nothingWritten(app, disk);
  });

  it("a report due in a linked Reports folder: the minute's check says so once, not every minute", async () => {
    const before = getNotices().length;
    const { app, disk, plugin } = await vault([], { "Clients/Acme/Acme.md": CLIENT.replace("report_day: none", "report_day: mon") }, ["Clients/Acme/Reports"]);
    const check = () => (plugin.reports as unknown as { checkOrSay(): Promise<void> }).checkOrSay();
    await check();
    await check();
    await app.settle();
    const said = getNotices().slice(before).filter((n) => n.includes("Refused to write Clients/Acme/Reports/"));
    expect(said).toHaveLength(1);
    nothingWritten(app, disk);
  });
});
