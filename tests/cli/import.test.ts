// @vitest-environment node
// `client-desk import` and `client-desk export`: what is written (only bytes at the ends of notes),
// what is refused before anything is written, the JSON shapes and the exit codes.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CLIENT_FILES } from "../core/support/import-vault";
import { REPO, hashTree, parse, removeDir, run, spawn, tempDir, writeTree } from "./helpers";
import type { ExportJson } from "../../src/cli/commands/export";
import { settingsFile } from "../support/vault";

const FIXTURES = join(REPO, "tests", "fixtures", "csv");
const OCTOBER = "Clients/Harbour Goods/Log/2026-10.md";
const OCTOBER_TEXT = "---\ntype: client-log\n---\n# October\n\n- [start:: 2026-10-01T09:00+07:00] [end:: 2026-10-01T10:00+07:00] Typed by me ^cd-mine0001\n\nMy own paragraph, no final line break";

interface ImportJson {
  file: string;
  dryRun: boolean;
  tool: string;
  zone: string;
  dateOrder: string;
  rows: number;
  perClient: { clientKey: string; name: string; count: number; ms: number; billableMs: number }[];
  unmatchedClients: string[];
  unmatchedRows: number;
  duplicates: number;
  problems: { line: number; field: string | null; code: string; params: Record<string, string | number>; reason: string; message: string }[];
  entries: { id: string; clientKey: string; line: number; start: number; end: number; startOffset: number; endOffset: number; billable: boolean; file: string; text: string }[];
  notes: { file: string; created: boolean; count: number }[];
}


function vaultAt(root: string, zone = "Asia/Ho_Chi_Minh", extra: Record<string, string> = {}): string {
  writeTree(root, {
    ...settingsFile({ timeZone: zone }),
    ...CLIENT_FILES,
    [OCTOBER]: OCTOBER_TEXT,
    "Notes/Newsletter.md": "# Newsletter\n",
    ...extra,
  });
  return root;
}

