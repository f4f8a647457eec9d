// "New client" on the fake Obsidian, on a fixed clock: a client made end to end from the form
// (every file and its frontmatter), and the refusals that write nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getNotices } from "../../fake/obsidian";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { NewClientModal } from "../../../src/features/lifecycle/new-client-modal";
import { NOW, HARBOUR, HARBOUR_TEXT, MY_WELCOME, top, start, field, fill, click, errors, type Shown } from "./lifecycle-app";

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

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
