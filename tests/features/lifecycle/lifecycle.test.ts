// The client lifecycle on the fake Obsidian, on a fixed clock: a new client made end to end from
// the form (every file and its frontmatter), refusals that write nothing, status moves, requests,
// a workflow with its quality review, the timer on a task, contacts and check-ins.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App, chooseSuggestion, getNotices, loadPlugin, setLanguage, topModal, typeInSuggest } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { NewClientModal } from "../../../src/features/lifecycle/new-client-modal";
import { PickModal } from "../../../src/ui/pick-modal";
import { RequestModal } from "../../../src/features/lifecycle/request-modal";
import { ContactModal } from "../../../src/features/lifecycle/contact-modal";

// Tue 2026-11-24 10:00 in Ho Chi Minh City, 14:00 in Sydney.
const NOW = Date.parse("2026-11-24T03:00:00Z");
const HARBOUR = "Clients/Harbour Goods/Harbour Goods.md";
const HARBOUR_TEXT = "---\ntype: client\nname: Harbour Goods\nstatus: onboarding\ntimezone: Australia/Sydney\ncurrency: AUD\nrate: 45\nchannel_quick: Slack\n---\nMy notes about Harbour.\n";
const MY_WELCOME = "---\ntype: welcome-packet\n---\n# Hello {{client.name}}\n\nMy hours in your zone: {{working_hours_local}}.\n";
const INTAKE = "Clients/Harbour Goods/Onboarding/Intake checklist.md";

type Shown = { contentEl: HTMLElement; modalEl: HTMLElement };
const top = <T,>(): T => topModal() as unknown as T;

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

async function start(extra: Record<string, string> = {}, language = "en") {
  setLanguage(language);
  const app = new App({
    files: {
      [HARBOUR]: HARBOUR_TEXT,
      [INTAKE]: "---\ntype: intake\n---\n- [x] Discovery call held\n- [ ] Service agreement signed\n- [ ] Deposit paid\n",
      "Client Desk/Templates/Welcome packet.md": MY_WELCOME,
      ...extra,
    },
    pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh", workingHours: "08:00-17:00", homeCurrency: "VND" } },
  });
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  return { app, plugin };
}

function field(modal: Shown, name: string): HTMLInputElement | HTMLSelectElement {
  const el = modal.contentEl.querySelector<HTMLInputElement | HTMLSelectElement>(`.client-desk-field-${name}`);
  if (!el) throw new Error(`no field ${name}`);
  return el;
}

function fill(modal: Shown, name: string, value: string): void {
  const el = field(modal, name);
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
}

