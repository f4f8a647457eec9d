// @vitest-environment node
// The demo vault: written by `client-desk demo`, read back with zero diagnostics, and realistic:
// no overlapping entries, everything inside working hours, the weekly calls in a fixed slot.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { DEMO_CLIENTS, DEMO_SETTINGS, LINH_ZONE, demoFrom, demoVault } from "../../src/core/demo";
import { VaultIndex } from "../../src/core/index/vault-index";
import { newLogNote } from "../../src/core/notes/log-append";
import { readFrontmatter } from "../../src/core/notes/frontmatter";
import type { Entry } from "../../src/core/shared/types";
import { DEMO_NOW, hashTree, parse, removeDir, run, spawn, tempDir } from "./helpers";

const NOW = Date.parse("2026-11-25T03:14:00Z"); // DEMO_NOW

function indexOf(files: Map<string, string>): VaultIndex {
  const index = new VaultIndex({
    clientsRoot: DEMO_SETTINGS.clientsRoot,
    plannerFolder: DEMO_SETTINGS.plannerFolder,
    timezone: LINH_ZONE,
    currency: DEMO_SETTINGS.homeCurrency,
    teamFolder: DEMO_SETTINGS.teamFolder,
  });
  for (const [path, text] of files) if (index.wants(path)) index.setFile(path, text);
  return index;
}

/** Linh's own entries (the plain log notes): her team's (docs/team.md) overlap hers by design. */
function allEntries(index: VaultIndex): Entry[] {
  return index.entriesBetween(-Infinity, Infinity).filter((e) => /\/Log\/\d{4}-\d{2}\.md$/.test(e.file));
}

