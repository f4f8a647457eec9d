// "Log contact", check-ins and feedback surveys on the fake Obsidian, on a fixed clock.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getNotices } from "../../fake/obsidian";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { ContactModal } from "../../../src/features/lifecycle/contact-modal";
import { NOW, top, start, input, click, pick, type Shown } from "./lifecycle-app";

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("communication", () => {
  it("logs a contact line in the client's communication note, read by the index", async () => {
    const { app, plugin } = await start({ "Clients/Harbour Goods/Communication.md": "# Harbour Goods: contacts\n\nMy own paragraph." });
    await app.commands.run("client-desk:log-contact");
    await pick("Harbour");
    const modal = top<ContactModal & Shown>();
    expect(modal).toBeInstanceOf(ContactModal);
    expect(modal.contentEl.querySelector<HTMLInputElement>(".client-desk-contact-channel")?.value).toBe("Slack");
    input(modal, "client-desk-contact-summary", "Asked for the uploads by Friday");
    click(modal, "Log");
    await vi.waitFor(() => expect(plugin.indexer.index.contacts("Harbour Goods")).toHaveLength(1));
    expect(app.vault.contentOf("Clients/Harbour Goods/Communication.md")).toBe(
      "# Harbour Goods: contacts\n\nMy own paragraph.\n- [at:: 2026-11-24T10:00+07:00] [channel:: Slack] [direction:: in] Asked for the uploads by Friday\n",
    );
  });

  it("marks the request an outgoing contact answers as replied, once", async () => {
    const task = "Clients/Harbour Goods/Tasks/Refund.md";
    const { app, plugin } = await start({
      [task]: "---\ntitle: Refund\nrequested: 2026-11-24T08:00+11:00\n---\n",
      "Clients/Harbour Goods/Tasks/Done one.md": "---\nstatus: done\nrequested: 2026-11-20T08:00+11:00\n---\n",
    });
    await app.commands.run("client-desk:log-contact");
    await pick("Harbour");
    const modal = top<ContactModal & Shown>();
    const answers = modal.contentEl.querySelector<HTMLSelectElement>(".client-desk-contact-answers");
    expect([...(answers?.options ?? [])].map((o) => o.text)).toEqual(["None", "Refund"]);
    const direction = modal.contentEl.querySelectorAll("select")[0];
    direction.value = "out";
    direction.dispatchEvent(new Event("change"));
    answers!.value = task;
    answers!.dispatchEvent(new Event("change"));
    input(modal, "client-desk-contact-summary", "Refund sent");
    click(modal, "Log");
    await vi.waitFor(() => expect(readFrontmatter(app.vault.contentOf(task)).data?.replied).toBe("2026-11-24T10:00+07:00"));
    await app.settle();
    expect(plugin.indexer.index.tasks("Harbour Goods").find((x) => x.title === "Refund")?.replied).toBe(NOW);
    expect(plugin.indexer.index.contacts("Harbour Goods").map((c) => c.direction)).toEqual(["out"]);
  });

  it("writes today's check-in from the template, dated in the client's zone, and opens it the second time", async () => {
    vi.setSystemTime(Date.parse("2026-11-24T14:00:00Z")); // Nov 24 in Ho Chi Minh City, Nov 25 in Sydney
    const { app, plugin } = await start();
    await app.commands.run("client-desk:write-checkin");
    await pick("Harbour");
    const path = "Clients/Harbour Goods/Check-ins/2026-11-25.md";
    await vi.waitFor(() => expect(plugin.indexer.index.lastCheckin("Harbour Goods")).toBe("2026-11-25"));
    expect(app.vault.contentOf(path)).toContain("# Check-in with Harbour Goods, 2026-11-25");
    await app.commands.run("client-desk:write-checkin");
    await pick("Harbour");
    await vi.waitFor(() => expect(getNotices()).toContain(`${path} exists already; opened it.`));

    await app.commands.run("client-desk:write-feedback-survey");
    await pick("Harbour");
    await vi.waitFor(() => expect(plugin.indexer.index.lastSurvey("Harbour Goods")).toBe("2026-11-25"));
    expect(app.vault.contentOf("Clients/Harbour Goods/Feedback/2026-11-25.md")).toContain("# Feedback from Harbour Goods, 2026-11-25");
  });
});
