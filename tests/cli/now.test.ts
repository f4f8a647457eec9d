// @vitest-environment node
// --now fixes the clock: "this week", the clients' local time, and the demo's month.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { DEMO_NOW, hashTree, parse, removeDir, run, tempDir } from "./helpers";

interface DemoOut {
  summary: { week: string; now: string; minutes: number; billableMinutes: number; clients: { minutes: number; billableMinutes: number }[] };
}

describe("--now", () => {
  let tmp: string;
  let vault: string;
  beforeAll(() => {
    tmp = tempDir();
    vault = join(tmp, "v");
    expect(run(["demo", vault, "--now", DEMO_NOW]).code).toBe(0);
  });
  afterAll(() => removeDir(tmp));

  it("fixes the time clients report, exact or local in the user's zone", () => {
    const a = run(["clients", "--vault", vault, "--json", "--now", "2026-11-25T03:14Z"]);
    const b = run(["clients", "--vault", vault, "--json", "--now", "2026-11-25T10:14"]);
    expect(a.stdout).toBe(b.stdout);
    const out = parse<{ now: string; zone: string; clients: { key: string; localTime: string }[] }>(a.stdout);
    expect(out.now).toBe("2026-11-25T10:14+07:00");
    expect(out.zone).toBe("Asia/Ho_Chi_Minh");
    expect(Object.fromEntries(out.clients.map((c) => [c.key, c.localTime]))).toEqual({
      Brightloop: "2026-11-24T22:14-05:00",
      "Clara Whitfield Coaching": "2026-11-25T03:14+00:00",
      "Harbour Goods": "2026-11-25T14:14+11:00",
      "Nordlys Studio": "2026-11-25T04:14+01:00",
      "Trà Sen Tây Hồ": "2026-11-25T10:14+07:00",
    });
    const human = run(["clients", "--vault", vault, "--now", DEMO_NOW, "--lang", "en"]);
    expect(human.stdout).toMatch(/^Harbour Goods +Australia\/Sydney +Wed 14:14 +AUD +hourly A\$45\.00\/h, rounding to 15 min up, GST 10%$/m);
    expect(run(["clients", "--vault", vault, "--now", DEMO_NOW, "--lang", "vi"]).stdout).toMatch(/^Harbour Goods +Australia\/Sydney +T4 14:14 +AUD/m);
  });

  it("fixes this week and what the demo writes", () => {
    const w48 = parse<DemoOut>(run(["demo", join(tmp, "a"), "--json", "--now", DEMO_NOW]).stdout);
    expect(w48.summary.week).toBe("2026-W48");
    expect(w48.summary.now).toBe("2026-11-25T10:14+07:00");
    const w49 = parse<DemoOut>(run(["demo", join(tmp, "b"), "--json", "--now", "2026-12-02T10:00+07:00"]).stdout);
    expect(w49.summary.week).toBe("2026-W49");
    // Sunday night in Ho Chi Minh City is still that week; a minute past midnight Monday is the next.
    const sun = parse<DemoOut>(run(["demo", join(tmp, "c"), "--json", "--now", "2026-11-29T23:59+07:00"]).stdout);
    expect(sun.summary.week).toBe("2026-W48");
    expect(hashTree(join(tmp, "a"))).toEqual(hashTree(vault));
  });

  it("week totals add up and count only this week", () => {
    const out = parse<DemoOut>(run(["demo", join(tmp, "d"), "--json", "--now", DEMO_NOW]).stdout);
    const s = out.summary;
    expect(s.clients.reduce((n, c) => n + c.minutes, 0)).toBe(s.minutes);
    expect(s.billableMinutes).toBeLessThanOrEqual(s.minutes);
    // Monday 00:00 to Wednesday 10:14 holds at most 2 days and 10 hours of Linh's 15-hour days.
    expect(s.minutes).toBeLessThanOrEqual(2 * 15 * 60 + (10 * 60 + 14 - 7 * 60));
    expect(s.minutes).toBeGreaterThan(0);
  });
});