describe("client-desk import", () => {
  let tmp: string;
  let vault: string;
  beforeEach(() => {
    tmp = tempDir();
    vault = vaultAt(join(tmp, "v"));
  });
  afterEach(() => removeDir(tmp));

  const csv = (name: string) => join(FIXTURES, name);

  it("adds the entries, keeps every byte of existing notes, and reports what it left out (exit 1)", () => {
    const before = readFileSync(join(vault, OCTOBER));
    const hashes = hashTree(vault);
    const r = run(["import", "toggl", csv("toggl-hcm.csv"), "--vault", vault, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const out = parse<ImportJson>(r.stdout);
    expect(out).toMatchObject({ tool: "toggl", zone: "Asia/Ho_Chi_Minh", dateOrder: "ymd", dryRun: false, rows: 10, duplicates: 1, unmatchedRows: 2, problemRows: 1 });
    expect(out.unmatchedClients).toEqual(["", "Acme Widgets"]);
    expect(out.problems).toEqual([
      {
        line: 10,
        field: "End time",
        code: "end-not-after-start",
        params: { start: "2026-10-06 10:00:00", end: "2026-10-06 09:00:00" },
        reason: "The end (2026-10-06 09:00:00) is not after the start (2026-10-06 10:00:00).",
        message: "The end (2026-10-06 09:00:00) is not after the start (2026-10-06 10:00:00).",
      },
    ]);
    expect(out.notes).toEqual([
      { file: "Clients/Brightloop/Log/2026-03.md", created: true, count: 1 },
      { file: "Clients/Brightloop/Log/2026-11.md", created: true, count: 1 },
      { file: "Clients/Clara Whitfield Coaching/Log/2026-03.md", created: true, count: 1 },
      { file: OCTOBER, created: false, count: 3 },
    ]);
    const after = readFileSync(join(vault, OCTOBER));
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    const october = out.entries.filter((e) => e.file === OCTOBER).map((e) => e.text);
    expect(after.subarray(before.length).toString("utf8")).toBe(`\n${october.join("\n")}\n`);
    expect(out.entries.find((e) => e.clientKey === "Clara Whitfield Coaching")?.text).toContain("[task:: [[Newsletter]]]");
    const changed = [...hashTree(vault)].filter(([p, h]) => hashes.get(p) !== h).map(([p]) => p).sort();
    expect(changed).toEqual(out.notes.map((n) => n.file).sort());
    expect(parse<{ errors: number }>(run(["check", "--vault", vault, "--json"]).stdout).errors).toBe(0);

    // A second import adds nothing.
    const hashes2 = hashTree(vault);
    const again = parse<ImportJson>(run(["import", "toggl", csv("toggl-hcm.csv"), "--vault", vault, "--json"]).stdout);
    expect(again.entries).toEqual([]);
    expect(again.notes).toEqual([]);
    expect(again.duplicates).toBe(7);
    expect(hashTree(vault)).toEqual(hashes2);
  });

  it("prints a summary for people; exit 1 while rows are left out, 0 once every row is in", () => {
    const r = run(["import", "toggl", csv("toggl-sydney.csv"), "--vault", vaultAt(join(tmp, "syd"), "Australia/Sydney")]);
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n")).toEqual([
      "4 rows: 3 new entries, 0 already in the vault, 0 with no matching client, 1 that cannot be read.",
      "  Harbour Goods: 3 entries, 5 h 45 min",
      `${csv("toggl-sydney.csv")}:3 [Start time] 2026-10-04 02:30:00 does not exist in Australia/Sydney: the clocks skip that time on that day.`,
      "Created Clients/Harbour Goods/Log/2026-04.md with 1 entry.",
      "Added 2 entries to Clients/Harbour Goods/Log/2026-10.md.",
      "",
    ]);
    const clean = join(tmp, "clean.csv");
    writeFileSync(clean, readFileSync(csv("toggl-sydney.csv"), "utf8").split("\n").filter((l) => !l.includes("Skipped hour")).join("\n"));
    const ok = run(["import", "toggl", clean, "--vault", join(tmp, "syd")]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe("3 rows: 0 new entries, 3 already in the vault, 0 with no matching client, 0 that cannot be read.\n");
  });

  it("writes nothing with --dry-run, yet shows what it would write", () => {
    const hashes = hashTree(vault);
    const r = run(["import", "toggl", csv("toggl-hcm.csv"), "--vault", vault, "--dry-run", "--json"]);
    const out = parse<ImportJson>(r.stdout);
    expect(out.dryRun).toBe(true);
    expect(out.entries).toHaveLength(6);
    expect(out.notes).toHaveLength(4);
    expect(hashTree(vault)).toEqual(hashes);
    const text = run(["import", "toggl", csv("toggl-hcm.csv"), "--vault", vault, "--dry-run"]);
    expect(text.stdout.trimEnd().split("\n").pop()).toBe("Dry run: nothing was written.");
    expect(hashTree(vault)).toEqual(hashes);
  });

  it.each([
    ["toggl-utf16.csv", "This file is UTF-16, not UTF-8."],
    ["toggl-cp1258.csv", "This file is not UTF-8 text (line 2)."],
    ["toggl-truncated.csv", "The file ends inside a quoted value that starts on line 3: it looks cut short."],
    ["no-such-file.csv", "Cannot read"],
  ])("refuses %s with exit 3 and writes nothing", (name, message) => {
    const hashes = hashTree(vault);
    const r = run(["import", "toggl", csv(name), "--vault", vault]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message);
    expect(r.stderr.split("\n")).toHaveLength(2);
    expect(hashTree(vault)).toEqual(hashes);
  });

  it("refuses to write anything when one note would not read the new lines (exit 3)", () => {
    const fenced = vaultAt(join(tmp, "fenced"), "Asia/Ho_Chi_Minh", { [OCTOBER]: "# October\n```\nan open code block\n" });
    const hashes = hashTree(fenced);
    const r = run(["import", "toggl", csv("toggl-hcm.csv"), "--vault", fenced]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      `client-desk: Refusing to write ${OCTOBER}: new lines would not be read as entries there (the note ends inside a code block, a %% comment or the frontmatter). Nothing was written.\n`,
    );
    expect(hashTree(fenced)).toEqual(hashes);
  });

  it("reads Clockify's dates, asks for --date-format when they cannot tell, and reads --zone", () => {
    const amb = run(["import", "clockify", csv("clockify-ambiguous.csv"), "--vault", vault]);
    expect(amb.code).toBe(2);
    expect(amb.stderr).toBe(`client-desk: The dates in ${csv("clockify-ambiguous.csv")} could be month/day or day/month: give --date-format mdy or --date-format dmy.\n`);
    const dmy = parse<ImportJson>(run(["import", "clockify", csv("clockify-ambiguous.csv"), "--vault", vault, "--date-format", "dmy", "--dry-run", "--json"]).stdout);
    expect(dmy.dateOrder).toBe("dmy");
    expect(dmy.entries[0].text).toMatch(/^- \[start:: 2026-04-03T09:00\+07:00\]/);

    const ny = parse<ImportJson>(run(["import", "clockify", csv("clockify-new-york.csv"), "--vault", vault, "--zone", "America/New_York", "--json"]).stdout);
    expect(ny.zone).toBe("America/New_York");
    expect(ny.entries[0].text).toMatch(/^- \[start:: 2026-03-08T13:30\+07:00\] \[end:: 2026-03-08T14:30\+07:00\] \[task:: Support\] Spring forward \^cd-/);
    expect(ny.problems.map((p) => [p.line, p.code])).toEqual([
      [3, "time-gap"],
      [8, "end-not-after-start"],
    ]);
  });

  it.each([
    [["import"], "Say which tool the file comes from"],
    [["import", "harvest", "x.csv"], "“harvest” is not toggl or clockify."],
    [["import", "toggl"], "Give the CSV file to import: client-desk import toggl FILE --vault DIR."],
    [["import", "toggl", "x.csv", "--date-format", "ymd"], "--date-format must be mdy or dmy, not “ymd”."],
    [["import", "toggl", "x.csv", "--zone", "UTC+7"], "--zone “UTC+7” is not an IANA time zone name like Asia/Ho_Chi_Minh."],
    [["import", "toggl", "a.csv", "b.csv"], "Unexpected argument “b.csv”."],
    [["import", "toggl", "x.csv", "--out", "y"], "--out is not an option of import."],
  ])("%j is wrong usage (exit 2)", (argv, message) => {
    const r = run([...argv, "--vault", vault]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.startsWith(`client-desk: ${message}`)).toBe(true);
  });

  it("refuses another tool's file or a file of other columns (exit 2)", () => {
    const r = run(["import", "toggl", csv("clockify-new-york.csv"), "--vault", vault]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`client-desk: ${csv("clockify-new-york.csv")} is a Clockify export: run client-desk import clockify instead.\n`);
    const other = join(tmp, "other.csv");
    writeFileSync(other, "Date,Hours\n2026-01-01,2\n");
    const o = run(["import", "clockify", other, "--vault", vault]);
    expect(o.code).toBe(2);
    expect(o.stderr).toContain("is not a Clockify detailed report: the columns Client, Description, Billable, Start Date, Start Time, End Date, End Time are missing.");
  });

  it("speaks Vietnamese with --lang vi, and runs through the real command", () => {
    const r = run(["import", "toggl", csv("toggl-utf16.csv"), "--vault", vault, "--lang", "vi"]);
    expect(r.stderr).toContain("Tệp này là UTF-16, không phải UTF-8.");
    const copy = join(tmp, "hcm.csv");
    copyFileSync(csv("toggl-hcm.csv"), copy);
    const s = spawn(["import", "toggl", "hcm.csv", "--vault", "v", "--dry-run", "--json"], tmp);
    expect(s.code).toBe(1);
    expect(parse<ImportJson>(s.stdout).file).toBe("hcm.csv");
  });
});

describe("client-desk export", () => {
  let tmp: string;
  let vault: string;
  beforeEach(() => {
    tmp = tempDir();
    vault = vaultAt(join(tmp, "v"));
    expect(run(["import", "toggl", join(FIXTURES, "toggl-hcm.csv"), "--vault", vault]).code).toBe(1);
  });
  afterEach(() => removeDir(tmp));

  it("prints the CSV of the entries starting in the range, on stdout", () => {
    const r = run(["export", "--vault", vault, "--from", "2026-10-01", "--to", "2026-10-31"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.replace(/\^cd-[a-z0-9]{8},/g, "^ID,").split("\r\n")).toEqual([
      "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount ()",
      ",,Harbour Goods,,,Typed by me,Yes,2026-10-01,09:00:00,2026-10-01,10:00:00,01:00:00,^ID,",
      ',,Harbour Goods,Product uploads,,"Uploaded 12 products, fixed 3 prices",Yes,2026-10-04,08:00:15,2026-10-04,09:30:45,01:30:30,^ID,',
      ',,Harbour Goods,Refunds,,"Refund for order ""#1042""",Yes,2026-10-04,23:40:00,2026-10-05,00:20:30,00:40:30,^ID,',
      ",,Harbour Goods,Product uploads,,Overnight batch,Yes,2026-10-31,22:00:00,2026-11-01,01:15:20,03:15:20,^ID,",
      "",
    ]);
  });

  it("writes --out as a new file, refuses to replace one, and gives JSON", () => {
    const r = run(["export", "--vault", vault, "--from", "2026-03-01", "--to", "2026-03-31", "--client", "brightloop", "--out", join(tmp, "march.csv"), "--json"]);
    expect(r.code).toBe(0);
    const out = parse<ExportJson>(r.stdout);
    expect(out).toEqual({ from: "2026-03-01", to: "2026-03-31", zone: "Asia/Ho_Chi_Minh", client: "Brightloop", count: 1, ms: 1_200_000, file: join(tmp, "march.csv"), csv: null });
    const written = readFileSync(join(tmp, "march.csv"), "utf8");
    expect(written).toMatch(/,,Brightloop,Inbox,,Inbox triage,No,2026-03-08,21:00:00,2026-03-08,21:20:00,00:20:00,\^cd-[a-z0-9]{8},\r\n/);
    const again = run(["export", "--vault", vault, "--from", "2026-03-01", "--to", "2026-03-31", "--out", join(tmp, "march.csv")]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`client-desk: ${join(tmp, "march.csv")} already exists; give another --out file.\n`);
    expect(readFileSync(join(tmp, "march.csv"), "utf8")).toBe(written);
    const json = parse<ExportJson>(run(["export", "--vault", vault, "--from", "2026-03-01", "--to", "2026-03-31", "--json"]).stdout);
    expect(json.file).toBeNull();
    expect(json.count).toBe(2);
    expect(json.csv?.split("\r\n")).toHaveLength(4);
    const text = run(["export", "--vault", vault, "--from", "2026-11-01", "--to", "2026-11-30", "--out", join(tmp, "nov.csv")]);
    expect(text.stdout).toBe(`Exported 1 entry to ${join(tmp, "nov.csv")}.\n`);
    expect(existsSync(join(tmp, "nov.csv"))).toBe(true);
  });

  it("exports what import reads back to the same instants", () => {
    const file = join(tmp, "all.csv");
    expect(run(["export", "--vault", vault, "--from", "2026-01-01", "--to", "2026-12-31", "--out", file]).code).toBe(0);
    const fresh = vaultAt(join(tmp, "fresh"));
    const back = parse<ImportJson>(run(["import", "toggl", file, "--vault", fresh, "--dry-run", "--json"]).stdout);
    const source = parse<ImportJson>(run(["import", "toggl", join(FIXTURES, "toggl-hcm.csv"), "--vault", fresh, "--dry-run", "--json"]).stdout);
    const span = (e: { start: number; end: number }) => `${e.start}-${e.end}`;
    // Everything the first import wrote; the entry typed by hand is in the fresh vault already
    // (same id), so it is a duplicate.
    expect(back.entries.map(span).sort()).toEqual(source.entries.map(span).sort());
    expect(back.duplicates).toBe(1);
    expect(back.problems).toEqual([]);
  });

  it("an export imported back into the same vault adds nothing, whatever its descriptions", () => {
    writeTree(vault, { "Clients/Harbour Goods/Log/2026-09.md": "- [start:: 2026-09-01T09:00+07:00] [end:: 2026-09-01T10:00+07:00] =HYPERLINK(\"http://x\") ^cd-formula1\n" });
    const file = join(tmp, "all.csv");
    expect(run(["export", "--vault", vault, "--from", "2026-01-01", "--to", "2026-12-31", "--out", file]).code).toBe(0);
    const csv = readFileSync(file, "utf8");
    // A spreadsheet shows the description as text, not as a formula it runs.
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"")",`);
    const back = parse<ImportJson>(run(["import", "toggl", file, "--vault", vault, "--json"]).stdout);
    expect(back.entries).toEqual([]);
    expect(back.duplicates).toBe(csv.trimEnd().split("\r\n").length - 1);
    // Into another vault the description comes back as written.
    const fresh = vaultAt(join(tmp, "fresh2"));
    const other = parse<ImportJson>(run(["import", "toggl", file, "--vault", fresh, "--dry-run", "--json"]).stdout);
    expect(other.entries.find((e) => e.id === "cd-formula1")?.text).toContain('=HYPERLINK("http://x") ^cd-formula1');
  });

  it.each([
    [["--from", "2026-10-01"], "--to is missing."],
    [["--from", "01/10/2026", "--to", "2026-10-31"], "--from “01/10/2026” is not a date like 2026-11-01."],
    [["--from", "2026-10-31", "--to", "2026-10-01"], "--from 2026-10-31 is after --to 2026-10-01."],
    [["--from", "2026-10-01", "--to", "2026-10-31", "--client", "Nobody"], "No client “Nobody” in Clients/."],
  ])("%j is wrong usage (exit 2)", (argv, message) => {
    const r = run(["export", "--vault", vault, ...argv]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.startsWith(`client-desk: ${message}`)).toBe(true);
  });
});
