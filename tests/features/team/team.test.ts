// The team on the fake Obsidian (docs/team.md): a device that works as a member tracks time in
// the member's own log notes and shows only their timer; invoices are not offered there; the
// owner's device approves a week through the command; a "works as" naming nobody writes nothing.
import { afterEach, describe, expect, it, vi } from "vitest";
import { chooseSuggestion, getNotices, handlerErrors, topModal } from "../../fake/obsidian";
import { at, boot, settled, startVia, statusText } from "../timer/timer-app";
import { TEAM_VIEW, TeamView } from "../../../src/features/team/team-view";
import { OVERVIEW_VIEW, OverviewView } from "../../../src/features/overview/overview-view";

const TEAM = {
  "Team/linh.md": "---\nname: Linh\nrole: owner\n---\n",
  "Team/ana.md": "---\nname: Ana Lima\nrole: member\ntimezone: Europe/Lisbon\n---\n",
};
const LINH_LOG = "Clients/Harbour Goods/Log/2026-11.md";
const ANA_LOG = "Clients/Harbour Goods/Log/2026-11 ana.md";

afterEach(() => {
  vi.useRealTimers();
  expect(handlerErrors).toEqual([]);
});

describe("a member's device", () => {
  it("starts the member's own timer in their own log note and shows only theirs", async () => {
    const { app, plugin } = await boot({
      now: "2026-11-23T09:00:00+07:00",
      files: { ...TEAM, [LINH_LOG]: "- [start:: 2026-11-23T08:00+07:00] [device:: Linh's phone] Linh's call ^cd-linh0001\n" },
      local: { "client-desk-as": "Ana Lima" },
    });
    // Linh's running timer is not this device's timer.
    expect(plugin.timer.current()).toBeNull();
    await startVia(app, plugin, "harbour", null);
    expect(app.vault.contentOf(ANA_LOG)).toMatch(/- \[start:: 2026-11-23T09:00\+07:00\] \[device:: Linh's Mac\] \^cd-[a-z0-9]{8}\n$/);
    // Linh's line is untouched: starting Ana's timer stopped nothing of hers.
    expect(app.vault.contentOf(LINH_LOG)).toBe("- [start:: 2026-11-23T08:00+07:00] [device:: Linh's phone] Linh's call ^cd-linh0001\n");
    expect(plugin.timer.current()?.entry.file).toBe(ANA_LOG);
    expect(statusText(app)).toBe("Harbour Goods0:00:00");
  });

  it("does not offer invoices, payments or new clients", async () => {
    const member = await boot({ now: "2026-11-23T09:00:00+07:00", files: TEAM, local: { "client-desk-as": "ana" } });
    for (const id of ["invoice-create", "invoice-create-deposit", "new-client", "team-approve"]) {
      expect(member.app.commands.executeCommandById(`client-desk:${id}`)).toBe(false);
    }
  });

  it("the owner's device (no “works as”) does offer them", async () => {
    const owner = await boot({ now: "2026-11-23T09:00:00+07:00", files: TEAM });
    expect(owner.app.commands.executeCommandById("client-desk:invoice-create")).toBe(true);
    expect(owner.app.commands.executeCommandById("client-desk:new-client")).toBe(true);
  });

  it("a “works as” naming nobody writes nothing and says why", async () => {
    const { app, plugin } = await boot({ now: "2026-11-23T09:00:00+07:00", files: TEAM, local: { "client-desk-as": "zed" } });
    await plugin.timer.start({ clientKey: "Harbour Goods", task: null, taskAsLink: false });
    await settled(app, plugin);
    expect(getNotices().at(-1)).toContain("This device works as “zed”, who has no person note in Team");
    expect(app.vault.getFileByPath(LINH_LOG)).toBeNull();
    expect(app.vault.getFileByPath("Clients/Harbour Goods/Log/2026-11 zed.md")).toBeNull();
  });
});

describe("the owner's device", () => {
  it("approves a member's week through the command; the team panel shows who tracks what", async () => {
    const { app, plugin } = await boot({
      now: "2026-11-25T09:00:00+07:00",
      files: {
        ...TEAM,
        [ANA_LOG]: [
          "- [start:: 2026-11-17T09:00+07:00] [end:: 2026-11-17T11:00+07:00] Week 47 ^cd-ana00001",
          "- [start:: 2026-11-25T08:00+07:00] [device:: Ana's laptop] Now ^cd-ana00002",
          "",
        ].join("\n"),
      },
    });
    await app.commands.run("client-desk:team-approve");
    const picker = topModal()!;
    chooseSuggestion(picker as never, 0);
    await settled(app, plugin);
    const note = app.vault.contentOf("Team/Approvals/2026-W47 ana.md");
    expect(note).toContain("entries:\n  - cd-ana00001@");
    expect(getNotices().at(-1)).toBe("Approved 2.00 h of Ana Lima for 2026-W47.");

    await app.commands.run("client-desk:team-open");
    const view = app.workspace.getLeavesOfType(TEAM_VIEW)[0].view as TeamView;
    view.render(at("2026-11-25T09:00:00+07:00"));
    const rows = [...view.contentEl.querySelectorAll(".client-desk-team-person")].map((r) => r.textContent);
    expect(rows).toEqual(["Ana Lima: Harbour Goods since 08:00today 1 h", "Linh: not trackingtoday 0 h"]);
  });
});

describe("the overview with a team", () => {
  it("filters tasks by person from its header", async () => {
    const { app, plugin } = await boot({
      now: "2026-11-25T09:00:00+07:00",
      files: {
        ...TEAM,
        "Clients/Harbour Goods/Tasks/Banner.md": "---\ntype: task\ndue: 2026-11-27\nassignee: \"[[ana]]\"\n---\n",
        "Clients/Harbour Goods/Tasks/Refunds.md": "---\ntype: task\ndue: 2026-11-27\n---\n",
      },
    });
    await app.commands.run("client-desk:open-agenda");
    await settled(app, plugin);
    const view = app.workspace.getLeavesOfType(OVERVIEW_VIEW)[0].view as OverviewView;
    const titles = () => [...view.contentEl.querySelectorAll(".is-deadlines .client-desk-agenda-title")].map((e) => e.textContent).sort();
    expect(titles()).toEqual(["Banner", "Refunds"]);
    const select = view.contentEl.querySelector<HTMLSelectElement>("select.client-desk-agenda-person")!;
    expect([...select.options].map((o) => o.textContent)).toEqual(["Everyone", "Ana Lima", "Linh"]);
    select.value = "ana";
    select.dispatchEvent(new Event("change"));
    expect(titles()).toEqual(["Banner"]);
  });
});
