// The map that ARCHITECTURE.md draws, as data: which part of src/ a file belongs to and which parts
// it may import. Imports point one way, so a part never needs a part above it.

/** The core's groups by tier: a group imports only groups of a lower tier. */
export const CORE_TIERS: readonly (readonly string[])[] = [
  ["shared"],
  ["i18n"],
  ["notes"],
  ["billing", "lifecycle", "calendar"],
  ["index"],
  ["time", "settings"],
  ["planner", "reports"],
  ["overview"],
  ["demo"],
];

const tierOf = new Map(CORE_TIERS.flatMap((groups, tier) => groups.map((g) => [g, tier] as const)));

/**
 * The part of the tree a repository-relative path belongs to: "core/<group>", "adapter", "ui",
 * "features/<feature>", "cli", "main", or null outside src/.
 */
export function partOf(rel: string): string | null {
  const p = rel.split("/");
  if (p[0] !== "src") return null;
  if (p[1] === "main.ts") return "main";
  if ((p[1] === "core" || p[1] === "features") && p.length > 3) return `${p[1]}/${p[2]}`;
  if (p[1] === "core") return "core";
  return p[1];
}

/** Why `from` may not import `to`, or null when it may. */
export function forbiddenImport(from: string, to: string): string | null {
  if (from === to) return null;
  const [fromSide, fromGroup] = from.split("/");
  const [toSide, toGroup] = to.split("/");
  if (to === "main") return "only the entry point knows the plugin class: features get a narrow Host";
  if (fromSide === "core") {
    if (toSide !== "core") return "the core imports only the core";
    const a = tierOf.get(fromGroup);
    const b = tierOf.get(toGroup);
    if (a === undefined || b === undefined) return "a core file belongs to a group of the map";
    return b < a ? null : `core/${fromGroup} may import only groups below it`;
  }
  if (fromSide === "cli") return toSide === "core" ? null : "the CLI runs on the core alone";
  if (fromSide === "adapter") return toSide === "core" ? null : "the adapter sits under the UI and the features";
  if (fromSide === "ui") return toSide === "core" || toSide === "adapter" ? null : "shared widgets know no feature";
  if (fromSide === "features") return toSide === "cli" ? "the plugin never imports the CLI" : null;
  if (fromSide === "main") return toSide === "cli" ? "the plugin never imports the CLI" : null;
  return null;
}