describe("client-desk demo", () => {
  let tmp: string;
  let vault: string;
  let written: { errors: number; warnings: number; written: string[]; summary: { week: string; minutes: number } };

  beforeAll(() => {
    tmp = tempDir();
    vault = join(tmp, "demo");
    const r = spawn(["demo", vault, "--now", DEMO_NOW, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    written = parse<typeof written>(r.stdout);
  });
  afterAll(() => removeDir(tmp));

  it("writes a vault that `check --json` reads with zero errors and zero warnings", () => {
    expect(written.errors).toBe(0);
    expect(written.warnings).toBe(0);
    const r = spawn(["check", "--vault", vault, "--json"]);
    expect(r.code).toBe(0);
    expect(parse<unknown>(r.stdout)).toEqual({ errors: 0, warnings: 0, diagnostics: [] });
  });

  it("lists four working clients and one onboarding, with the right zones, currencies and billing", () => {
    const r = run(["clients", "--vault", vault, "--json", "--now", DEMO_NOW]);
    expect(r.code).toBe(0);
    const { clients } = parse<{ clients: Record<string, unknown>[] }>(r.stdout);
    const byKey: Record<string, Record<string, unknown>> = Object.fromEntries(clients.map((c) => [String(c.key), c]));
    expect(clients).toHaveLength(5);
    expect(byKey["Nordlys Studio"]).toMatchObject({ status: "onboarding", timezone: "Europe/Oslo", currency: "EUR" });
    expect(byKey["Harbour Goods"]).toMatchObject({
      timezone: "Australia/Sydney",
      currency: "AUD",
      billing: "hourly",
      rate: 4500,
      rateText: "45.00 AUD",
      rounding: { stepMinutes: 15, mode: "up", scope: "entry" },
      tax: [{ name: "GST", milliPercent: 10000 }],
      language: "en",
      localTime: "2026-11-25T14:14+11:00",
    });
    expect(byKey["Clara Whitfield Coaching"]).toMatchObject({
      timezone: "Europe/London",
      currency: "GBP",
      rate: 3250,
      rateText: "32.50 GBP",
      rounding: { stepMinutes: 6, mode: "nearest" },
      language: "en",
    });
    expect(byKey.Brightloop).toMatchObject({
      timezone: "America/New_York",
      currency: "USD",
      billing: "retainer",
      retainerFee: 120000,
      retainerHours: 20,
      overageRate: 6500,
      retainerFeeText: "1200.00 USD",
      language: "en",
    });
    expect(byKey["Trà Sen Tây Hồ"]).toMatchObject({
      timezone: "Asia/Ho_Chi_Minh",
      currency: "VND",
      rate: 200000,
      rateText: "200000 VND",
      language: "vi",
    });
  });

  it("writes the plugin settings and enables the plugin", () => {
    const settings = parse<Record<string, unknown>>(readFileSync(join(vault, ".obsidian/plugins/client-desk/data.json"), "utf8"));
    expect(settings).toMatchObject({ timeZone: "Asia/Ho_Chi_Minh", homeCurrency: "VND", weekStart: "mon" });
    expect(parse<string[]>(readFileSync(join(vault, ".obsidian/community-plugins.json"), "utf8"))).toEqual(["client-desk"]);
    expect(existsSync(join(vault, "Welcome.md"))).toBe(true);
    expect(existsSync(join(vault, `Planner/${written.summary.week}.md`))).toBe(true);
    expect(written.summary.week).toBe("2026-W48");
    expect(written.summary.minutes).toBeGreaterThan(0);
  });

  it("is deterministic: the same now gives the same files, byte for byte", () => {
    const again = join(tmp, "again");
    expect(run(["demo", again, "--now", DEMO_NOW]).code).toBe(0);
    expect(hashTree(again)).toEqual(hashTree(vault));
    expect(demoVault(NOW)).toEqual(demoVault(NOW));
    expect(demoVault(NOW + 86_400_000)).not.toEqual(demoVault(NOW));
  });

  it("refuses a non-empty folder without --force", () => {
    const r = run(["demo", vault, "--now", DEMO_NOW]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("with --force replaces only its own unchanged files and deletes nothing else", () => {
    const dir = join(tmp, "force");
    expect(run(["demo", dir, "--now", DEMO_NOW]).code).toBe(0);
    const mine = join(dir, "Mine.md");
    writeFileSync(mine, "my own note\n");
    const welcome = join(dir, "Welcome.md");
    writeFileSync(welcome, `${readFileSync(welcome, "utf8")}my edit\n`);
    const r = run(["demo", dir, "--force", "--now", "2026-12-20T09:00+07:00", "--json"]);
    expect(r.code).toBe(0);
    const out = parse<{ kept: string[]; removed: string[] }>(r.stdout);
    expect(out.kept).toEqual(["Welcome.md"]);
    expect(readFileSync(welcome, "utf8")).toMatch(/my edit\n$/);
    expect(readFileSync(mine, "utf8")).toBe("my own note\n");
    // The old plan week is gone (unchanged demo file), the new one is there.
    expect(out.removed).toContain("Planner/2026-W48.md");
    expect(existsSync(join(dir, "Planner/2026-W51.md"))).toBe(true);
    // Without a manifest nothing there counts as the demo's: files at demo paths are never replaced.
    const scratch = join(tmp, "scratch");
    run(["demo", scratch, "--now", DEMO_NOW]);
    writeFileSync(join(scratch, ".client-desk-demo.json"), "not json");
    const before = readFileSync(join(scratch, "Welcome.md"), "utf8");
    const r2 = run(["demo", scratch, "--force", "--now", "2026-12-20T09:00+07:00", "--json"]);
    expect(parse<{ kept: string[] }>(r2.stdout).kept).toContain("Welcome.md");
    expect(readFileSync(join(scratch, "Welcome.md"), "utf8")).toBe(before);
  });
});

describe("demoVault", () => {
  // Nows around every DST switch of the demo's zones in 2026, and a few ordinary days.
  const NOWS = [
    "2026-11-25T10:14+07:00",
    "2026-03-09T09:00+07:00",
    "2026-03-30T21:00+07:00",
    "2026-04-06T07:30+07:00",
    "2026-10-05T12:00+07:00",
    "2026-10-26T23:59+07:00",
    "2026-11-02T20:45+07:00",
    "2027-01-01T00:00+07:00",
    "2026-06-14T16:00+07:00",
  ];

  it.each(NOWS)("reads with zero diagnostics and no overlapping entries (now %s)", (iso) => {
    const now = Date.parse(iso);
    const index = indexOf(demoVault(now));
    expect(index.diagnostics()).toEqual([]);
    const entries = allEntries(index);
    expect(entries.length).toBeGreaterThan(60);
    for (let i = 1; i < entries.length; i++) expect(entries[i].start).toBeGreaterThanOrEqual(entries[i - 1].end as number);
    expect(Math.min(...entries.map((e) => e.start))).toBeGreaterThanOrEqual(demoFrom(now));
    expect(Math.max(...entries.map((e) => e.end as number))).toBeLessThanOrEqual(now);
    expect(index.blocksBetween(-Infinity, Infinity).length).toBeGreaterThan(0);
  });

  it.each(NOWS)("keeps every entry inside the client's working hours and Linh's day (now %s)", (iso) => {
    const index = indexOf(demoVault(Date.parse(iso)));
    for (const e of allEntries(index)) {
      const client = index.client(e.clientKey);
      expect(client).not.toBeNull();
      if (!client) continue;
      const local = DateTime.fromMillis(e.start, { zone: client.timezone });
      const localEnd = DateTime.fromMillis(e.end as number, { zone: client.timezone });
      const day = (["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const)[local.weekday - 1];
      expect(client.workingDays).toContain(day);
      expect(local.hour * 60 + local.minute).toBeGreaterThanOrEqual(client.workingHours.start);
      expect(localEnd.hour * 60 + localEnd.minute).toBeLessThanOrEqual(client.workingHours.end);
      const linh = DateTime.fromMillis(e.start, { zone: LINH_ZONE });
      const linhEnd = DateTime.fromMillis(e.end as number, { zone: LINH_ZONE });
      expect(linh.weekday).toBeLessThanOrEqual(5);
      expect(linh.hour).toBeGreaterThanOrEqual(7);
      expect(linhEnd.hour * 60 + linhEnd.minute).toBeLessThanOrEqual(22 * 60);
      expect(e.startOffset).toBe(420);
    }
  });

  it("holds each weekly call in the same slot of the client's own time, across DST", () => {
    // 30 days before 2026-11-02 cross the switches of Sydney (Oct 4), London (Oct 25) and New York (Nov 1).
    const now = Date.parse("2026-11-06T23:00+07:00");
    const index = indexOf(demoVault(now));
    for (const c of DEMO_CLIENTS) {
      const calls = allEntries(index).filter((e) => e.task === `[[${c.meeting.task.name}]]`);
      expect(calls.length).toBeGreaterThanOrEqual(4);
      const slots = new Set(calls.map((e) => DateTime.fromMillis(e.start, { zone: c.zone }).toFormat("ccc HH:mm")));
      expect(slots.size).toBe(1);
    }
    // …which moves in Linh's time when New York leaves DST.
    const dan = allEntries(index)
      .filter((e) => e.task === "[[Weekly sync with Dan]]")
      .map((e) => DateTime.fromMillis(e.start, { zone: LINH_ZONE }).toFormat("HH:mm"));
    expect(new Set(dan)).toEqual(new Set(["20:00", "21:00"]));
  });

  it("links tasks, marks some admin non-billable, and writes Vietnamese notes for the Hanoi client", () => {
    const index = indexOf(demoVault(NOW));
    const entries = allEntries(index);
    expect(entries.filter((e) => !e.billable).length).toBeGreaterThan(0);
    for (const e of entries) {
      if (e.billable) expect(e.task).toMatch(/^\[\[.+\]\]$/);
      else expect(e.task).toBeNull();
    }
    const hanoi = entries.filter((e) => e.clientKey === "Trà Sen Tây Hồ");
    expect(hanoi.length).toBeGreaterThan(5);
    expect(hanoi.every((e) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(e.note))).toBe(true);
    expect(entries.some((e) => /^Processed \d+ refund requests/.test(e.note))).toBe(true);
    expect(entries.some((e) => /^Scheduled \d+ Instagram posts/.test(e.note))).toBe(true);
  });

  it("fills every client note field of the vault format, and starts log notes like newLogNote", () => {
    const files = demoVault(NOW);
    const common = [
      "type", "name", "status", "timezone", "working_hours", "working_days", "language", "currency", "billing",
      "rounding", "tax", "payment_terms", "deposit", "channel_formal", "channel_quick", "channel_meetings",
      "response_hours", "report_day", "report_time", "checkin_days", "color", "contact", "email",
    ];
    for (const c of DEMO_CLIENTS) {
      const fm = readFrontmatter(files.get(`Clients/${c.key}/${c.key}.md`) ?? "");
      expect(fm.error).toBeNull();
      const keys = Object.keys(fm.data ?? {});
      for (const k of common) expect(keys).toContain(k);
      if (fm.data?.billing === "retainer") {
        for (const k of ["retainer_fee", "retainer_hours", "overage_rate", "rollover"]) expect(keys).toContain(k);
      } else {
        expect(keys).toContain("rate");
      }
    }
    const logs = [...files.keys()].filter((p) => /\/Log\/\d{4}-\d{2}\.md$/.test(p));
    expect(logs.length).toBeGreaterThanOrEqual(8);
    for (const p of logs) {
      const [, key, month] = /^Clients\/(.+)\/Log\/(\d{4}-\d{2})\.md$/.exec(p) ?? [];
      expect(files.get(p)?.startsWith(newLogNote(key, month))).toBe(true);
    }
  });
});
