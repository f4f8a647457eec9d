// "Add missing entry ids" on the fake: it asks with the count, then gives every entry typed without
// a block id one, in every log note of the vault, through Vault.process on the note as it is then;
// nothing else changes, error lines get none, and a notice says how many.
import { describe, expect, it } from "vitest";
import { App, getNotices, loadPlugin, topModal, type Modal } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";

const ACME_LOG = "Clients/Acme/Log/2026-11.md";
const BETA_LOG = "Clients/Beta/Log/2026-10.md";
const ACME = [
  "---",
  "type: client-log",
  "---",
  "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] Typed by hand  ",
  "- [start:: 2026-11-23T10:00+07:00] [end:: 2026-11-23T11:00+07:00] Has one ^cd-acme0001",
  "- [start:: 2026-11-23T12:00+07:00] [end:: 2026-11-23T11:00+07:00] Backwards",
  "",
].join("\r\n");
const BETA = "# October\n\n- [start:: 2026-10-01T09:00+07:00] [end:: 2026-10-01T10:00+07:00] #non-billable\n";
// No weekly reports: the report scheduler would write them on the real clock, beside these notes.
const FILES = {
  "Clients/Acme/Acme.md": "---\ntimezone: Europe/London\ncurrency: GBP\nrate: 30\nreport_day: none\n---\n",
  "Clients/Beta/Beta.md": "---\ntimezone: America/New_York\ncurrency: USD\nrate: 40\nreport_day: none\n---\n",
  [ACME_LOG]: ACME,
  [BETA_LOG]: BETA,
  "Scratch.md": "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] Not a log note\n",
};

async function start(data: Record<string, unknown> = {}) {
  const app = new App({ files: FILES, pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh", ...data } } });
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  return { app, plugin };
}

function button(modal: Modal, text: string): HTMLButtonElement {
  const b = [...modal.modalEl.querySelectorAll("button")].find((x) => x.textContent === text);
  if (!b) throw new Error(`no button “${text}”`);
  return b;
}

/** The note's lines with the id found at the end of line `n` (1-based) added there in the original. */
function withIdsAt(original: string, now: string, eol: string, lines: number[]): string {
  const want = original.split(eol);
  const got = now.split(eol);
  for (const n of lines) {
    const id = /\^(cd-[0-9a-z]{8})$/.exec(got[n - 1])?.[1];
    expect(id).toBeDefined();
    want[n - 1] = `${want[n - 1]} ^${id}`;
  }
  return want.join(eol);
}

describe("Add missing entry ids", () => {
  it("asks with the count, then adds an id to each entry without one, in every log note, and nothing else", async () => {
    const { app, plugin } = await start();
    const before = app.vault.snapshot();
    await app.commands.run("client-desk:add-entry-ids");
    const ask = topModal()!;
    expect(ask.contentEl.textContent).toContain("2 entries typed without a block id, in 2 log notes, get one at the end of their line");
    expect(ask.contentEl.textContent).toContain("1 line with errors got no id");
    expect(app.vault.snapshot()).toEqual(before);
    button(ask, "Add ids").click();
    await app.settle();
    expect(getNotices()).toContain("Added ids to 2 entries in 2 log notes.");
    const after = app.vault.snapshot();
    expect(after[ACME_LOG]).toBe(withIdsAt(ACME, after[ACME_LOG], "\r\n", [4]));
    expect(after[BETA_LOG]).toBe(withIdsAt(BETA, after[BETA_LOG], "\n", [3]));
    expect(after[ACME_LOG]).toContain("Typed by hand   ^cd-");
    for (const path of Object.keys(before)) if (path !== ACME_LOG && path !== BETA_LOG) expect(after[path]).toBe(before[path]);
    // The index reads the new ids; the only problem left is the line with an error.
    const problems = plugin.indexer.index.diagnostics().filter((d) => d.file.includes("/Log/"));
    expect(problems.map((d) => [d.file, d.line, d.code])).toEqual([[ACME_LOG, 6, "entry-end-before-start"]]);
    const ids = plugin.indexer.index.entriesBetween(-Infinity, Infinity).map((e) => e.id);
    expect(ids.every((id) => /^cd-[0-9a-z]{8}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(3);

    await app.commands.run("client-desk:add-entry-ids");
    expect(getNotices().at(-1)).toBe("Every entry already has an id. 1 line with errors got no id: fix them (Check client data lists them), then run this again.");
    expect(app.vault.snapshot()).toEqual(after);
  });

  it("writes nothing when the question is cancelled", async () => {
    const { app } = await start();
    const before = app.vault.snapshot();
    await app.commands.run("client-desk:add-entry-ids");
    button(topModal()!, "Cancel").click();
    await app.settle();
    expect(app.vault.snapshot()).toEqual(before);
  });

  it("adds the ids to the note as it is when the answer comes, not as it was when asked", async () => {
    const { app } = await start();
    await app.commands.run("client-desk:add-entry-ids");
    // A sync brings a line above the entry, and a new hand-typed entry, while the question is open.
    const synced = BETA.replace("# October\n", "# October\nA line from the phone\n") + "- [start:: 2026-10-02T09:00+07:00] [end:: 2026-10-02T09:30+07:00] From the phone\n";
    app.vault.externalWrite(BETA_LOG, synced);
    await app.settle();
    button(topModal()!, "Add ids").click();
    await app.settle();
    expect(app.vault.contentOf(BETA_LOG)).toBe(withIdsAt(synced, app.vault.contentOf(BETA_LOG), "\n", [4, 5]));
    expect(getNotices()).toContain("Added ids to 3 entries in 2 log notes.");
  });

  it("is named in Vietnamese when the interface is", async () => {
    const { app } = await start({ language: "vi" });
    expect(app.commands.findCommand("client-desk:add-entry-ids")?.name).toContain("Thêm mã khối còn thiếu cho các mục thời gian");
    await app.commands.run("client-desk:add-entry-ids");
    expect(topModal()!.contentEl.textContent).toContain("2 mục thời gian được gõ tay không có mã khối, trong 2 ghi chú nhật ký");
  });
});
