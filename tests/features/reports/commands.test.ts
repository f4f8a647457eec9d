// The reports' commands on the fake Obsidian with a pinned clock: write the due reports again at
// once, regenerate a report keeping the notes (or refuse without the marker), write the review.
import { afterEach, describe, expect, it, vi } from "vitest";
import { chooseSuggestion, getNotices, topModal, typeInSuggest, type Modal } from "../../fake/obsidian";
import { NOTES_MARKER } from "../../../src/core/reports/report-notes";
import { boot, HARBOUR_W47 } from "./report-app";

afterEach(() => {
  vi.useRealTimers();
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
