// The agenda reads check-in and survey dates from the notes the lifecycle commands write.
import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { agendaOf } from "../../../src/core/overview/agenda";
import { checkinSources } from "../../../src/core/overview/agenda-sources";

const OPTIONS = { clientsRoot: "Clients", plannerFolder: "Planner", timezone: "Asia/Ho_Chi_Minh", currency: "USD" };
const NOW = Date.parse("2026-11-27T03:00:00Z");
const client = "---\nname: Harbour Goods\ntimezone: Australia/Sydney\nrate: 45\ncheckin_days: 30\n---\n";

function agenda(index: VaultIndex) {
  return agendaOf(index, { now: NOW, zone: "Asia/Ho_Chi_Minh", weekStart: "mon", sources: checkinSources(index) });
}

describe("agenda sources", () => {
  it("a client never checked in is due; a check-in note 10 days old makes it not due", () => {
    const index = new VaultIndex(OPTIONS);
    index.setFile("Clients/Harbour Goods/Harbour Goods.md", client);
    expect(agenda(index).checkins.map((c) => c.clientKey)).toEqual(["Harbour Goods"]);
    index.setFile("Clients/Harbour Goods/Check-ins/2026-11-17.md", "---\ntype: check-in\n---\nHow are things?\n");
    expect(index.lastCheckin("Harbour Goods")).toBe("2026-11-17");
    expect(agenda(index).checkins).toEqual([]);
  });

  it("an old check-in (over 30 days) is due again", () => {
    const index = new VaultIndex(OPTIONS);
    index.setFile("Clients/Harbour Goods/Harbour Goods.md", client);
    index.setFile("Clients/Harbour Goods/Check-ins/2026-10-20.md", "---\ntype: check-in\n---\n");
    expect(agenda(index).checkins.map((c) => c.clientKey)).toEqual(["Harbour Goods"]);
  });
});
