// @vitest-environment node
// `client-desk bases`: the four `.base` files where none is, never over one; --dry-run writes nothing.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { hashTree, parse, removeDir, run, tempDir } from "./helpers";

describe("client-desk bases", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = tempDir();
    mkdirSync(join(tmp, "Clients", "Acme"), { recursive: true });
    writeFileSync(join(tmp, "Clients", "Acme", "Acme.md"), "---\ntimezone: Europe/London\ncurrency: GBP\nrate: 30\n---\n");
  });
  afterAll(() => removeDir(tmp));

  it("with --dry-run says what it would add and writes nothing", () => {
    const before = hashTree(tmp);
    const r = run(["bases", "--vault", tmp, "--dry-run", "--json"]);
    expect(r.code).toBe(0);
    expect(parse<{ added: string[] }>(r.stdout).added).toHaveLength(4);
    expect(hashTree(tmp)).toEqual(before);
  });

  it("adds the four views, then leaves them and a changed one alone", () => {
    const mine = "views:\n  - type: cards\n    name: Mine\n";
    mkdirSync(join(tmp, "Client Desk", "Bases"), { recursive: true });
    writeFileSync(join(tmp, "Client Desk", "Bases", "Open tasks.base"), mine);
    const r = parse<{ added: string[]; kept: string[] }>(run(["bases", "--vault", tmp, "--json"]).stdout);
    expect(r.added).toEqual(["Client Desk/Bases/Clients by status.base", "Client Desk/Bases/Invoices outstanding.base", "Client Desk/Bases/Reports this month.base"]);
    expect(r.kept).toEqual(["Client Desk/Bases/Open tasks.base"]);
    expect(readFileSync(join(tmp, "Client Desk", "Bases", "Open tasks.base"), "utf8")).toBe(mine);
    const invoices = load(readFileSync(join(tmp, "Client Desk", "Bases", "Invoices outstanding.base"), "utf8")) as { views: { summaries?: Record<string, string> }[] };
    expect(invoices.views[0].summaries?.balance).toBe("Sum");
    const again = run(["bases", "--vault", tmp]);
    expect(again.stdout).toContain("Left as it is: Client Desk/Bases/Clients by status.base");
    expect(again.stdout).not.toContain("Added");
  });
});
