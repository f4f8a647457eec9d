// The demo vault on a fixed clock, with task notes given states, due dates and completion dates so
// that every section of a weekly report has something in it. Shared by the report tests.
import { DEMO_CLIENTS, DEMO_SETTINGS, LINH_ZONE, demoVault } from "../../../src/core/demo";
import type { VaultIndex } from "../../../src/core/index/vault-index";
import { testIndex } from "../../support/vault";

/** Wednesday 25 November 2026, 10:14 in Ho Chi Minh City: the demo's own clock. */
export const DEMO_NOW = Date.parse("2026-11-25T03:14:00Z");

/** Task states for every demo client: [done on Thu 19 Nov, doing due Tue 24 Nov, waiting, todo overdue since 18 Nov]. */
export function taskFiles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of DEMO_CLIENTS) {
    const [a, b, c2, d] = c.tasks;
    const note = (fields: string[]) => `---\ntype: task\nclient: "[[${c.key}]]"\n${fields.join("\n")}\n---\nWritten by the test.\n`;
    const path = (name: string) => `Clients/${c.key}/Tasks/${name}.md`;
    out.set(path(a.name), note(["status: done", "completed: 2026-11-19"]));
    out.set(path(b.name), note(["status: doing", "due: 2026-11-24"]));
    out.set(path(c2.name), note(["status: waiting", 'due: "2026-12-02 17:00"']));
    if (d) out.set(path(d.name), note(["status: todo", "due: 2026-11-18"]));
  }
  return out;
}

export function reportVaultFiles(now = DEMO_NOW): Map<string, string> {
  const files = demoVault(now);
  for (const [p, t] of taskFiles()) files.set(p, t);
  return files;
}

export function indexFiles(files: Map<string, string>, zone = LINH_ZONE): VaultIndex {
  return testIndex(files, { ...DEMO_SETTINGS, timeZone: zone });
}