function input(modal: Shown, cls: string, value: string): void {
  const el = modal.contentEl.querySelector<HTMLInputElement>(`.${cls}`);
  if (!el) throw new Error(`no input ${cls}`);
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

function click(modal: Shown, text: string): void {
  const b = [...modal.contentEl.querySelectorAll("button")].find((el) => el.textContent === text);
  if (!b) throw new Error(`no button ${text}`);
  b.click();
}

function errors(modal: Shown): string[] {
  return [...modal.contentEl.querySelectorAll(".client-desk-setting-error")].map((e) => e.textContent ?? "").filter((s) => s !== "");
}

async function pick(query: string): Promise<void> {
  const m = top<PickModal<unknown>>();
  expect(m).toBeInstanceOf(PickModal);
  const found = await typeInSuggest(m, query);
  expect(found.length, `suggestions for ${query}`).toBeGreaterThan(0);
  chooseSuggestion(m, 0);
}

async function openNote(app: App, path: string): Promise<void> {
  await app.workspace.openLinkText(path, "", false);
  await app.settle();
}

describe("New client", () => {
  it("creates the folder, the client note and four onboarding notes from the templates", async () => {
    const { app, plugin } = await start();
    await app.commands.run("client-desk:new-client");
    const modal = top<NewClientModal & Shown>();
    expect(modal).toBeInstanceOf(NewClientModal);
    fill(modal, "name", "Clara Whitfield Coaching");
    fill(modal, "timezone", "Europe/London");
    fill(modal, "currency", "gbp");
    fill(modal, "rate", "32.50");
    fill(modal, "reportDay", "mon");
    fill(modal, "channelQuick", "WhatsApp");
    fill(modal, "channelMeetings", "Zoom");
    fill(modal, "responseHours", "12");
    fill(modal, "contact", "Clara Whitfield");
    fill(modal, "email", "clara@whitfield.example");
    expect(errors(modal)).toEqual([]);
    click(modal, "Create client");
    await vi.waitFor(() => expect(app.vault.contentOf("Clients/Clara Whitfield Coaching/Onboarding/Welcome packet.md")).toBeTruthy());
    await app.settle();

    const folder = "Clients/Clara Whitfield Coaching";
    const made = app.vault.writeLog.filter((w) => w.op === "create" && w.path.startsWith(folder)).map((w) => w.path);
    expect(made).toEqual([
      `${folder}/Clara Whitfield Coaching.md`,
      `${folder}/Onboarding/Intake checklist.md`,
      `${folder}/Onboarding/Service agreement.md`,
      `${folder}/Onboarding/Discovery call.md`,
      `${folder}/Onboarding/Welcome packet.md`,
    ]);
    const note = readFrontmatter(app.vault.contentOf(`${folder}/Clara Whitfield Coaching.md`));
    expect(note.data).toEqual({
      type: "client",
      name: "Clara Whitfield Coaching",
      status: "onboarding",
      timezone: "Europe/London",
      language: "en",
      currency: "GBP",
      billing: "hourly",
      rate: 32.5,
      channel_formal: "email",
      channel_quick: "WhatsApp",
      channel_meetings: "Zoom",
      response_hours: 12,
      report_day: "mon",
      contact: "Clara Whitfield",
      email: "clara@whitfield.example",
    });
    for (const [name, type] of [["Intake checklist", "intake"], ["Service agreement", "agreement"], ["Discovery call", "discovery-call"]]) {
      const fm = readFrontmatter(app.vault.contentOf(`${folder}/Onboarding/${name}.md`)).data;
      expect(fm, name).toMatchObject({ type, client: "[[Clara Whitfield Coaching]]" });
    }
    expect(app.vault.contentOf(`${folder}/Onboarding/Service agreement.md`)).toContain("- Billing: hourly, 32.50 GBP");
    // The user's own welcome packet was used, with my 08:00–17:00 in Ho Chi Minh City shown in London time.
    expect(app.vault.contentOf(`${folder}/Onboarding/Welcome packet.md`)).toBe("---\ntype: welcome-packet\n---\n# Hello Clara Whitfield Coaching\n\nMy hours in your zone: 01:00–10:00.\n");
    // The missing templates were written, the user's one left as it was.
    expect(app.vault.contentOf("Client Desk/Templates/Welcome packet.md")).toBe(MY_WELCOME);
    expect(app.vault.contentOf("Client Desk/Templates/Intake checklist.md")).toContain("{{client.name}}");
    expect(app.vault.writeLog.some((w) => w.op === "modify")).toBe(false);

    const client = plugin.indexer.index.client("Clara Whitfield Coaching");
    expect(client).toMatchObject({ status: "onboarding", timezone: "Europe/London", currency: "GBP", rate: 3250 });
    expect(getNotices()).toContain("Clara Whitfield Coaching: 5 notes created. 11 intake items open.");
    expect(app.workspace.openHistory.at(-1)?.path ?? app.workspace.openHistory.at(-1)?.linktext).toContain("Clara Whitfield Coaching.md");
  });

  it("shows what is wrong beside each field and writes nothing", async () => {
    const { app } = await start();
    const before = app.vault.writeLog.length;
    await app.commands.run("client-desk:new-client");
    const modal = top<NewClientModal & Shown>();
    fill(modal, "name", "../etc");
    fill(modal, "timezone", "Mars/Base");
    fill(modal, "currency", "usd ");
    fill(modal, "rate", "12.345");
    click(modal, "Create client");
    await app.settle();
    expect(errors(modal)).toEqual([
      "“../etc” cannot be a file name: remove “..”.",
      "“Mars/Base” is not a time zone. Use a name like Australia/Sydney.",
      "USD has fewer decimals than “12.345”.",
    ]);
    expect(app.vault.writeLog.length).toBe(before);
  });

  it("never writes into an existing folder, whatever its case", async () => {
    const { app } = await start();
    const before = app.vault.writeLog.length;
    await app.commands.run("client-desk:new-client");
    const modal = top<NewClientModal & Shown>();
    fill(modal, "name", "harbour goods");
    fill(modal, "rate", "45");
    click(modal, "Create client");
    await app.settle();
    expect(getNotices()).toContain("Clients/harbour goods already exists. Nothing was written; choose another name or open that client.");
    expect(app.vault.writeLog.length).toBe(before);
    expect(app.vault.contentOf(HARBOUR)).toBe(HARBOUR_TEXT);
  });

  it("stops on a template's unknown placeholder, naming file, line and placeholder, before writing", async () => {
    const { app } = await start({ "Client Desk/Templates/Discovery call.md": "---\ntype: discovery-call\n---\n# {{client.name}}\n\n{{client.budget}}\n" });
    await app.commands.run("client-desk:new-client");
    const modal = top<NewClientModal & Shown>();
    fill(modal, "name", "Brightloop");
    fill(modal, "timezone", "America/New_York");
    fill(modal, "currency", "USD");
    fill(modal, "rate", "40");
    click(modal, "Create client");
    await app.settle();
    expect(getNotices()).toContain(
      "Client Desk/Templates/Discovery call.md, line 6: unknown placeholder {{client.budget}}. Nothing was written; fix the template (see the placeholder list in the docs).",
    );
    expect(app.vault.getAbstractFileByPath("Clients/Brightloop")).toBeNull();
  });

  it("writes a Vietnamese client's notes from the Vietnamese templates", async () => {
    const { app } = await start({}, "vi");
    await app.commands.run("client-desk:new-client");
    const modal = top<NewClientModal & Shown>();
    fill(modal, "name", "Trà Sen Tây Hồ");
    fill(modal, "timezone", "Asia/Ho_Chi_Minh");
    fill(modal, "currency", "VND");
    fill(modal, "rate", "250000");
    expect(field(modal, "language").value).toBe("vi");
    click(modal, "Tạo khách hàng");
    await vi.waitFor(() => expect(app.vault.contentOf("Clients/Trà Sen Tây Hồ/Onboarding/Gói chào mừng.md")).toContain("Chào mừng Trà Sen Tây Hồ"));
    expect(app.vault.contentOf("Clients/Trà Sen Tây Hồ/Onboarding/Danh mục tiếp nhận.md")).toContain("- [ ] Đã gửi thoả thuận dịch vụ");
  });
});

describe("client status", () => {
  it("moves onboarding → active through processFrontMatter, keeps the body, and lists open intake items", async () => {
    const { app, plugin } = await start();
    await app.commands.run("client-desk:set-client-status");
    await pick("Harbour");
    expect(top<PickModal<string>>().getSuggestions("").map((i) => i.value)).toEqual(["active", "paused", "archived"]);
    await pick("Active");
    await app.settle();
    const text = app.vault.contentOf(HARBOUR);
    expect(readFrontmatter(text).data?.status).toBe("active");
    expect(text.endsWith("---\nMy notes about Harbour.\n")).toBe(true);
    expect(plugin.indexer.index.client("Harbour Goods")?.status).toBe("active");
    expect(getNotices()).toContain("Harbour Goods is now Active.");
    expect(getNotices()).toContain("Harbour Goods: 2 intake items still open:\n• Service agreement signed\n• Deposit paid");
  });

  it("shows the open onboarding items on request", async () => {
    const { app } = await start();
    await app.commands.run("client-desk:onboarding-open-items");
    await pick("Harbour");
    await vi.waitFor(() => expect(getNotices().some((n) => n.startsWith("Harbour Goods: 2 intake items"))).toBe(true));
  });
});

describe("requests and tasks", () => {
  it("files a request as a task note and refuses a due date already past in the client's zone", async () => {
    const { app, plugin } = await start();
    await app.commands.run("client-desk:new-request");
    await pick("Harbour");
    const modal = top<RequestModal & Shown>();
    expect(modal).toBeInstanceOf(RequestModal);
    input(modal, "client-desk-request-title", "Product uploads: batch 3");
    input(modal, "client-desk-request-due", "2026-11-24 13:00");
    expect(errors(modal)).toEqual(["2026-11-24 13:00 has already passed in the client's time zone (Australia/Sydney)."]);
    input(modal, "client-desk-request-due", "2026-11-24");
    input(modal, "client-desk-request-estimate", "1.5");
    expect(errors(modal)).toEqual([]);
    click(modal, "File request");
    await vi.waitFor(() => expect(plugin.indexer.index.tasks("Harbour Goods")).toHaveLength(1));
    const path = "Clients/Harbour Goods/Tasks/Product uploads batch 3.md";
    expect(readFrontmatter(app.vault.contentOf(path)).data).toEqual({
      type: "task",
      title: "Product uploads: batch 3",
      status: "todo",
      due: "2026-11-24",
      urgent: false,
      important: false,
      estimate: 1.5,
      requested: "2026-11-24T14:00+11:00",
    });
    expect(plugin.indexer.index.tasks("Harbour Goods")[0].due).toBe(Date.parse("2026-11-24T13:00:00Z"));
  });

  it("sets done with completed in the client's zone and says the tracked time; the timer links to the task", async () => {
    const path = "Clients/Harbour Goods/Tasks/Newsletter.md";
    const { app, plugin } = await start({
      [path]: "---\ntitle: Newsletter\nstatus: doing\nestimate: 2\n---\nDraft in Docs.\n",
      "Clients/Harbour Goods/Log/2026-11.md": "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:30+07:00] [task:: [[Newsletter]]] Draft ^cd-aaaaaaaa\n",
    });
    await openNote(app, path);
    expect(app.commands.executeCommandById("client-desk:start-timer-for-task")).toBe(true);
    await plugin.timer.whenIdle();
    expect(app.vault.contentOf("Clients/Harbour Goods/Log/2026-11.md")).toMatch(/\n- \[start:: 2026-11-24T10:00\+07:00\] \[task:: \[\[Newsletter\]\]\] \[device:: [^\]]+\] \^cd-[a-z0-9]{8}\n$/);
    vi.setSystemTime(NOW + 20 * 60_000);
    await plugin.timer.stop();
    await app.settle();

    vi.setSystemTime(Date.parse("2026-11-24T14:00:00Z")); // already Nov 25 in Sydney
    await app.commands.run("client-desk:set-task-status");
    await pick("Done");
    await vi.waitFor(() => expect(readFrontmatter(app.vault.contentOf(path)).data).toMatchObject({ status: "done", completed: "2026-11-25" }));
    expect(app.vault.contentOf(path).endsWith("---\nDraft in Docs.\n")).toBe(true);
    // 1 h 30 min logged before, plus the 20 minutes of the timer started from the task note.
    expect(getNotices()).toContain("Newsletter: Done. Tracked 1 h 50 min of 2 h 0 min estimated.");
  });

  it("offers task commands only on a task note", async () => {
    const { app } = await start();
    await openNote(app, HARBOUR);
    expect(app.commands.executeCommandById("client-desk:set-task-status")).toBe(false);
    expect(app.commands.executeCommandById("client-desk:start-timer-for-task")).toBe(false);
    expect(app.commands.executeCommandById("client-desk:advance-workflow-stage")).toBe(false);
  });
});

