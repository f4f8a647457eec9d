// Where things live in the vault (docs/vault-format.md), as pure path arithmetic.

export type PathKind =
  | { kind: "client-note"; key: string }
  | { kind: "log"; key: string; month: string }
  | { kind: "plan"; week: string }
  | { kind: "other" };

export interface Layout {
  clientsRoot: string;
  plannerFolder: string;
}

function trimSlashes(p: string): string {
  return p.replace(/^\/+|\/+$/g, "");
}

export function classifyPath(path: string, layout: Layout): PathKind {
  if (!path.endsWith(".md")) return { kind: "other" };
  const root = trimSlashes(layout.clientsRoot);
  const planner = trimSlashes(layout.plannerFolder);
  const parts = path.split("/");
  const rootParts = root === "" ? [] : root.split("/");
  if (startsWith(parts, rootParts)) {
    const rest = parts.slice(rootParts.length);
    if (rest.length === 2 && rest[1] === `${rest[0]}.md`) return { kind: "client-note", key: rest[0] };
    if (rest.length === 3 && rest[1] === "Log" && /^\d{4}-\d{2}\.md$/.test(rest[2])) {
      return { kind: "log", key: rest[0], month: rest[2].slice(0, 7) };
    }
  }
  const plannerParts = planner === "" ? [] : planner.split("/");
  if (startsWith(parts, plannerParts) && parts.length === plannerParts.length + 1) {
    const m = /^(\d{4}-W\d{2})\.md$/.exec(parts[parts.length - 1]);
    if (m) return { kind: "plan", week: m[1] };
  }
  return { kind: "other" };
}

function startsWith(parts: string[], prefix: string[]): boolean {
  if (parts.length <= prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (parts[i] !== prefix[i]) return false;
  return true;
}

function join(...parts: string[]): string {
  return parts.map(trimSlashes).filter((p) => p !== "").join("/");
}

export function clientFolderPath(layout: Layout, key: string): string {
  return join(layout.clientsRoot, key);
}

export function clientNotePath(layout: Layout, key: string): string {
  return join(layout.clientsRoot, key, `${key}.md`);
}

export function logNotePath(layout: Layout, key: string, month: string): string {
  return join(layout.clientsRoot, key, "Log", `${month}.md`);
}

export function planNotePath(layout: Layout, week: string): string {
  return join(layout.plannerFolder, `${week}.md`);
}
