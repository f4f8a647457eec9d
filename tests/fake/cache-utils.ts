// Helpers Obsidian exports for reading CachedMetadata and frontmatter.
import type * as O from "obsidian";

export { getLinkpath, parseLinktext } from "./metadata-cache";

export function parseFrontMatterEntry(frontmatter: unknown, key: string | RegExp): unknown {
  if (!frontmatter || typeof frontmatter !== "object") return null;
  const fm = frontmatter as Record<string, unknown>;
  if (typeof key === "string") return key in fm ? fm[key] : null;
  for (const k of Object.keys(fm)) if (key.test(k)) return fm[k];
  return null;
}

export function parseFrontMatterStringArray(frontmatter: unknown, key: string | RegExp): string[] | null {
  const v = parseFrontMatterEntry(frontmatter, key);
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string" && x.length > 0);
  if (typeof v === "string") return v.split(/[,\s]+/).filter((x) => x.length > 0);
  return null;
}

export function parseFrontMatterTags(frontmatter: unknown): string[] | null {
  const tags = parseFrontMatterStringArray(frontmatter, /^tags?$/i);
  if (!tags) return null;
  return tags.map((t) => (t.startsWith("#") ? t : `#${t}`));
}

export function parseFrontMatterAliases(frontmatter: unknown): string[] | null {
  const v = parseFrontMatterEntry(frontmatter, /^alias(es)?$/i);
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.map((x) => String(x));
  if (typeof v === "string") return v.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  return null;
}

export function getAllTags(cache: O.CachedMetadata): string[] | null {
  const out = [...(parseFrontMatterTags(cache.frontmatter) ?? []), ...(cache.tags ?? []).map((t) => t.tag)];
  return out.length > 0 ? out : null;
}

export function iterateRefs(refs: O.Reference[], cb: (ref: O.Reference) => boolean | void): boolean {
  for (const r of refs) if (cb(r)) return true;
  return false;
}

export function iterateCacheRefs(cache: O.CachedMetadata, cb: (ref: O.ReferenceCache) => boolean | void): boolean {
  for (const r of [...(cache.links ?? []), ...(cache.embeds ?? [])]) if (cb(r)) return true;
  return false;
}

export function stripHeading(heading: string): string {
  return heading.replace(/[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\]/g, " ").replace(/\s+/g, " ").trim();
}

export function stripHeadingForLink(heading: string): string {
  return heading.replace(/[#|^:%[\]\\]/g, " ").replace(/\s+/g, " ").trim();
}

export function resolveSubpath(cache: O.CachedMetadata, subpath: string): O.HeadingSubpathResult | O.BlockSubpathResult | O.FootnoteSubpathResult | null {
  if (subpath.startsWith("#^")) {
    const id = subpath.slice(2).toLowerCase();
    const block = cache.blocks?.[id];
    if (!block) return null;
    const list = cache.listItems?.find((l) => l.id?.toLowerCase() === id);
    return { type: "block", block, list, start: block.position.start, end: block.position.end };
  }
  const parts = subpath.replace(/^#/, "").split("#").map((p) => stripHeading(p).toLowerCase());
  const headings = cache.headings ?? [];
  let idx = -1;
  let from = 0;
  for (const part of parts) {
    idx = headings.findIndex((h, i) => i >= from && stripHeading(h.heading).toLowerCase() === part);
    if (idx === -1) return null;
    from = idx + 1;
  }
  const current = headings[idx];
  const next = headings.slice(idx + 1).find((h) => h.level <= current.level);
  return { type: "heading", current, next: next as O.HeadingCache, start: current.position.start, end: next ? next.position.start : null };
}
