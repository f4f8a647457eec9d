// Subcontractors: their note read with bad fields reported, and their time (entries on tasks
// assigned to them) costed at their rate against what it bills each client.
import { describe, expect, it } from "vitest";
import { costVsBilled, parseSubcontractor } from "../../../src/core/lifecycle/subcontractors";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import type { Client, Entry, Task } from "../../../src/core/shared/types";

const note = (file: string, text: string) => {
  const r = readFrontmatter(text);
  return parseSubcontractor(file, r.data, r.fieldLines, "VND");
};

const client = (key: string, currency: string, billing: Client["billing"], rate: number | null, overageRate: number | null = rate) =>
  ({ key, currency, billing, rate, overageRate }) as Client;

const task = (clientKey: string, title: string, assignee: string | null): Task =>
  ({ clientKey, file: `Clients/${clientKey}/Tasks/${title}.md`, title, assignee }) as Task;

const entry = (clientKey: string, task: string, start: string, minutes: number | null): Entry => ({
  id: start, clientKey, file: "f", line: 1, start: Date.parse(start), startOffset: 0, end: minutes === null ? null : Date.parse(start) + minutes * 60_000, endOffset: 0, task, note: "", billable: true, device: null,
});

describe("subcontractor notes", () => {
  it("reads name, rate and currency; a bad field is reported with its line", () => {
    expect(note("Client Desk/Subcontractors/Ana Reyes.md", "---\nname: Ana Reyes\nrate: 12.50\ncurrency: USD\n---\n")).toEqual({
      sub: { key: "Ana Reyes", file: "Client Desk/Subcontractors/Ana Reyes.md", name: "Ana Reyes", rate: 1250, currency: "USD" },
      diagnostics: [],
    });
    const bad = note("S/Bo.md", "---\nrate: 12.505\ncurrency: usd\n---\n");
    expect(bad.sub).toMatchObject({ name: "Bo", rate: null, currency: "VND" });
    expect(bad.diagnostics.map((d) => [d.line, d.field, d.code])).toEqual([[3, "currency", "currency-unknown"], [2, "rate", "money-precision"]]);
  });
});

describe("costVsBilled", () => {
  const ana = note("S/Ana Reyes.md", "---\nrate: 12\ncurrency: USD\n---\n").sub;
  const bo = note("S/Bo.md", "---\nrate: 150000\n---\n").sub;
  const clients = new Map([
    ["Harbour Goods", client("Harbour Goods", "AUD", "hourly", 4500)],
    ["Brightloop", client("Brightloop", "USD", "retainer", null, 6000)],
    ["Fixed Co", client("Fixed Co", "USD", "fixed", null)],
  ]);
  const tasks = [
    task("Harbour Goods", "Product uploads", "[[Ana Reyes]]"),
    task("Brightloop", "Inbox", "[[Ana Reyes|Ana]]"),
    task("Fixed Co", "Site", "[[ana reyes]]"),
    task("Harbour Goods", "Newsletter", null),
    task("Harbour Goods", "Ads", "[[Nobody]]"),
  ];
  const FROM = Date.parse("2026-11-01T00:00:00Z");
  const TO = Date.parse("2026-12-01T00:00:00Z");

  it("costs their time at their rate and bills it at each client's rate, per currency", () => {
    const entries = [
      entry("Harbour Goods", "[[Product uploads]]", "2026-11-02T01:00:00Z", 90),
      entry("Harbour Goods", "Product uploads", "2026-11-03T01:00:00Z", 30),
      entry("Brightloop", "[[Inbox]]", "2026-11-03T05:00:00Z", 60),
      entry("Fixed Co", "[[Site]]", "2026-11-04T05:00:00Z", 60),
      entry("Harbour Goods", "[[Newsletter]]", "2026-11-04T01:00:00Z", 60),
      entry("Harbour Goods", "[[Ads]]", "2026-11-04T03:00:00Z", 60),
      entry("Harbour Goods", "[[Product uploads]]", "2026-10-31T23:00:00Z", 120),
      entry("Harbour Goods", "[[Product uploads]]", "2026-11-30T23:30:00Z", null),
    ];
    const [a, b] = costVsBilled([ana, bo], tasks, entries, (k) => clients.get(k) ?? null, FROM, TO);
    expect(a).toEqual({
      key: "Ana Reyes",
      name: "Ana Reyes",
      ms: 240 * 60_000,
      cost: { minor: 4800, currency: "USD" },
      billed: [
        { minor: 9000, currency: "AUD" },
        { minor: 6000, currency: "USD" },
      ],
      byClient: [
        { clientKey: "Brightloop", ms: 60 * 60_000, billed: { minor: 6000, currency: "USD" } },
        { clientKey: "Fixed Co", ms: 60 * 60_000, billed: null },
        { clientKey: "Harbour Goods", ms: 120 * 60_000, billed: { minor: 9000, currency: "AUD" } },
      ],
    });
    expect(b).toEqual({ key: "Bo", name: "Bo", ms: 0, cost: { minor: 0, currency: "VND" }, billed: [], byClient: [] });
  });
});
