// The client overview on the fake Obsidian, on a fixed clock: what each section lists, what a click
// or Enter opens, moving a task between quadrants (menu, drag and drop) writes only its flags,
// redraws on changes and on the clock, Vietnamese labels, nothing left behind on close.
import { afterEach, describe, expect, it, vi } from "vitest";
import { App, lastMenu, liveRegistrations, loadPlugin, setLanguage, type Menu } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";
import { OVERVIEW_VIEW, OverviewView } from "../../../src/features/overview/overview-view";
import { moveTaskTo } from "../../../src/adapter/task-priority";

type Owner = Parameters<typeof liveRegistrations>[0];
const NOW = Date.parse("2026-11-25T10:14:00+07:00");
const client = (key: string, zone: string, ...extra: string[]) => ({
  [`Clients/${key}/${key}.md`]: ["---", `timezone: ${zone}`, "currency: USD", "rate: 30", ...extra, "---", ""].join("\n"),
});
const task = (key: string, title: string, ...fields: string[]) => ({
  [`Clients/${key}/Tasks/${title}.md`]: ["---", "type: task", ...fields, "---", "", `Notes on ${title}.`, "- [ ] first step", ""].join("\n"),
});
const REFUND = "Clients/Harbour Goods/Tasks/Refund policy.md";

const FILES: Record<string, string> = {
  ...client("Harbour Goods", "Australia/Sydney", 'color: "#2a9d8f"'),
  ...client("Clara", "Europe/London", "response_hours: 4", "checkin_days: 0"),
  ...client("Brightloop", "America/New_York", "checkin_days: 0"),
  ...task("Harbour Goods", "Refund policy", "status: doing", "due: 2026-11-27", "urgent: true", "important: yes", "kind: email", "estimate: 1.5"),
  // 13:00Z today: 20:00 for Linh, still on the clock.
  ...task("Harbour Goods", "Product uploads", "due: 2026-11-25", "kind: uploads"),
  ...task("Brightloop", "Board deck", "due: 2026-11-20", "important: true"),
  ...task("Clara", "Invoice question", "requested: 2026-11-24T10:00+00:00", "kind: email", "urgent: true"),
  ...task("Clara", "Course launch", "status: done", "completed: 2026-11-20"),
};

