// "Merge conflicted copies of log notes" on the fake: it asks, then adds to each note the entries
// only its copy has (every byte of the note kept), moves the copy to Log/Merged copies/, and names
// entries with other times without changing them.
import { describe, expect, it } from "vitest";
import { App, getNotices, loadPlugin, topModal, type Modal } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";

const LOG = "Clients/Acme/Log/2026-11.md";
const COPY = "Clients/Acme/Log/2026-11 (Linh's conflicted copy 2026-11-27).md";
const A = "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] Inbox ^cd-acme0001";
const B = "- [start:: 2026-11-24T09:00+07:00] [end:: 2026-11-24T10:00+07:00] Orders ^cd-acme0002";
const C = "- [start:: 2026-11-25T09:00+07:00] [end:: 2026-11-25T09:30+07:00] Call ^cd-acme0003";
const FILES = {
  "Clients/Acme/Acme.md": "---\ntimezone: Europe/London\ncurrency: GBP\nrate: 30\nreport_day: none\n---\n",
  [LOG]: `# November\r\n\r\n${A}\r\n${B}`,
  [COPY]: `# November\n\n${A}\n${B.replace("10:00+07:00]", "10:15+07:00]")}\n${C}\n`,
};

function button(modal: Modal, text: string): HTMLButtonElement {
  const b = [...modal.modalEl.querySelectorAll("button")].find((x) => x.textContent === text);
  if (!b) throw new Error(`no button “${text}”`);
  return b;
}

describe("Merge conflicted copies of log notes", () => {
  it("the copy is a problem and counts nothing; merged, its own entry joins the note and the copy moves aside", async () => {
    const app = new App({ files: FILES, pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh" } } });
    const plugin = await loadPlugin(ClientDeskPlugin, app);
    await app.startLayout();
    await plugin.indexer.whenReady;
    const index = plugin.indexer.index;
    expect(index.entriesBetween(-Infinity, Infinity).map((e) => e.id)).toEqual(["cd-acme0001", "cd-acme0002"]);
    expect(index.diagnostics().filter((d) => d.file === COPY).map((d) => [d.code, d.params.only, d.params.differing])).toEqual([["log-conflict-copy", 1, 1]]);

    await app.commands.run("client-desk:merge-conflict-copies");
    button(topModal()!, "Merge").click();
    await app.settle();
    const after = app.vault.snapshot();
    expect(after[LOG]).toBe(`# November\r\n\r\n${A}\r\n${B}\r\n${C}\r\n`);
    expect(after[COPY]).toBeUndefined();
    expect(after["Clients/Acme/Log/Merged copies/2026-11 (Linh's conflicted copy 2026-11-27).md"]).toBe(FILES[COPY]);
    expect(getNotices()).toContain("1 copy merged: 1 entry added.");
    expect(getNotices()).toContain("These entries have other times in a copy; check them by hand: cd-acme0002.");
    expect(index.logCopies()).toEqual([]);
    expect(index.entriesBetween(-Infinity, Infinity).map((e) => e.id)).toEqual(["cd-acme0001", "cd-acme0002", "cd-acme0003"]);
  });
});
