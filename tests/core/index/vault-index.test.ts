import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { GOLDEN_DIR } from "../../support/golden";
import { CLIENTS, clientNotePath, note as noteText, testIndex } from "../../support/vault";
import { VaultIndex } from "../../../src/core/index/vault-index";

const OPTIONS = { clientsRoot: "Clients", plannerFolder: "Planner", timezone: "Asia/Ho_Chi_Minh", currency: "USD" };
const HOUR = 3_600_000;
const T0 = Date.parse("2026-11-23T02:00:00Z"); // 09:00 in Ho Chi Minh City
const h = (hours: number) => T0 + hours * HOUR;

/** 09:00 + `from` hours to 09:00 + `to` hours on 2026-11-23, written with +07:00. */
function entry(id: string, from: number, to: number | null, text = "work"): string {
  const fmt = (ms: number) => new Date(ms + 7 * HOUR).toISOString().slice(0, 16) + "+07:00";
  const end = to === null ? "" : ` [end:: ${fmt(h(to))}]`;
  return `- [start:: ${fmt(h(from))}]${end} ${text} ^${id}`;
}

const note = (...fields: string[]) => ["---", ...fields, "---", ""].join("\n");
const log = (...lines: string[]) => ["---", "type: client-log", "---", ...lines, ""].join("\n");

const ACME_NOTE = "Clients/Acme/Acme.md";
const ACME_LOG = "Clients/Acme/Log/2026-11.md";
const ACME_DEC = "Clients/Acme/Log/2026-12.md";
const BETA_NOTE = "Clients/Beta/Beta.md";
const BETA_LOG = "Clients/Beta/Log/2026-11.md";

let index: VaultIndex;
beforeEach(() => {
  index = new VaultIndex(OPTIONS);
  index.setFile(ACME_NOTE, note("name: Acme Co", "timezone: Europe/London", "currency: GBP", "rate: 40"));
  index.setFile(BETA_NOTE, note("name: Beta Studio", "rate: 30"));
});

const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe("VaultIndex: clients", () => {
  it("indexes client notes, sorted by display name", () => {
    expect(index.clients().map((c) => [c.key, c.name, c.timezone, c.currency])).toEqual([
      ["Acme", "Acme Co", "Europe/London", "GBP"],
      ["Beta", "Beta Studio", "Asia/Ho_Chi_Minh", "USD"],
    ]);
    expect(index.client("Acme")?.rate).toBe(4000);
    expect(index.client("Nobody")).toBeNull();
    expect(index.diagnostics()).toEqual([]);
  });

  it("findClient goes by folder name, then display name, in any case", () => {
    expect(index.findClient("Acme")?.key).toBe("Acme");
    expect(index.findClient("acme")?.key).toBe("Acme");
    expect(index.findClient("ACME CO")?.key).toBe("Acme");
    expect(index.findClient("Beta Studio")?.key).toBe("Beta");
    expect(index.findClient("Gamma")).toBeNull();
  });

  it("uses Obsidian's parsed frontmatter when it is given", () => {
    index.setFile(ACME_NOTE, note("name: From text", "rate: 40"), { name: "From cache", rate: 40 });
    expect(index.client("Acme")?.name).toBe("From cache");
  });

  it("a broken client note is reported and still lets every other file index", () => {
    index.setFile(ACME_NOTE, note("name: Acme Co", "rate: [40", "timezone: Europe/London"));
    index.setFile(ACME_LOG, log(entry("cd-acme0001", 0, 1)));
    index.setFile(BETA_LOG, log(entry("cd-beta0001", 1, 2)));
    expect(index.client("Acme")?.name).toBe("Acme");
    expect(index.client("Beta")?.name).toBe("Beta Studio");
    expect(ids(index.entriesBetween(h(-24), h(24)))).toEqual(["cd-acme0001", "cd-beta0001"]);
    const errors = index.diagnostics().filter((d) => d.severity === "error");
    expect(errors).toEqual([expect.objectContaining({ code: "yaml-broken", file: ACME_NOTE, line: 4 })]);
  });

  it("a folder named <img onerror=alert(1)> is reported, not a client, and its logs are ignored", () => {
    const folder = "<img onerror=alert(1)>";
    index.setFile(`Clients/${folder}/${folder}.md`, note("name: Evil", "rate: 1"));
    index.setFile(`Clients/${folder}/Log/2026-11.md`, log(entry("cd-evil0001", 0, 1), "- freehand"));
    expect(index.clients().map((c) => c.key)).toEqual(["Acme", "Beta"]);
    expect(index.client(folder)).toBeNull();
    expect(index.entriesBetween(-Infinity, Infinity)).toEqual([]);
    expect(index.entryCount()).toBe(0);
    expect(index.diagnostics()).toEqual([
      {
        severity: "error",
        code: "folder-unsafe",
        file: `Clients/${folder}/${folder}.md`,
        line: 0,
        params: { name: folder, char: "<" },
      },
    ]);
  });

  it("renaming a client note moves the client to the new folder's key", () => {
    index.renameFile(ACME_NOTE, "Clients/Acme Ltd/Acme Ltd.md", note("rate: 40"));
    expect(index.client("Acme")).toBeNull();
    expect(index.client("Acme Ltd")?.notePath).toBe("Clients/Acme Ltd/Acme Ltd.md");
  });
});