async function start(language = "en") {
  vi.useFakeTimers({ now: NOW, toFake: ["Date", "setInterval", "clearInterval"] });
  setLanguage(language);
  const app = new App({ files: FILES, pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh" } } });
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  await app.commands.run("client-desk:open-agenda");
  await app.settle();
  const view = app.workspace.getLeavesOfType(OVERVIEW_VIEW)[0].view as OverviewView;
  return { app, plugin, view, root: view.contentEl };
}

afterEach(() => {
  vi.useRealTimers();
});

const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent);
const titles = (el: Element | null) => [...(el?.querySelectorAll(".client-desk-agenda-title") ?? [])].map((x) => x.textContent);
const quadrant = (root: HTMLElement, q: string) => root.querySelector(`.client-desk-agenda-quadrant[data-quadrant="${q}"]`);

describe("client overview", () => {
  it("lists deadlines, the matrix, batches, replies, check-ins and surveys across clients", async () => {
    const { root } = await start();
    expect(root.querySelector(".client-desk-agenda-header")?.textContent).toContain("25 Nov 2026, week 2026-W48, your time zone Asia/Ho_Chi_Minh");
    // One title per view: the tab's.
    expect(root.querySelector("h3")).toBeNull();
    const deadlines = root.querySelector(".client-desk-agenda-section.is-deadlines")!;
    expect(titles(deadlines.querySelector(".is-overdue"))).toEqual(["Board deck"]);
    expect(titles(deadlines.querySelector(".is-today"))).toEqual(["Product uploads"]);
    expect(titles(deadlines.querySelector(".is-week"))).toEqual(["Refund policy"]);
    const refund = deadlines.querySelector(".is-week .client-desk-agenda-meta")?.textContent;
    // Readable dates, never "24:00": a date-only deadline ends its day.
    expect(refund).toBe("Harbour Goods · Doing · Due Fri 27 Nov, 20:00 your time · end of Fri 27 Nov in Sydney");

    expect(titles(quadrant(root, "do"))).toEqual(["Refund policy"]);
    expect(titles(quadrant(root, "schedule"))).toEqual(["Board deck"]);
    expect(titles(quadrant(root, "delegate"))).toEqual(["Invoice question"]);
    expect(titles(quadrant(root, "later"))).toEqual(["Product uploads"]);
    expect(texts(root, ".client-desk-agenda-quadrant-name")).toEqual(["Do now", "Schedule", "Delegate", "Later"]);

    const batches = root.querySelector(".client-desk-agenda-section.is-batches")!;
    expect(texts(batches, "h5").map((h) => h?.replace(/\d+$/, ""))).toEqual(["Email", "Uploads", "Other"]);
    expect(batches.querySelector(".client-desk-agenda-muted")?.textContent).toBe("2 open · 1.5 h estimated · 1 without an estimate");

    const replies = root.querySelector(".client-desk-agenda-section.is-replies")!;
    expect(titles(replies)).toEqual(["Invoice question"]);
    expect(replies.querySelector(".client-desk-agenda-meta")?.textContent).toBe(
      "Clara · Answer was due Tue 24 Nov, 21:00 your time (Tue 24 Nov, 14:00 London), 13 h 14 min ago",
    );
    // No check-in notes are read yet: Harbour Goods (the only client with a cadence) has never had one.
    expect(titles(root.querySelector(".client-desk-agenda-section.is-checkins"))).toEqual(["Harbour Goods"]);
    const surveys = root.querySelector(".client-desk-agenda-section.is-surveys")!;
    expect(titles(surveys)).toEqual(["Clara"]);
    expect(surveys.querySelector(".client-desk-agenda-meta")?.textContent).toBe("After “Course launch”, finished 20 Nov 2026");
  });

  it("opens an item's note on click and on Enter", async () => {
    const { app, root } = await start();
    const item = root.querySelector<HTMLElement>('.is-overdue .client-desk-agenda-item')!;
    item.click();
    expect(app.workspace.openHistory.at(-1)).toMatchObject({ path: "Clients/Brightloop/Tasks/Board deck.md" });
    const checkin = root.querySelector<HTMLElement>(".is-checkins .client-desk-agenda-item")!;
    checkin.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(app.workspace.openHistory.at(-1)).toMatchObject({ path: "Clients/Harbour Goods/Harbour Goods.md" });
    expect(app.workspace.openHistory).toHaveLength(2);
    // Notes open beside the overview, which stays open.
    expect(app.workspace.getLeavesOfType(OVERVIEW_VIEW)).toHaveLength(1);
    expect(app.workspace.getLeavesOfType("markdown").length).toBeGreaterThan(0);
  });

  it("moves a task to another quadrant from its menu: urgent changes, nothing else in the note", async () => {
    const { app, root } = await start();
    const before = app.vault.contentOf(REFUND);
    const item = quadrant(root, "do")!.querySelector<HTMLElement>(".client-desk-agenda-item")!;
    item.querySelector<HTMLElement>("button.client-desk-agenda-move")!.click();
    const menu = lastMenu() as Menu;
    expect(menu.titles()).toEqual(["Move to Do now", "Move to Schedule", "Move to Delegate", "Move to Later"]);
    expect(app.workspace.openHistory).toHaveLength(0);
    menu.clickItem("Move to Schedule");
    await app.settle();
    expect(app.vault.contentOf(REFUND)).toBe(before.replace("urgent: true\n", "urgent: false\n"));
    expect(titles(quadrant(root, "schedule"))).toEqual(["Board deck", "Refund policy"]);
    expect(titles(quadrant(root, "do"))).toEqual([]);
    // Keyboard focus follows the task into its new box.
    expect((document.activeElement as HTMLElement | null)?.dataset.path).toBe(REFUND);
  });

  it("moves a task by drag and drop, writing both flags", async () => {
    const { app, root } = await start();
    const path = "Clients/Harbour Goods/Tasks/Product uploads.md";
    const before = app.vault.contentOf(path);
    const item = quadrant(root, "later")!.querySelector<HTMLElement>(".client-desk-agenda-item")!;
    expect(item.getAttribute("draggable")).toBe("true");
    const target = quadrant(root, "do")!;
    item.dispatchEvent(new Event("dragstart", { bubbles: true }));
    const over = new Event("dragover", { bubbles: true, cancelable: true });
    target.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    target.dispatchEvent(new Event("drop", { bubbles: true, cancelable: true }));
    item.dispatchEvent(new Event("dragend", { bubbles: true }));
    await app.settle();
    expect(app.vault.contentOf(path)).toBe(before.replace("kind: uploads\n", "kind: uploads\nurgent: true\nimportant: true\n"));
    expect(titles(quadrant(root, "do"))).toEqual(["Product uploads", "Refund policy"]);
    // Dropped back where it is: no write.
    const writes = app.vault.writeLog.length;
    const again = quadrant(root, "do")!.querySelector<HTMLElement>(".client-desk-agenda-item")!;
    again.dispatchEvent(new Event("dragstart", { bubbles: true }));
    quadrant(root, "do")!.dispatchEvent(new Event("drop", { bubbles: true, cancelable: true }));
    await app.settle();
    expect(app.vault.writeLog.length).toBe(writes);
  });

  it("redraws when a note changes and when the clock passes a deadline, without piling up handlers", async () => {
    const { app, view, root } = await start();
    app.vault.externalWrite("Clients/Clara/Tasks/Newsletter.md", "---\ndue: 2026-11-25 12:00\nkind: email\n---\n");
    await app.settle();
    expect(titles(root.querySelector(".is-deadlines .is-today"))).toEqual(["Newsletter", "Product uploads"]);
    const handlers = liveRegistrations(view as unknown as Owner).dom;
    expect(handlers).toBeGreaterThan(0);
    // 12:00 London is 19:00 for Linh; 13:00Z is the end of the day in Sydney.
    vi.setSystemTime(Date.parse("2026-11-25T13:00:00Z"));
    vi.advanceTimersByTime(60_000);
    expect(titles(root.querySelector(".is-deadlines .is-overdue"))).toEqual(["Board deck", "Newsletter", "Product uploads"]);
    expect(root.querySelector(".is-deadlines .is-today")).toBeNull();
    // The same rows in other places: a redraw drops the handlers of the last drawing.
    view.render(true);
    view.render(true);
    expect(liveRegistrations(view as unknown as Owner).dom).toBe(handlers);
    view.leaf.detach();
    await app.settle();
    expect(liveRegistrations(view as unknown as Owner).total).toBe(0);
  });

  it("speaks Vietnamese when Obsidian does", async () => {
    const { app, root, view } = await start("vi");
    expect(app.commands.findCommand("client-desk:open-agenda")?.name).toBe("Client Desk: Mở tổng quan khách hàng");
    expect(view.getDisplayText()).toBe("Tổng quan khách hàng");
    expect(texts(root, ".client-desk-agenda-section > summary > h4").map((h) => h?.replace(/\d+$/, ""))).toEqual([
      "Hạn chót",
      "Mức ưu tiên",
      "Gom việc theo loại",
      "Phản hồi quá hạn",
      "Đến hạn liên hệ định kỳ",
      "Đến hạn khảo sát ý kiến",
    ]);
    expect(texts(root, ".client-desk-agenda-quadrant-name")).toEqual(["Làm ngay", "Lên lịch", "Giao việc", "Để sau"]);
    expect(root.querySelector(".is-deadlines .is-week .client-desk-agenda-meta")?.textContent).toBe(
      "Harbour Goods · Đang làm · Hạn Thứ 6, 27 thg 11, 20:00 giờ của bạn · cuối ngày Thứ 6, 27 thg 11 ở Sydney",
    );
    quadrant(root, "do")!.querySelector<HTMLElement>("button.client-desk-agenda-move")!.click();
    expect((lastMenu() as Menu).titles()[1]).toBe("Chuyển sang Lên lịch");
  });

  it("moveTaskTo writes nothing when the task is already there, and says when its note is gone", async () => {
    const { app } = await start();
    const writes = app.vault.writeLog.length;
    // important: yes already means important; urgent: true already urgent.
    expect(await moveTaskTo(app, REFUND, "do")).toEqual({ ok: true, changed: false });
    expect(app.vault.writeLog.length).toBe(writes);
    expect(await moveTaskTo(app, "Clients/Harbour Goods/Tasks/Gone.md", "do")).toEqual({ ok: false, reason: "missing" });
    expect(await moveTaskTo(app, REFUND, "delegate")).toEqual({ ok: true, changed: true });
    expect(app.vault.contentOf(REFUND)).toContain("important: false\n");
  });

  it("opens from the ribbon too, once: a second open reveals the same view", async () => {
    const { app } = await start();
    app.workspace.getLeavesOfType(OVERVIEW_VIEW)[0].detach();
    await app.settle();
    const ribbon = app.ribbonEl.querySelector<HTMLElement>('[aria-label="Client Desk: open client overview"]')!;
    ribbon.click();
    await app.settle();
    expect(app.workspace.getLeavesOfType(OVERVIEW_VIEW)).toHaveLength(1);
    await app.commands.run("client-desk:open-agenda");
    expect(app.workspace.getLeavesOfType(OVERVIEW_VIEW)).toHaveLength(1);
  });

  it("folds its sections, one task list open at a time, kept across redraws", async () => {
    const { app, root, view } = await start();
    const open = () => [...root.querySelectorAll<HTMLDetailsElement>("details.client-desk-agenda-section")].filter((d) => d.open).map((d) => d.getAttribute("class")!.replace(/.* is-/, ""));
    expect(open()).toEqual(["deadlines", "replies", "checkins", "surveys"]);
    view.openSection("matrix");
    await new Promise((r) => window.setTimeout(r, 0));
    expect(open()).toEqual(["matrix", "replies", "checkins", "surveys"]);
    const replies = root.querySelector<HTMLDetailsElement>("details.is-replies")!;
    replies.open = false;
    await new Promise((r) => window.setTimeout(r, 0));
    // A change in the vault redraws the view: what was open stays open.
    app.vault.externalWrite("Clients/Harbour Goods/Tasks/Refund policy.md", app.vault.contentOf("Clients/Harbour Goods/Tasks/Refund policy.md") + "\nMore.\n");
    await app.settle();
    view.render(true);
    expect(open()).toEqual(["matrix", "checkins", "surveys"]);
  });

  it("names batches in words and never starts a wrapped line with '·'", async () => {
    const { root } = await start();
    for (const line of root.querySelectorAll(".client-desk-agenda-meta")) {
      for (const part of line.querySelectorAll(".client-desk-agenda-part")) expect(part.textContent).not.toMatch(/^·/);
      expect(line.textContent).not.toContain("24:00");
    }
  });
});
