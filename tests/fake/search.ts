// prepareFuzzySearch / prepareSimpleSearch and the match renderers used by suggest modals.
import type * as O from "obsidian";

/** Query characters must appear in order (case-insensitive, spaces ignored). Higher score is better. */
export function prepareFuzzySearch(query: string): (text: string) => O.SearchResult | null {
  const q = query.toLowerCase().replace(/\s+/g, "");
  return (text: string) => {
    if (q === "") return { score: 0, matches: [] };
    const t = text.toLowerCase();
    const matches: O.SearchMatches = [];
    let ti = 0;
    let score = 0;
    let last = -2;
    for (const ch of q) {
      const at = t.indexOf(ch, ti);
      if (at === -1) return null;
      if (at === last + 1 && matches.length > 0) matches[matches.length - 1][1] = at + 1;
      else matches.push([at, at + 1]);
      score -= at - ti; // gaps cost
      if (at === 0 || /[\s\-_/.]/.test(t[at - 1] ?? "")) score += 1; // word starts help
      last = at;
      ti = at + 1;
    }
    score -= (t.length - q.length) * 0.01;
    return { score, matches };
  };
}

/** Every space-separated word of the query must be a substring (case-insensitive). */
export function prepareSimpleSearch(query: string): (text: string) => O.SearchResult | null {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  return (text: string) => {
    const t = text.toLowerCase();
    const matches: O.SearchMatches = [];
    let score = 0;
    for (const w of words) {
      const at = t.indexOf(w);
      if (at === -1) return null;
      matches.push([at, at + w.length]);
      score -= at * 0.001;
    }
    matches.sort((a, b) => a[0] - b[0]);
    return { score, matches };
  };
}

export function sortSearchResults(results: O.SearchResultContainer[]): void {
  results.sort((a, b) => b.match.score - a.match.score);
}

export function renderMatches(el: HTMLElement | DocumentFragment, text: string, matches: O.SearchMatches | null, offset = 0): void {
  let pos = 0;
  for (const [rawStart, rawEnd] of matches ?? []) {
    const start = Math.max(rawStart + offset, 0);
    const end = Math.min(rawEnd + offset, text.length);
    if (end <= pos) continue;
    if (start > pos) el.appendText(text.slice(pos, start));
    el.createSpan({ cls: "suggestion-highlight", text: text.slice(Math.max(start, pos), end) });
    pos = end;
  }
  if (pos < text.length) el.appendText(text.slice(pos));
}

export function renderResults(el: HTMLElement, text: string, result: O.SearchResult, offset?: number): void {
  renderMatches(el, text, result.matches, offset);
}