describe("VaultIndex: entries", () => {
  beforeEach(() => {
    index.setFile(
      ACME_LOG,
      log(
        "# Week 48",
        entry("cd-a0000001", 0, 1),
        entry("cd-a0000002", 1, 2),
        entry("cd-a0000003", 2, 3),
        "- worked 2h",
        entry("cd-a0000004", 3.5, null, "running"),
      ),
    );
    index.setFile(ACME_DEC, log(entry("cd-a0000005", 24 * 10, 24 * 10 + 1)));
    index.setFile(BETA_LOG, log(entry("cd-b0000001", 0.5, 1.5), entry("cd-b0000002", 5, null, "running too")));
  });

  it("entriesOf keeps an entry that overlaps [from, to), by start", () => {
    expect(ids(index.entriesOf("Acme", h(0.5), h(2.5)))).toEqual(["cd-a0000001", "cd-a0000002", "cd-a0000003"]);
    expect(ids(index.entriesOf("Acme", -Infinity, Infinity))).toEqual([
      "cd-a0000001",
      "cd-a0000002",
      "cd-a0000003",
      "cd-a0000004",
      "cd-a0000005",
    ]);
  });

  it("allEntriesOf is every entry of the client, read again after any change to the vault", () => {
    const before = index.allEntriesOf("Acme");
    expect(index.allEntriesOf("Acme")).toBe(before);
    expect(ids([...before])).toEqual(ids(index.entriesOf("Acme", -Infinity, Infinity)));
    index.setFile(ACME_DEC, log(entry("cd-a0000009", 24 * 9, 24 * 9 + 1), entry("cd-a0000005", 24 * 10, 24 * 10 + 1)));
    expect(ids([...index.allEntriesOf("Acme")])).toEqual(["cd-a0000001", "cd-a0000002", "cd-a0000003", "cd-a0000004", "cd-a0000009", "cd-a0000005"]);
    index.removeFile(ACME_DEC);
    expect(ids([...index.allEntriesOf("Acme")])).toEqual(["cd-a0000001", "cd-a0000002", "cd-a0000003", "cd-a0000004"]);
    expect(ids([...index.allEntriesOf("Beta")])).toEqual(["cd-b0000001", "cd-b0000002"]);
  });

  it("an entry ending exactly at from is out, one starting exactly at to is out", () => {
    expect(ids(index.entriesOf("Acme", h(1), h(2)))).toEqual(["cd-a0000002"]);
    expect(ids(index.entriesOf("Acme", h(1) - 1, h(2) + 1))).toEqual(["cd-a0000001", "cd-a0000002", "cd-a0000003"]);
    expect(ids(index.entriesOf("Acme", h(1), h(1)))).toEqual([]);
  });

  it("a running entry overlaps every range after its start", () => {
    expect(ids(index.entriesOf("Acme", h(3), h(3.5)))).toEqual([]);
    expect(ids(index.entriesOf("Acme", h(3.5), h(3.5) + 1))).toEqual(["cd-a0000004"]);
    expect(ids(index.entriesOf("Acme", h(1000), h(1001)))).toEqual(["cd-a0000004"]);
  });

  it("entries carry their client, file and line", () => {
    const [e] = index.entriesOf("Acme", h(1), h(2));
    expect(e).toMatchObject({ clientKey: "Acme", file: ACME_LOG, line: 6, start: h(1), end: h(2), note: "work" });
  });

  it("entriesBetween spans every client, by start", () => {
    expect(ids(index.entriesBetween(h(0), h(2)))).toEqual(["cd-a0000001", "cd-b0000001", "cd-a0000002"]);
    expect(ids(index.entriesBetween(h(6), h(7)))).toEqual(["cd-a0000004", "cd-b0000002"]);
  });

  it("running lists the entries without end on every client, by start", () => {
    expect(index.running().map((e) => [e.id, e.clientKey, e.end])).toEqual([
      ["cd-a0000004", "Acme", null],
      ["cd-b0000002", "Beta", null],
    ]);
  });

  it("the freehand line is a warning on its line", () => {
    expect(index.diagnostics()).toEqual([expect.objectContaining({ code: "line-freehand", file: ACME_LOG, line: 8 })]);
  });

  it("updating one file replaces exactly that file's entries", () => {
    const before = index.version;
    index.setFile(ACME_LOG, log(entry("cd-a0000009", 0, 4)));
    expect(index.version).toBeGreaterThan(before);
    expect(ids(index.entriesOf("Acme", -Infinity, Infinity))).toEqual(["cd-a0000009", "cd-a0000005"]);
    expect(ids(index.entriesOf("Beta", -Infinity, Infinity))).toEqual(["cd-b0000001", "cd-b0000002"]);
    expect(index.running().map((e) => e.id)).toEqual(["cd-b0000002"]);
    expect(index.entryCount()).toBe(4);
    expect(index.diagnostics()).toEqual([]);
  });

  it("stopping the running entry (one line replaced) ends it", () => {
    index.setFile(
      BETA_LOG,
      log(entry("cd-b0000001", 0.5, 1.5), entry("cd-b0000002", 5, 6, "running too")),
    );
    expect(index.running().map((e) => e.id)).toEqual(["cd-a0000004"]);
    expect(index.entriesOf("Beta", h(5), h(6))[0].end).toBe(h(6));
  });

  it("renaming a log moves its entries to the new client and path", () => {
    const text = log(entry("cd-a0000001", 0, 1));
    index.setFile(ACME_LOG, text);
    index.renameFile(ACME_LOG, "Clients/Beta/Log/2026-10.md", text);
    expect(ids(index.entriesOf("Acme", -Infinity, Infinity))).toEqual(["cd-a0000005"]);
    const moved = index.entriesOf("Beta", h(0), h(1));
    expect(moved.map((e) => [e.id, e.clientKey, e.file])).toEqual([
      ["cd-a0000001", "Beta", "Clients/Beta/Log/2026-10.md"],
      ["cd-b0000001", "Beta", BETA_LOG],
    ]);
  });

  it("renaming a log out of the layout drops it", () => {
    index.renameFile(ACME_LOG, "Archive/2026-11.md", "whatever");
    expect(ids(index.entriesOf("Acme", -Infinity, Infinity))).toEqual(["cd-a0000005"]);
    expect(index.diagnostics()).toEqual([]);
  });

  it("deleting a log drops its entries and diagnostics", () => {
    index.removeFile(ACME_LOG);
    expect(ids(index.entriesOf("Acme", -Infinity, Infinity))).toEqual(["cd-a0000005"]);
    expect(index.running().map((e) => e.id)).toEqual(["cd-b0000002"]);
    expect(index.diagnostics()).toEqual([]);
    expect(index.entryCount()).toBe(3);
  });

  it("deleting a file the index does not hold changes nothing", () => {
    const before = index.version;
    index.removeFile("Clients/Acme/Log/2020-01.md");
    index.removeFile("Notes/Whatever.md");
    expect(index.version).toBe(before);
    expect(index.entryCount()).toBe(7);
  });

  it("a file outside the layout is neither wanted nor read", () => {
    expect(index.wants("Notes/Acme.md")).toBe(false);
    expect(index.wants(ACME_LOG)).toBe(true);
    const before = index.version;
    index.setFile("Clients/Acme/Notes/2026-11.md", log(entry("cd-x0000001", 0, 1)));
    expect(index.version).toBe(before);
    expect(index.entryCount()).toBe(7);
  });
});