describe("workflows", () => {
  it("starts the example workflow with its checklist, advances, and refuses done until the review is recorded", async () => {
    const { app, plugin } = await start();
    await app.commands.run("client-desk:start-workflow");
    expect(app.vault.contentOf("Client Desk/Workflows/Social media content.md")).toContain("review: true");
    await pick("Harbour");
    await pick("Social");
    const modal = top<RequestModal & Shown>();
    expect(modal.titleEl.textContent).toBe("Start Social media content for Harbour Goods");
    input(modal, "client-desk-request-title", "December posts");
    click(modal, "File request");
    const path = "Clients/Harbour Goods/Tasks/December posts.md";
    await vi.waitFor(() => expect(app.vault.contentOf(path)).toBeTruthy());
    const text = app.vault.contentOf(path);
    expect(readFrontmatter(text).data).toMatchObject({ workflow: "[[Social media content]]", stage: "Request", kind: "social" });
    expect(text).toContain("## Creation\n- [ ] Write the caption\n");
    await openNote(app, path);

    await app.commands.run("client-desk:advance-workflow-stage");
    await vi.waitFor(() => expect(readFrontmatter(app.vault.contentOf(path)).data?.stage).toBe("Ideas"));
    await app.settle();

    await app.commands.run("client-desk:set-task-status");
    await pick("Done");
    await vi.waitFor(() => expect(getNotices()).toContain("December posts cannot be done yet: Social media content needs a quality review. Run “Record quality review” first."));
    expect(readFrontmatter(app.vault.contentOf(path)).data?.status).toBe("todo");

    await app.commands.run("client-desk:record-quality-review");
    await vi.waitFor(() => expect(readFrontmatter(app.vault.contentOf(path)).data).toMatchObject({ review: "passed", reviewed: "2026-11-24" }));
    await app.settle();
    await app.commands.run("client-desk:set-task-status");
    await pick("Done");
    await vi.waitFor(() => expect(readFrontmatter(app.vault.contentOf(path)).data?.status).toBe("done"));
    expect(plugin.indexer.index.tasks("Harbour Goods")[0]).toMatchObject({ status: "done", completed: "2026-11-24", stage: "Ideas" });
  });

  it("says which workflow note has no stages and offers the others", async () => {
    const { app } = await start({ "Client Desk/Workflows/Bookkeeping.md": "---\nreview: false\n---\n# Bookkeeping\n- [ ] Reconcile\n" });
    await app.commands.run("client-desk:start-workflow");
    expect(getNotices()).toContain("Client Desk/Workflows/Bookkeeping.md has no stages: add a “## Stage” heading with a checklist under it.");
    expect(getNotices()).toContain("No workflow note can be used in Client Desk/Workflows.");
    expect(app.vault.getAbstractFileByPath("Client Desk/Workflows/Social media content.md")).toBeNull();
  });
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

describe("subcontractors", () => {
  it("assigns the open task to a subcontractor and shows this month's cost against billed", async () => {
    const task = "Clients/Harbour Goods/Tasks/Product uploads.md";
    const { app } = await start({
      [task]: "---\ntitle: Product uploads\n---\n",
      "Client Desk/Subcontractors/Ana Reyes.md": "---\nname: Ana Reyes\nrate: 12\ncurrency: USD\n---\n",
      "Clients/Harbour Goods/Log/2026-11.md":
        "- [start:: 2026-11-20T09:00+07:00] [end:: 2026-11-20T11:00+07:00] [task:: [[Product uploads]]] ^cd-aaaaaaaa\n" +
        "- [start:: 2026-10-20T09:00+07:00] [end:: 2026-10-20T11:00+07:00] [task:: [[Product uploads]]] ^cd-bbbbbbbb\n",
    });
    await openNote(app, task);
    await app.commands.run("client-desk:assign-task");
    await vi.waitFor(() => expect(topModal()).toBeInstanceOf(PickModal));
    expect(top<PickModal<string>>().getSuggestions("").map((i) => i.label)).toEqual(["Me", "Ana Reyes"]);
    await pick("Ana");
    await vi.waitFor(() => expect(readFrontmatter(app.vault.contentOf(task)).data?.assignee).toBe("[[Ana Reyes]]"));
    await app.settle();

    await app.commands.run("client-desk:subcontractor-cost");
    // November only: 2 h at 12 USD cost, billed at Harbour's 45 AUD an hour.
    expect(getNotices()).toContain("Subcontractors, 2026-11: time, cost, billed\nAna Reyes: 2 h 0 min, cost $24.00, billed A$90.00");

    await app.commands.run("client-desk:new-request");
    await pick("Harbour");
    const modal = top<RequestModal & Shown>();
    const select = modal.contentEl.querySelector<HTMLSelectElement>(".client-desk-request-assignee");
    expect([...(select?.options ?? [])].map((o) => o.text)).toEqual(["Me", "Ana Reyes"]);
  });
});
