// @vitest-environment node
// `client-desk log`: one line appended and nothing else touched; month notes created; local times
// read in the user's zone with the right offset on DST days; names that could escape refused.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { newLogNote } from "../../src/core/notes/log-append";
import { DEMO_NOW, hashTree, parse, removeDir, run, spawn, tempDir, writeTree } from "./helpers";
import { settingsFile } from "../support/vault";

const CLIENT_NOTE = (zone: string) => `---\ntype: client\ntimezone: ${zone}\ncurrency: USD\nrate: 40\n---\n`;

/** A vault with the user's zone set and one client, "Acme". */
function smallVault(root: string, userZone: string, extra: Record<string, string> = {}): void {
  writeTree(root, {
    ...settingsFile({ timeZone: userZone, homeCurrency: "USD" }),
    "Clients/Acme/Acme.md": CLIENT_NOTE("America/New_York"),
    ...extra,
  });
}

interface LogJson {
  file: string;
  line: string;
  created: boolean;
  overlaps: string[];
  entry: { id: string; start: number; end: number; startOffset: number; endOffset: number; task: string | null; note: string; billable: boolean; line: number };
}

describe("client-desk log", () => {
  let tmp: string;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => removeDir(tmp));

  it("appends exactly one line and leaves every other byte of the vault unchanged", () => {
    const vault = join(tmp, "v");
    expect(run(["demo", vault, "--now", DEMO_NOW]).code).toBe(0);
    const file = "Clients/Harbour Goods/Log/2026-11.md";
    const before = readFileSync(join(vault, file));
    const hashes = hashTree(vault);
    const r = spawn([
      "log", "--vault", vault, "--client", "Harbour Goods", "--start", "2026-11-25T10:40", "--end", "2026-11-25T11:05",
      "--task", "[[Refund requests]]", "--note", "Processed 4 refund requests", "--json",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = parse<LogJson>(r.stdout);
    expect(out.file).toBe(file);
    expect(out.created).toBe(false);
    const after = readFileSync(join(vault, file));
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(after.subarray(before.length).toString("utf8")).toBe(`${out.line}\n`);
    expect(out.line).toMatch(
      /^- \[start:: 2026-11-25T10:40\+07:00\] \[end:: 2026-11-25T11:05\+07:00\] \[task:: \[\[Refund requests\]\]\] Processed 4 refund requests \^cd-[a-z0-9]{8}$/,
    );
    expect(out.entry).toMatchObject({ task: "[[Refund requests]]", note: "Processed 4 refund requests", billable: true });
    expect(out.entry.end - out.entry.start).toBe(25 * 60_000);
    // Only that one file changed.
    const changed = [...hashTree(vault)].filter(([p, h]) => hashes.get(p) !== h).map(([p]) => p);
    expect(changed).toEqual([file]);
    // And the vault still checks clean, with the new entry indexed.
    expect(run(["check", "--vault", vault, "--json"]).stdout).toContain('"errors": 0');
  });

  it("adds a line break first only when the note does not end with one, and keeps CRLF notes CRLF", () => {
    const vault = join(tmp, "v");
    const noEol = "---\ntype: client-log\n---\n# Acme\n\n- a note typed by hand without a final newline";
    const crlf = "---\r\ntype: client-log\r\n---\r\n# Acme\r\n\r\n";
    smallVault(vault, "UTC", { "Clients/Acme/Log/2026-05.md": noEol, "Clients/Acme/Log/2026-06.md": crlf });
    const a = parse<LogJson>(run(["log", "--vault", vault, "--client", "Acme", "--start", "2026-05-04T09:00", "--end", "2026-05-04T10:00", "--json"]).stdout);
    expect(readFileSync(join(vault, "Clients/Acme/Log/2026-05.md"), "utf8")).toBe(`${noEol}\n${a.line}\n`);
    const b = parse<LogJson>(run(["log", "--vault", vault, "--client", "Acme", "--start", "2026-06-04T09:00", "--end", "2026-06-04T10:00", "--json"]).stdout);
    expect(readFileSync(join(vault, "Clients/Acme/Log/2026-06.md"), "utf8")).toBe(`${crlf}${b.line}\r\n`);
    expect(b.entry.line).toBe(6);
  });

  it("creates a missing month note (and the Log folder) with the format's frontmatter and heading", () => {
    const vault = join(tmp, "v");
    smallVault(vault, "Asia/Ho_Chi_Minh");
    expect(existsSync(join(vault, "Clients/Acme/Log"))).toBe(false);
    const r = run(["log", "--vault", vault, "--client", "acme", "--start", "2027-02-03T09:00", "--end", "2027-02-03T09:45", "--non-billable", "--note", "Inbox", "--json"]);
    expect(r.code).toBe(0);
    const out = parse<LogJson>(r.stdout);
    expect(out.created).toBe(true);
    expect(out.file).toBe("Clients/Acme/Log/2027-02.md");
    const text = readFileSync(join(vault, out.file), "utf8");
    expect(text).toBe(`${newLogNote("Acme", "2027-02")}${out.line}\n`);
    expect(text.startsWith('---\ntype: client-log\nclient: "[[Acme]]"\nmonth: 2027-02\n---\n# Acme — February 2027\n\n')).toBe(true);
    expect(out.line).toMatch(/^- \[start:: 2027-02-03T09:00\+07:00\] \[end:: 2027-02-03T09:45\+07:00\] Inbox #non-billable \^cd-[a-z0-9]{8}$/);
    expect(out.entry.billable).toBe(false);
    const human = run(["log", "--vault", vault, "--client", "Acme", "--start", "2027-03-01T09:00", "--end", "2027-03-01T10:00", "--lang", "en"]);
    expect(human.stdout.split("\n")[0]).toBe("Created Clients/Acme/Log/2027-03.md.");
    expect(run(["check", "--vault", vault, "--json"]).code).toBe(0);
  });

  it("files an entry under the month of its start in the user's zone", () => {
    const vault = join(tmp, "v");
    smallVault(vault, "Asia/Ho_Chi_Minh");
    const late = parse<LogJson>(run(["log", "--vault", vault, "--client", "Acme", "--start", "2026-11-30T23:30", "--end", "2026-12-01T00:30", "--json"]).stdout);
    expect(late.file).toBe("Clients/Acme/Log/2026-11.md");
    // 18:00 UTC on Nov 30 is 01:00 on Dec 1 in Ho Chi Minh City; written in the user's offset.
    const utc = parse<LogJson>(run(["log", "--vault", vault, "--client", "Acme", "--start", "2026-11-30T18:00Z", "--end", "2026-11-30T18:30Z", "--json"]).stdout);
    expect(utc.file).toBe("Clients/Acme/Log/2026-12.md");
    expect(utc.line).toContain("[start:: 2026-12-01T01:00+07:00] [end:: 2026-12-01T01:30+07:00]");
    const ny = parse<LogJson>(run(["log", "--vault", vault, "--client", "Acme", "--start", "2026-11-23T09:00-05:00", "--end", "2026-11-23T10:00-05:00", "--json"]).stdout);
    expect(ny.line).toContain("[start:: 2026-11-23T21:00+07:00]");
  });

  describe("on daylight-saving days (user in America/New_York)", () => {
    const log = (vault: string, start: string, end: string) =>
      run(["log", "--vault", vault, "--client", "Acme", "--start", start, "--end", end, "--json"]);

    it("takes the first occurrence of an ambiguous local time when the clocks go back", () => {
      const vault = join(tmp, "v");
      smallVault(vault, "America/New_York");
      const r = log(vault, "2026-11-01T01:30", "2026-11-01T01:50");
      expect(r.code).toBe(0);
      const out = parse<LogJson>(r.stdout);
      expect(out.line).toContain("[start:: 2026-11-01T01:30-04:00] [end:: 2026-11-01T01:50-04:00]");
      expect(out.entry.start).toBe(Date.parse("2026-11-01T05:30:00Z"));
      // The second 01:20 (EST) is after the first 01:30 (EDT): 50 minutes, across the switch.
      const across = parse<LogJson>(log(vault, "2026-11-01T01:30", "2026-11-01T01:20-05:00").stdout);
      expect(across.line).toContain("[start:: 2026-11-01T01:30-04:00] [end:: 2026-11-01T01:20-05:00]");
      expect(across.entry.end - across.entry.start).toBe(50 * 60_000);
      // After the switch the offset is EST.
      const after = parse<LogJson>(log(vault, "2026-11-01T09:00", "2026-11-01T10:00").stdout);
      expect(after.line).toContain("[start:: 2026-11-01T09:00-05:00]");
    });

    it("gives the right offsets on the spring-forward day and refuses a time that never happens", () => {
      const vault = join(tmp, "v");
      smallVault(vault, "America/New_York");
      const r = log(vault, "2026-03-08T01:30", "2026-03-08T03:30");
      const out = parse<LogJson>(r.stdout);
      expect(out.line).toContain("[start:: 2026-03-08T01:30-05:00] [end:: 2026-03-08T03:30-04:00]");
      expect(out.entry.end - out.entry.start).toBe(60 * 60_000);
      const gap = log(vault, "2026-03-08T02:30", "2026-03-08T03:30");
      expect(gap.code).toBe(2);
      expect(gap.stdout).toBe("");
      expect(gap.stderr).toBe("client-desk: --start 2026-03-08T02:30 does not exist in America/New_York: the clocks skip that time on that day.\n");
    });
  });

  it("keeps the line one valid entry: note and task sanitized, plain task text, non-billable tag", () => {
    const vault = join(tmp, "v");
    smallVault(vault, "UTC");
    const r = run([
      "log", "--vault", vault, "--client", "Acme", "--start", "2026-05-04T09:00", "--end", "2026-05-04T10:00",
      "--task", "Newsletter [draft]", "--note", "line one\nline two [end:: 2030-01-01T00:00Z] ^fake", "--json",
    ]);
    const out = parse<LogJson>(r.stdout);
    expect(out.line).toMatch(/^- \[start:: 2026-05-04T09:00\+00:00\] \[end:: 2026-05-04T10:00\+00:00\] \[task:: Newsletter \(draft\)\] line one line two \(end: 2030-01-01T00:00Z\) \^fake \^cd-[a-z0-9]{8}$/);
    expect(out.entry.end - out.entry.start).toBe(3_600_000);
    expect(out.entry.task).toBe("Newsletter (draft)");
    expect(run(["check", "--vault", vault, "--json"]).code).toBe(0);
  });

  it("reports entries the new one overlaps, on stderr, and still writes it", () => {
    const vault = join(tmp, "v");
    smallVault(vault, "UTC");
    run(["log", "--vault", vault, "--client", "Acme", "--start", "2026-05-04T09:00", "--end", "2026-05-04T10:00"]);
    const r = run(["log", "--vault", vault, "--client", "Acme", "--start", "2026-05-04T09:30", "--end", "2026-05-04T10:30", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^client-desk: Note: this overlaps the entry \^cd-[a-z0-9]{8} at Clients\/Acme\/Log\/2026-05\.md:8\.\n$/);
  });

  it("refuses to write when the note ends where a new line would not be read as an entry", () => {
    const vault = join(tmp, "v");
    const open = "---\ntype: client-log\n---\n%% notes to self, never closed\n";
    smallVault(vault, "UTC", { "Clients/Acme/Log/2026-05.md": open });
    const r = run(["log", "--vault", vault, "--client", "Acme", "--start", "2026-05-04T09:00", "--end", "2026-05-04T10:00"]);
    expect(r.code).toBe(3);
    expect(r.stderr.split("\n")).toHaveLength(2);
    expect(readFileSync(join(vault, "Clients/Acme/Log/2026-05.md"), "utf8")).toBe(open);
  });

  it("never writes outside the client's folder", () => {
    const vault = join(tmp, "v");
    smallVault(vault, "UTC", {
      "Clients/<img onerror=alert(1)>/<img onerror=alert(1)>.md": CLIENT_NOTE("UTC"),
      "Clients/Escape/Escape.md": "---\nname: ../../etc\n---\n",
    });
    const before = hashTree(tmp);
    for (const client of ["../../etc", "<img onerror=alert(1)>", "../Acme", "Clients/Acme", "[[Acme]]", "..", "Acme/../../x"]) {
      const r = run(["log", "--vault", vault, "--client", client, "--start", "2026-05-04T09:00", "--end", "2026-05-04T10:00"]);
      expect(r.code, client).toBe(2);
      expect(r.stderr.split("\n"), client).toHaveLength(2);
    }
    expect(hashTree(tmp)).toEqual(before);
    // The client "Escape" (its unsafe display name is not used) is written in its own folder.
    const ok = parse<LogJson>(run(["log", "--vault", vault, "--client", "Escape", "--start", "2026-05-04T09:00", "--end", "2026-05-04T10:00", "--json"]).stdout);
    expect(ok.file).toBe("Clients/Escape/Log/2026-05.md");
  });

  it("refuses a Log folder that is a symbolic link out of the vault", () => {
    const vault = join(tmp, "v");
    smallVault(vault, "UTC");
    const outside = join(tmp, "outside");
    mkdirSync(outside);
    symlinkSync(outside, join(vault, "Clients/Acme/Log"));
    const r = run(["log", "--vault", vault, "--client", "Acme", "--start", "2026-05-04T09:00", "--end", "2026-05-04T10:00"]);
    expect(r.code).toBe(3);
    expect(existsSync(join(outside, "2026-05.md"))).toBe(false);
  });

  it("ignores a clients folder setting that leaves the vault, with a warning", () => {
    const vault = join(tmp, "v");
    smallVault(vault, "UTC");
    writeFileSync(join(vault, ".obsidian/plugins/client-desk/data.json"), JSON.stringify({ clientsRoot: "../elsewhere", timeZone: "UTC" }));
    const r = run(["log", "--vault", vault, "--client", "Acme", "--start", "2026-05-04T09:00", "--end", "2026-05-04T10:00", "--json"]);
    expect(r.code).toBe(0);
    expect(parse<LogJson>(r.stdout).file).toBe("Clients/Acme/Log/2026-05.md");
    expect(r.stderr).toContain("clientsRoot");
    expect(existsSync(join(tmp, "elsewhere"))).toBe(false);
  });

  it("rejects an end not after the start, an unknown client and bad times with exit 2", () => {
    const vault = join(tmp, "v");
    smallVault(vault, "UTC");
    const base = ["log", "--vault", vault, "--client", "Acme"];
    const cases: [string[], RegExp][] = [
      [["--start", "2026-05-04T10:00", "--end", "2026-05-04T10:00"], /must be after the start/],
      [["--start", "2026-05-04T10:00", "--end", "2026-05-04T09:00"], /must be after the start/],
      [["--start", "2026-02-30T10:00", "--end", "2026-03-01T09:00"], /--start “2026-02-30T10:00” is not a time/],
      [["--start", "2026-05-04T10:00", "--end", "11:00"], /--end “11:00” is not a time/],
      [["--start", "2026-05-04T10:00"], /--end is missing/],
    ];
    for (const [args, message] of cases) {
      const r = run([...base, ...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    const unknown = run(["log", "--vault", vault, "--client", "Nobody", "--start", "2026-05-04T09:00", "--end", "2026-05-04T10:00"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("client-desk: No client “Nobody” in Clients/. Clients: Acme.\n");
    expect(existsSync(join(vault, "Clients/Acme/Log"))).toBe(false);
  });
});