describe("VaultIndex: duplicate ids", () => {
  const dupes = () => index.diagnostics().filter((d) => d.code === "entry-duplicate-id");

  it("an id used in two files is an error on the later one, cleared when either goes", () => {
    index.setFile(ACME_LOG, log(entry("cd-same0001", 0, 1)));
    index.setFile(BETA_LOG, log("", entry("cd-same0001", 2, 3)));
    expect(dupes()).toEqual([
      {
        severity: "error",
        code: "entry-duplicate-id",
        file: BETA_LOG,
        line: 5,
        params: { value: "cd-same0001", first: `${ACME_LOG}:4` },
      },
    ]);
    index.removeFile(ACME_LOG);
    expect(dupes()).toEqual([]);
    index.setFile(ACME_LOG, log(entry("cd-same0001", 0, 1)));
    expect(dupes()).toHaveLength(1);
    index.setFile(BETA_LOG, log(entry("cd-other001", 2, 3)));
    expect(dupes()).toEqual([]);
  });

  it("re-reading the same file never makes its ids duplicates", () => {
    const text = log(entry("cd-once0001", 0, 1));
    index.setFile(ACME_LOG, text);
    index.setFile(ACME_LOG, text);
    index.renameFile(ACME_LOG, ACME_DEC, text);
    expect(dupes()).toEqual([]);
  });

  it("three uses give two errors; the id inside one file counts too", () => {
    index.setFile(ACME_LOG, log(entry("cd-tri00001", 0, 1), entry("cd-tri00001", 1, 2)));
    index.setFile(BETA_LOG, log(entry("cd-tri00001", 2, 3)));
    expect(dupes().map((d) => [d.file, d.line])).toEqual([
      [ACME_LOG, 5],
      [BETA_LOG, 4],
    ]);
    index.removeFile(BETA_LOG);
    expect(dupes().map((d) => [d.file, d.line])).toEqual([[ACME_LOG, 5]]);
  });

  it("counts ids on the walk that finds an invoice's entries, and keeps them right after", () => {
    // `check` looks the billed entries up first: the id counts are taken on that same walk.
    const invoice = readFileSync(join(GOLDEN_DIR, "invoice-en.md"), "utf8").replace('client: "[[Harbour Goods]]"', 'client: "[[Acme]]"');
    index.setFile("Clients/Acme/Invoices/INV-2026-0001.md", invoice);
    index.setFile(ACME_LOG, log(entry("cd-aaaa0001", 0, 1), entry("cd-aaaa0002", 1, 2)));
    index.setFile(BETA_LOG, log(entry("cd-aaaa0001", 2, 3)));
    const found = index.entriesByIds(new Set(["cd-aaaa0001", "cd-aaaa0002"]));
    expect([...found.keys()].sort()).toEqual(["cd-aaaa0001", "cd-aaaa0002"]);
    expect(dupes().map((d) => [d.file, d.line])).toEqual([[BETA_LOG, 4]]);
    // The billed entries' times differ from the fingerprints the invoice recorded; two are gone.
    const billed = index.diagnostics().filter((d) => d.code.startsWith("invoice-entry-"));
    expect(billed.map((d) => [d.code, d.file, d.line, d.params?.value])).toEqual([
      ["invoice-entry-missing", "Clients/Acme/Invoices/INV-2026-0001.md", 1, "cd-aaaa0003"],
      ["invoice-entry-missing", "Clients/Acme/Invoices/INV-2026-0001.md", 1, "cd-aaaa0004"],
      ["invoice-entry-changed", ACME_LOG, 4, "cd-aaaa0001"],
      ["invoice-entry-changed", ACME_LOG, 5, "cd-aaaa0002"],
    ]);
    index.removeFile(BETA_LOG);
    expect(dupes()).toEqual([]);
    index.setFile(BETA_LOG, log(entry("cd-aaaa0002", 2, 3)));
    expect(dupes().map((d) => [d.file, d.line, d.params?.value])).toEqual([[BETA_LOG, 4, "cd-aaaa0002"]]);
  });

  it("entries without id never collide", () => {
    const line = "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] no id";
    index.setFile(ACME_LOG, log(line));
    index.setFile(BETA_LOG, log(line));
    expect(dupes()).toEqual([]);
  });
});

