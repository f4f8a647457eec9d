// The import and export commands on the fake Obsidian: pick a CSV of the vault, see the preview,
// cancel writes nothing, Import appends the lines keeping every existing byte, a second import
// adds nothing; export writes a new CSV and never replaces one.
import { describe, expect, it, vi } from "vitest";
import { App, chooseSuggestion, getNotices, loadPlugin, setLanguage, topModal, typeInSuggest } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";
import { CsvFileModal, ImportModal } from "../../../src/features/import-export/import-modal";
import { ExportModal } from "../../../src/features/import-export/export-modal";
import { parseCsv } from "../../../src/core/time/csv";
import { CLIENT_FILES, fixtureBytes } from "../../core/support/import-vault";

const OCTOBER = "Clients/Harbour Goods/Log/2026-10.md";
const OCTOBER_TEXT = "---\r\ntype: client-log\r\n---\r\n# October\r\n\r\n- [start:: 2026-10-01T09:00+07:00] [end:: 2026-10-01T10:00+07:00] Typed by me ^cd-mine0001\r\n\r\nA paragraph of my own, without a final line break";

/** The top modal as the plugin's own class (the fake's Modal type is not the plugin's). */
const top = <T,>(): T => topModal() as unknown as T;
type Shown = { contentEl: HTMLElement };

async function start(extra: Record<string, string | Uint8Array> = {}, language = "en") {
  setLanguage(language);
  const app = new App({
    files: {
      ...CLIENT_FILES,
      [OCTOBER]: OCTOBER_TEXT,
      "Notes/Newsletter.md": "# Newsletter\n",
      "Imports/toggl-hcm.csv": fixtureBytes("toggl-hcm.csv"),
      ...extra,
    },
    pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh" } },
  });
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  // The weekly reports due on the real clock are written after the index is ready: let them land first.
  await plugin.reports.check();
  await app.settle();
  return { app, plugin };
}

/** Runs the import command, picks the file whose path matches `query`, and waits for the preview. */
async function openPreview(app: App, query: string): Promise<ImportModal> {
  await app.commands.run("client-desk:import-csv");
  const picker = top<CsvFileModal>();
  expect(picker).toBeInstanceOf(CsvFileModal);
  const found = await typeInSuggest(picker, query);
  expect(found.length).toBeGreaterThan(0);
  chooseSuggestion(picker, 0);
  await vi.waitFor(() => expect(topModal()).toBeInstanceOf(ImportModal));
  return top<ImportModal>();
}

function button(modal: Shown, text: string): HTMLButtonElement {
  const b = [...modal.contentEl.querySelectorAll("button")].find((el) => el.textContent === text);
  if (!b) throw new Error(`no button ${text}`);
  return b;
}

