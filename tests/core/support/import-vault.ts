// A small vault for the import tests: Linh's three clients, and helpers to read the CSV fixtures
// and to apply planned appends to an in-memory set of files.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { decodeCsvBytes } from "../../../src/core/time/csv";
import type { AppendPlan } from "../../../src/core/time/import/plan";

export const LAYOUT = { clientsRoot: "Clients", plannerFolder: "Planner" };

export const CLIENT_FILES: Record<string, string> = {
  "Clients/Harbour Goods/Harbour Goods.md": "---\ntimezone: Australia/Sydney\ncurrency: AUD\nrate: 45\nrounding: 15 up\n---\n",
  "Clients/Clara Whitfield Coaching/Clara Whitfield Coaching.md": "---\ntimezone: Europe/London\ncurrency: GBP\nrate: 32.50\n---\n",
  "Clients/Brightloop/Brightloop.md": "---\nname: Brightloop\ntimezone: America/New_York\ncurrency: USD\nbilling: retainer\nretainer_fee: 1200\nretainer_hours: 20\nrate: 65\n---\n",
};

export function fixtureBytes(name: string): Uint8Array {
  // The repository root: vitest runs there (import.meta.url is not a file URL under happy-dom).
  return readFileSync(join(process.cwd(), "tests", "fixtures", "csv", name));
}

export function fixtureText(name: string): string {
  return decodeCsvBytes(fixtureBytes(name));
}

/** An index over `files` (path → text), for a user in `zone`. */
export function indexOf(files: Record<string, string>, zone = "Asia/Ho_Chi_Minh"): VaultIndex {
  const index = new VaultIndex({ ...LAYOUT, timezone: zone, currency: "USD" });
  for (const [path, text] of Object.entries(files)) index.setFile(path, text);
  return index;
}

/** Writes each plan's `after` into `files` and feeds the index. */
export function apply(files: Record<string, string>, index: VaultIndex, plans: AppendPlan[]): void {
  for (const p of plans) {
    files[p.path] = p.after;
    index.setFile(p.path, p.after);
  }
}