describe("VaultIndex: plan blocks", () => {
  const PLAN = "Planner/2026-W48.md";
  const block = (client: string, from: number, to: number, title: string) =>
    entry("cd-plan0000", from, to, `${title}`).replace("- [start::", `- [client:: ${client}] [start::`).replace(/ \^cd-plan0000$/, "");

  beforeEach(() => {
    index.setFile(
      PLAN,
      [
        "# Week 48",
        block("[[Acme]]", 0, 1, "by folder"),
        block("[[Beta Studio]]", 1, 2, "by display name"),
        block("beta", 2, 3, "by folder, other case"),
        block("[[Nobody]]", 3, 4, "unknown"),
      ].join("\n"),
    );
  });

  it("blocksBetween resolves the client by folder name and by display name", () => {
    expect(index.blocksBetween(h(0), h(4)).map((b) => [b.title, b.clientKey])).toEqual([
      ["by folder", "Acme"],
      ["by display name", "Beta"],
      ["by folder, other case", "Beta"],
      ["unknown", null],
    ]);
  });

  it("blocksBetween keeps [from, to) edges", () => {
    expect(index.blocksBetween(h(1), h(2)).map((b) => b.title)).toEqual(["by display name"]);
  });

  it("an unknown client is a warning on the block's line and field", () => {
    expect(index.diagnostics()).toEqual([
      { severity: "warning", code: "plan-client-unknown", file: PLAN, line: 5, field: "client", params: { value: "Nobody" } },
    ]);
  });

  it("the warning goes when the client appears, and the block resolves", () => {
    index.setFile("Clients/Nobody/Nobody.md", note("rate: 10"));
    expect(index.diagnostics()).toEqual([]);
    expect(index.blocksBetween(h(3), h(4))[0].clientKey).toBe("Nobody");
  });

  it("deleting the plan drops its blocks", () => {
    index.removeFile(PLAN);
    expect(index.blocksBetween(-Infinity, Infinity)).toEqual([]);
  });
});