const rows = (modal: Shown) =>
  [...modal.contentEl.querySelectorAll(".client-desk-import-table tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));

describe("import command", () => {
  it("lists only the vault's CSV files and shows the preview of the chosen one", async () => {
    const { app } = await start({ "Imports/clockify-new-york.csv": fixtureBytes("clockify-new-york.csv") });
    await app.commands.run("client-desk:import-csv");
    const picker = top<CsvFileModal>();
    expect((await typeInSuggest(picker, "")).map((m) => m.item.path)).toEqual(["Imports/clockify-new-york.csv", "Imports/toggl-hcm.csv"]);
    picker.close();

    const modal = await openPreview(app, "toggl-hcm");
    const text = modal.contentEl.textContent ?? "";
    expect(modal.titleEl.textContent).toBe("Import time from toggl-hcm.csv");
    expect(modal.contentEl.querySelector(".client-desk-import-summary")?.textContent).toBe(
      "10 rows: 6 new entries, 1 already in the vault, 2 with no matching client, 1 that cannot be read.",
    );
    expect(rows(modal)).toEqual([
      ["Brightloop", "2", "1 h 00 min", "0 h 40 min"],
      ["Clara Whitfield Coaching", "1", "1 h 45 min", "1 h 45 min"],
      ["Harbour Goods", "3", "5 h 26 min", "5 h 26 min"],
    ]);
    expect([...modal.contentEl.querySelectorAll(".client-desk-import-unmatched li")].map((li) => li.textContent)).toEqual(["(no client)", "Acme Widgets"]);
    expect(text).toContain("Line 10 [End time]: The end (2026-10-06 09:00:00) is not after the start (2026-10-06 10:00:00).");
    // The tool was recognised from the columns.
    expect(modal.contentEl.querySelector("select")?.value).toBe("toggl");
    expect(text).toContain("Recognised from the file's columns.");
  });

  it("cancel writes nothing", async () => {
    const { app } = await start();
    const before = app.vault.snapshot();
    const writes = app.vault.writeLog.length;
    const modal = await openPreview(app, "toggl");
    button(modal, "Cancel").click();
    await app.settle();
    expect(topModal()).toBeUndefined();
    expect(app.vault.writeLog.length).toBe(writes);
    expect(app.vault.snapshot()).toEqual(before);
  });

  it("Import appends the lines, keeps every existing byte, creates month notes; a second import adds nothing", async () => {
    const { app, plugin } = await start();
    const modal = await openPreview(app, "toggl");
    button(modal, "Import").click();
    await vi.waitFor(() => expect(getNotices()).toContain("Imported 6 entries into 4 log notes."));
    await app.settle();
    expect(topModal()).toBeUndefined();

    const october = app.vault.contentOf(OCTOBER);
    expect(october.startsWith(`${OCTOBER_TEXT}\r\n`)).toBe(true);
    const added = october.slice(OCTOBER_TEXT.length + 2).split("\r\n");
    expect(added.pop()).toBe("");
    expect(added.map((l) => l.replace(/ \^cd-\w+$/, ""))).toEqual([
      "- [start:: 2026-10-04T08:00:15+07:00] [end:: 2026-10-04T09:30:45+07:00] [task:: Product uploads] Uploaded 12 products, fixed 3 prices",
      '- [start:: 2026-10-04T23:40+07:00] [end:: 2026-10-05T00:20:30+07:00] [task:: Refunds] Refund for order "#1042"',
      "- [start:: 2026-10-31T22:00+07:00] [end:: 2026-11-01T01:15:20+07:00] [task:: Product uploads] Overnight batch",
    ]);
    // The task becomes a link where a note of that name exists.
    expect(app.vault.contentOf("Clients/Clara Whitfield Coaching/Log/2026-03.md")).toContain("[task:: [[Newsletter]]] Drafted the March issue second paragraph, with notes ^cd-");
    expect(app.vault.contentOf("Clients/Brightloop/Log/2026-11.md")).toMatch(/^---\ntype: client-log\nclient: "\[\[Brightloop\]\]"\nmonth: 2026-11\n---\n# Brightloop — November 2026\n\n- \[start:: 2026-11-01T13:30\+07:00\]/);
    const index = plugin.indexer.index;
    expect(index.entriesOf("Harbour Goods", -Infinity, Infinity)).toHaveLength(4);
    expect(index.diagnostics().filter((d) => d.severity === "error")).toEqual([]);

    // Again: nothing new, and Import is disabled.
    const snapshot = app.vault.snapshot();
    const again = await openPreview(app, "toggl");
    expect(again.contentEl.querySelector(".client-desk-import-summary")?.textContent).toBe(
      "10 rows: 0 new entries, 7 already in the vault, 2 with no matching client, 1 that cannot be read.",
    );
    expect(again.contentEl.textContent).toContain("Nothing new to import.");
    expect(button(again, "Import").disabled).toBe(true);
    button(again, "Import").click();
    again.close();
    await app.settle();
    expect(app.vault.snapshot()).toEqual(snapshot);
  });

  it("refuses a UTF-16 file and a truncated file with a notice, opening no preview", async () => {
    const { app } = await start({
      "Imports/utf16.csv": fixtureBytes("toggl-utf16.csv"),
      "Imports/truncated.csv": fixtureBytes("toggl-truncated.csv"),
    });
    for (const [name, message] of [
      ["utf16", "utf16.csv: This file is UTF-16, not UTF-8."],
      ["truncated", "truncated.csv: The file ends inside a quoted value that starts on line 3"],
    ]) {
      await app.commands.run("client-desk:import-csv");
      const picker = top<CsvFileModal>();
      await typeInSuggest(picker, name);
      chooseSuggestion(picker, 0);
      await vi.waitFor(() => expect(getNotices().some((n) => n.startsWith(message))).toBe(true));
      expect(topModal()).toBeUndefined();
    }
  });

  it("asks for the date format when the dates cannot tell, and previews once it is chosen", async () => {
    const { app } = await start({ "Imports/ambiguous.csv": fixtureBytes("clockify-ambiguous.csv") });
    const modal = await openPreview(app, "ambiguous");
    expect(modal.contentEl.querySelector(".client-desk-import-error")?.textContent).toBe(
      "The dates could be month/day or day/month. Choose the date format of your Clockify workspace.",
    );
    expect(button(modal, "Import").disabled).toBe(true);
    const selects = [...modal.contentEl.querySelectorAll("select")];
    expect(selects[0].value).toBe("clockify");
    selects[1].value = "dmy";
    selects[1].dispatchEvent(new Event("change"));
    expect(modal.contentEl.querySelector(".client-desk-import-error")).toBeNull();
    expect(rows(modal)).toEqual([["Brightloop", "2", "2 h 00 min", "2 h 00 min"]]);
    expect(button(modal, "Import").disabled).toBe(false);
  });

  it("reads the export's times in another zone when told, and refuses a zone that is not one", async () => {
    const { app } = await start({ "Imports/ny.csv": fixtureBytes("clockify-new-york.csv") });
    const modal = await openPreview(app, "ny");
    const zone = modal.contentEl.querySelector<HTMLInputElement>("input[type=text]")!;
    expect(zone.value).toBe("Asia/Ho_Chi_Minh");
    // In Ho Chi Minh City nothing is skipped: no time-gap problem for 02:30 on 2026-03-08.
    expect(modal.contentEl.textContent).not.toContain("does not exist");
    zone.value = "Mars/Base";
    zone.dispatchEvent(new Event("input"));
    expect(modal.contentEl.textContent).toContain("“Mars/Base” is not a time zone name; still using Asia/Ho_Chi_Minh.");
    zone.value = "America/New_York";
    zone.dispatchEvent(new Event("input"));
    expect(modal.contentEl.textContent).toContain("Line 3 [Start Time]: 03/08/2026 02:30:00 AM does not exist in America/New_York");
  });

  it("says so when the vault has no CSV file", async () => {
    const app = new App({ files: { ...CLIENT_FILES } });
    await loadPlugin(ClientDeskPlugin, app);
    await app.startLayout();
    await app.commands.run("client-desk:import-csv");
    expect(topModal()).toBeUndefined();
    expect(getNotices()).toContain("There is no CSV file in this vault. Put the Toggl Track or Clockify export in the vault first.");
  });

  it("speaks Vietnamese", async () => {
    const { app } = await start({}, "vi");
    expect(app.commands.findCommand("client-desk:import-csv")?.name).toBe("Client Desk: Nhập thời gian từ tệp CSV của Toggl hoặc Clockify");
    expect(app.commands.findCommand("client-desk:export-csv")?.name).toBe("Client Desk: Xuất các mục thời gian ra tệp CSV");
    const modal = await openPreview(app, "toggl");
    expect(modal.contentEl.querySelector(".client-desk-import-summary")?.textContent).toBe(
      "10 hàng: 6 mục mới, 1 đã có trong kho, 2 không khớp khách hàng nào, 1 không đọc được.",
    );
  });
});

describe("export command", () => {
  it("writes the range's entries to a new CSV in Exports/, never replacing one", async () => {
    const { app } = await start();
    await app.commands.run("client-desk:export-csv");
    const modal = top<ExportModal>();
    expect(modal).toBeInstanceOf(ExportModal);
    const [from, to] = [...modal.contentEl.querySelectorAll<HTMLInputElement>("input[type=text]")];
    from.value = "2026-10-01";
    from.dispatchEvent(new Event("input"));
    to.value = "2026-10-31";
    to.dispatchEvent(new Event("input"));
    const path = await modal.submit();
    expect(path).toBe("Exports/time-2026-10-01-to-2026-10-31.csv");
    const csv = app.vault.contentOf(path!);
    expect(parseCsv(csv).rows).toEqual([
      ["User", "Email", "Client", "Project", "Task", "Description", "Billable", "Start date", "Start time", "End date", "End time", "Duration", "Tags", "Amount ()"],
      ["", "", "Harbour Goods", "", "", "Typed by me", "Yes", "2026-10-01", "09:00:00", "2026-10-01", "10:00:00", "01:00:00", "^cd-mine0001", ""],
    ]);
    expect(getNotices()).toContain(`Exported 1 entry to ${path}.`);

    await app.commands.run("client-desk:export-csv");
    const second = top<ExportModal>();
    const inputs = [...second.contentEl.querySelectorAll<HTMLInputElement>("input[type=text]")];
    inputs[0].value = "2026-10-01";
    inputs[0].dispatchEvent(new Event("input"));
    inputs[1].value = "2026-10-31";
    inputs[1].dispatchEvent(new Event("input"));
    const select = second.contentEl.querySelector("select")!;
    select.value = "Harbour Goods";
    select.dispatchEvent(new Event("change"));
    expect(await second.submit()).toBe("Exports/time-2026-10-01-to-2026-10-31 Harbour Goods.csv");

    await app.commands.run("client-desk:export-csv");
    const third = top<ExportModal>();
    const i3 = [...third.contentEl.querySelectorAll<HTMLInputElement>("input[type=text]")];
    i3[0].value = "2026-10-01";
    i3[0].dispatchEvent(new Event("input"));
    i3[1].value = "2026-10-31";
    i3[1].dispatchEvent(new Event("input"));
    expect(await third.submit()).toBe("Exports/time-2026-10-01-to-2026-10-31 2.csv");
    expect(app.vault.contentOf(path!)).toBe(csv);
  });

  it("refuses a bad range in the dialog and exports nothing for an empty one", async () => {
    const { app } = await start();
    await app.commands.run("client-desk:export-csv");
    const modal = top<ExportModal>();
    const [from] = [...modal.contentEl.querySelectorAll<HTMLInputElement>("input[type=text]")];
    from.value = "2030-13-01";
    from.dispatchEvent(new Event("input"));
    expect(await modal.submit()).toBeNull();
    expect(modal.contentEl.querySelector(".client-desk-setting-error")?.textContent).toBe(
      "Give the first and last day as YYYY-MM-DD, the first not after the last.",
    );
    from.value = "2020-01-01";
    from.dispatchEvent(new Event("input"));
    const to = modal.contentEl.querySelectorAll<HTMLInputElement>("input[type=text]")[1];
    to.value = "2020-01-31";
    to.dispatchEvent(new Event("input"));
    expect(await modal.submit()).toBeNull();
    expect(getNotices()).toContain("No finished time entries start between 2020-01-01 and 2020-01-31; nothing was exported.");
    expect(app.vault.getFolderByPath("Exports")).toBeNull();
  });
});
