// Builders for the notes and vaults tests read: a note's text from frontmatter lines, Linh's
// usual clients, log lines, and an index built the way the plugin and the CLI build theirs.
import { indexOptions } from "../../src/core/settings/settings";
import { VaultIndex } from "../../src/core/index/vault-index";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/shared/types";

/** The VA's zone and her clients' zones (PRODUCT.md, "Who uses it"). */
export const ZONES = {
  hcm: "Asia/Ho_Chi_Minh",
  sydney: "Australia/Sydney",
  london: "Europe/London",
  newYork: "America/New_York",
} as const;

/** A note: frontmatter lines between `---` fences, then the body. */
export function note(frontmatter: readonly string[], body = ""): string {
  return ["---", ...frontmatter, "---", ""].join("\n") + body;
}

/** Linh's clients as the tests use them: the frontmatter lines of each client note. */
export const CLIENTS = {
  harbour: ["timezone: Australia/Sydney", "currency: AUD", "rate: 45"],
  clara: ["timezone: Europe/London", "currency: GBP", "rate: 30"],
  brightloop: ["timezone: America/New_York", "currency: USD", "billing: retainer", "retainer_fee: 1200", "retainer_hours: 20", "rate: 65"],
  traSen: ["timezone: Asia/Ho_Chi_Minh", "currency: VND", "rate: 200000", "language: vi"],
} as const;

export const clientNotePath = (key: string, root = "Clients") => `${root}/${key}/${key}.md`;
export const logNotePath = (key: string, month: string, root = "Clients") => `${root}/${key}/Log/${month}.md`;

/** The plugin's data.json inside a vault folder, as the CLI finds it. */
export function settingsFile(settings: Partial<Settings>): Record<string, string> {
  return { ".obsidian/plugins/client-desk/data.json": JSON.stringify(settings) };
}

/** A finished (or, with `end` null, running) entry line in the plugin's own shape. */
export function entryLine(start: string, end: string | null, text: string, id: string, fields: Record<string, string> = {}): string {
  const inline = Object.entries(fields).map(([k, v]) => ` [${k}:: ${v}]`).join("");
  return `- [start:: ${start}]${end === null ? "" : ` [end:: ${end}]`}${inline} ${text} ^${id}`.replace(/ {2,}/g, " ");
}

/** An index with the plugin's options for these settings (by default Linh's zone, USD). */
export function testIndex(files: Iterable<readonly [string, string]> | Record<string, string> = [], settings: Partial<Settings> = {}): VaultIndex {
  const index = new VaultIndex(indexOptions({ ...DEFAULT_SETTINGS, timeZone: ZONES.hcm, ...settings }));
  const pairs = Symbol.iterator in files ? files : Object.entries(files);
  for (const [path, text] of pairs) if (index.wants(path)) index.setFile(path, text);
  return index;
}