describe("frontmatter from Obsidian that multiplies through aliases", () => {
  it("is a problem on the note, found at once, and nothing walks it", () => {
    let bomb: unknown = ["lol"];
    for (let i = 0; i < 12; i++) bomb = Array.from({ length: 10 }, () => bomb);
    const index = testIndex({ [clientNotePath("Acme")]: noteText(CLIENTS.harbour) });
    const path = "Clients/Acme/Tasks/Bomb.md";
    index.setFile(path, "---\nstatus: doing\nbomb: *a\n---\n", { status: "doing", bomb });
    const problems = index.diagnostics().filter((d) => d.file === path);
    expect(problems.map((d) => [d.code, d.line])).toEqual([["yaml-broken", 2]]);
  });
});

describe("the same time logged twice", () => {
  it("is a warning on the later line when the ids differ, and nothing when a line is there once", () => {
    const index = testIndex({
      [clientNotePath("Acme")]: noteText(CLIENTS.harbour),
      "Clients/Acme/Log/2026-11.md": [
        "- [start:: 2026-11-02T09:00+07:00] [end:: 2026-11-02T10:00+07:00] Orders ^cd-aaaa0001",
        "- [start:: 2026-11-02T09:00+07:00] [end:: 2026-11-02T10:00+07:00] Orders, imported ^cd-bbbb0001",
        "- [start:: 2026-11-02T10:00+07:00] [end:: 2026-11-02T11:00+07:00] Next hour ^cd-cccc0001",
        "",
      ].join("\n"),
      [clientNotePath("Beta")]: noteText(CLIENTS.clara),
      "Clients/Beta/Log/2026-11.md": "- [start:: 2026-11-02T09:00+07:00] [end:: 2026-11-02T10:00+07:00] Another client ^cd-dddd0001\n",
    });
    expect(index.diagnostics().filter((d) => d.code === "entry-exact-duplicate").map((d) => [d.file, d.line, d.params.first])).toEqual([
      ["Clients/Acme/Log/2026-11.md", 2, "Clients/Acme/Log/2026-11.md:1"],
    ]);
  });
});
