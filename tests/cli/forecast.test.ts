// @vitest-environment node
// `client-desk forecast`: the next three calendar months of the user's zone after --now, per
// client, in the home currency; JSON as documented in docs/cli.md; nothing written.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hashTree, parse, removeDir, run, spawn, tempDir, writeTree } from "./helpers";
import { CLIENTS, note, settingsFile } from "../support/vault";
import type { ForecastJson } from "../../src/cli/commands/forecast";

function vault(root: string): void {
  writeTree(root, {
    ...settingsFile({
      timeZone: "Asia/Ho_Chi_Minh",
      homeCurrency: "VND",
      conversionRates: ["AUD=16500 VND since 2026-10-01", "USD=26000.5 VND since 2026-11-01", "AUD=bad VND since 2026-10-01"],
    }),
    "Clients/Harbour Goods/Harbour Goods.md": note(CLIENTS.harbour),
    "Clients/Brightloop/Brightloop.md": note(CLIENTS.brightloop),
    "Clients/Clara/Clara.md": note(CLIENTS.clara),
    "Clients/Studio/Studio.md": note(["timezone: Europe/London", "currency: GBP", "billing: fixed"]),
    // 09:00–11:30 in Sydney on 2 December: 2.5 h at A$45 = A$112.50 → 1 856 250 VND.
    "Planner/2026-W49.md": "- [start:: 2026-12-02T09:00+11:00] [end:: 2026-12-02T11:30+11:00] [client:: [[Harbour Goods]]] Uploads ^cd-plan0001\n",
    // 2 h with Clara in London: £60.00, no GBP rate.
    "Planner/2027-W02.md": "- [start:: 2027-01-12T10:00+00:00] [end:: 2027-01-12T12:00+00:00] [client:: [[Clara]]] Inbox ^cd-plan0002\n",
  });
}

describe("client-desk forecast", () => {
  let tmp: string;
  beforeEach(() => {
    tmp = tempDir();
    vault(tmp);
  });
  afterEach(() => removeDir(tmp));

  it("prints the forecast model as JSON, reporting a bad rate on stderr and writing nothing", () => {
    const hashes = hashTree(tmp);
    const r = run(["forecast", "--vault", tmp, "--now", "2026-11-25T10:00", "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("AUD=bad VND since 2026-10-01");
    const f = parse<ForecastJson>(r.stdout);
    expect(f.zone).toBe("Asia/Ho_Chi_Minh");
    expect(f.home).toBe("VND");
    expect(f.from).toBe(Date.parse("2026-11-25T10:00+07:00"));
    expect(f.months.map((m) => [m.month, m.homeMinor, m.largest?.key ?? null, m.missingRates])).toEqual([
      ["2026-12", 31200600 + 1856250, "Brightloop", []],
      ["2027-01", 31200600, "Brightloop", ["GBP"]],
      ["2027-02", 31200600, "Brightloop", []],
    ]);
    expect(f.clients.map((c) => [c.key, c.currency, c.billing, c.months.map((m) => m.minor)])).toEqual([
      ["Brightloop", "USD", "retainer", [120000, 120000, 120000]],
      ["Harbour Goods", "AUD", "hourly", [11250, 0, 0]],
      ["Clara", "GBP", "hourly", [0, 6000, 0]],
    ]);
    expect(f.clients[1].months[0]).toEqual({ feeMinor: 0, plannedMs: 2.5 * 3_600_000, hoursMinor: 11250, minor: 11250, homeMinor: 1856250, rateText: "AUD=16500 VND since 2026-10-01" });
    expect(f.homeMinor).toBe(3 * 31200600 + 1856250);
    expect(f.largest).toEqual({ key: "Brightloop", name: "Brightloop", percent: 98 });
    expect(f.fixed).toEqual([{ key: "Studio", name: "Studio" }]);
    expect(f.unpriced).toEqual([]);
    expect(hashTree(tmp)).toEqual(hashes);
  });

  it("prints a table for people", () => {
    const r = run(["forecast", "--vault", tmp, "--now", "2026-11-25T10:00"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Income forecast in VND, months of Asia/Ho_Chi_Minh");
    expect(lines[1]).toMatch(/^ {2}\s+2026-12\s+2027-01\s+2027-02\s+3 months$/);
    expect(lines[2]).toMatch(/^ {2}Brightloop\s+₫31,200,600\s+₫31,200,600\s+₫31,200,600\s+₫93,601,800$/);
    expect(lines[4]).toMatch(/^ {2}Clara\s+—\s+£60\.00, no rate\s+—\s+₫0$/);
    expect(lines[6]).toMatch(/^ {2}Largest client\s+Brightloop, 94%\s+Brightloop, 100%\s+Brightloop, 100%\s+Brightloop, 98%$/);
    expect(r.stdout).toContain("No conversion rate to VND for: GBP.");
    expect(r.stdout).toContain("Fixed-price clients, not forecast (packages are invoiced when delivered): Studio.");
  });

  it("follows --now in the user's zone, and speaks Vietnamese as the real command", () => {
    // 20:00 in London on 30 November is 03:00 on 1 December in Ho Chi Minh City.
    const f = parse<ForecastJson>(run(["forecast", "--vault", tmp, "--now", "2026-11-30T20:00Z", "--json"]).stdout);
    expect(f.months.map((m) => m.month)).toEqual(["2027-01", "2027-02", "2027-03"]);
    const r = spawn(["forecast", "--vault", tmp, "--now", "2026-11-25T10:00", "--lang", "vi"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Dự báo thu nhập tính bằng VND, các tháng theo Asia/Ho_Chi_Minh");
    expect(r.stdout).toContain("Khách hàng trọn gói, không được dự báo");
  });
});
