// @vitest-environment node
// `client-desk slots`: meeting slots inside the VA's (Ho Chi Minh City) and each client's working
// hours across London's and New York's DST switch weeks, clear of blocks by the planner's buffer
// setting, each party's local time shown. The clock is pinned with --now.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { removeDir, run, tempDir, writeTree } from "./helpers";
import { settingsFile } from "../support/vault";
import type { SlotsJson } from "../../src/cli/commands/slots";

const NOW = "2026-10-12T08:00+07:00";
const client = (zone: string) => `---\ntype: client\ntimezone: ${zone}\ncurrency: USD\nrate: 40\nworking_hours: 09:00-17:00\n---\n`;

describe("client-desk slots", () => {
  let tmp: string;
  const vault = (buffer?: number) =>
    writeTree(tmp, {
      ...settingsFile({ timeZone: "Asia/Ho_Chi_Minh", workingHours: "08:00-17:00", homeCurrency: "USD", ...(buffer === undefined ? {} : { plannerBuffer: buffer }) }),
      "Clients/Clara/Clara.md": client("Europe/London"),
      "Clients/Brightloop/Brightloop.md": client("America/New_York"),
      "Clients/Harbour Goods/Harbour Goods.md": client("Australia/Sydney"),
      // Monday of the week after London's switch, 16:00–16:30 in Ho Chi Minh City.
      "Planner/2026-W44.md": "- [start:: 2026-10-26T16:00+07:00] [end:: 2026-10-26T16:30+07:00] [client:: [[Clara]]] Call ^cd-plan0001\n",
    });
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => removeDir(tmp));
  const slots = (...args: string[]) => run(["slots", "--vault", tmp, "--now", NOW, ...args]);
  const json = (...args: string[]) => JSON.parse(slots(...args, "--json").stdout) as SlotsJson;

  it("follows London's clocks across its switch: two hours of overlap in BST, one in GMT", () => {
    vault();
    const bst = json("--clients", "Clara", "--week", "2026-W43", "--minutes", "30");
    // 15:00–17:00 in Ho Chi Minh City = 09:00–11:00 BST: 7 starts a day on the 15-minute grid.
    expect(bst.slots).toHaveLength(35);
    expect(bst.slots[0].parties).toEqual([
      { clientKey: null, zone: "Asia/Ho_Chi_Minh", date: "2026-10-19", endDate: "2026-10-19", start: "15:00", end: "15:30", abbreviation: "GMT+7", offset: "+07:00" },
      { clientKey: "Clara", zone: "Europe/London", date: "2026-10-19", endDate: "2026-10-19", start: "09:00", end: "09:30", abbreviation: "GMT+1", offset: "+01:00" },
    ]);
    const gmt = json("--clients", "Clara", "--week", "2026-W44", "--minutes", "30");
    expect(gmt.bufferMinutes).toBe(10);
    // Monday's one free hour (16:00–17:00) holds the call and its 10-minute buffer: nothing fits.
    expect(gmt.slots.filter((s) => s.parties[0].date === "2026-10-26")).toEqual([]);
    expect(gmt.slots.filter((s) => s.parties[0].date === "2026-10-27").map((s) => `${s.parties[0].start} ${s.parties[1].start} ${s.parties[1].offset}`)).toEqual(["16:00 09:00 +00:00", "16:15 09:15 +00:00", "16:30 09:30 +00:00"]);
  });

  it("uses the planner's buffer setting", () => {
    vault(0);
    const r = json("--clients", "Clara", "--week", "2026-W44", "--minutes", "30");
    expect(r.bufferMinutes).toBe(0);
    expect(r.slots.filter((s) => s.parties[0].date === "2026-10-26").map((s) => s.parties[0].start)).toEqual(["16:30"]);
  });

  it("prints each party's local time, Sydney's across midnight, and refuses a bad length", () => {
    vault();
    const out = slots("--clients", "Harbour Goods", "--week", "2026-W44", "--minutes", "60").stdout.split("\n");
    expect(out[0]).toBe("Week 2026-W44, free slots inside everyone's working hours, 10 min from other blocks.");
    // 08:00 in Ho Chi Minh City is 12:00 in Sydney (AEDT, +11:00).
    expect(out.slice(2, 5)).toEqual(["", "- You: 2026-10-26 08:00–09:00 GMT+7 (+07:00)", "  Harbour Goods: 2026-10-26 12:00–13:00 GMT+11 (+11:00)"]);
    expect(slots("--clients", "Clara,Brightloop", "--week", "2026-W44").stdout).toContain("No free slot this week fits everyone's working hours.");
    expect(slots("--clients", "Clara", "--minutes", "20").code).toBe(2);
    expect(slots("--clients", "Nobody").code).toBe(2);
  });
});
