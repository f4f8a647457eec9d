// The index of clients, time entries and plan blocks. Fed one file at a time (cold start feeds
// every file; a change feeds the one file), so an update costs the size of that file only.

import type { Block, Client, Diagnostic, Entry } from "./types";
import type { ClientDefaults } from "./client-note";
import { parseClientNote } from "./client-note";
import { readFrontmatter } from "./frontmatter";
import { parseLogNote } from "./log-note";
import { parsePlanNote } from "./plan-note";
import { LogStore } from "./log-store";
import { classifyPath, type Layout } from "./paths";
import { unsafeNamePart } from "./names";

export interface IndexOptions extends Layout, ClientDefaults {}

interface ClientSlot {
  client: Client | null;
  diagnostics: Diagnostic[];
}

interface PlanSlot {
  blocks: Block[];
  diagnostics: Diagnostic[];
}

export class VaultIndex {
  private readonly clientSlots = new Map<string, ClientSlot>();
  private readonly logs = new Map<string, LogStore>();
  private readonly logDiagnostics = new Map<string, Diagnostic[]>();
  private readonly logsByClient = new Map<string, Set<string>>();
  private readonly plans = new Map<string, PlanSlot>();
  /** How many entries carry each id, to find duplicates without a scan. */
  private readonly idCounts = new Map<string, number>();
  private duplicates = 0;
  /** Bumped on every change so that views can tell whether to redraw. */
  version = 0;

  constructor(private options: IndexOptions) {}

  get layout(): Layout {
    return this.options;
  }

  /** True when the path is one the index reads; others need not be read at all. */
  wants(path: string): boolean {
    return classifyPath(path, this.options).kind !== "other";
  }

  /**
   * Adds or replaces one file. `frontmatter` is Obsidian's parsed frontmatter when there is one;
   * without it the text's own frontmatter is read.
   */
  setFile(path: string, text: string, frontmatter?: Record<string, unknown> | null): void {
    const kind = classifyPath(path, this.options);
    if (kind.kind === "other") return;
    this.removeFile(path);
    this.version++;
    if (kind.kind === "client-note") {
      const folder = kind.key;
      const read = readFrontmatter(text);
      const problem = unsafeNamePart(folder);
      if (problem !== null) {
        this.clientSlots.set(folder, {
          client: null,
          diagnostics: [
            { severity: "error", code: "folder-unsafe", file: path, line: 0, params: { name: folder, char: problem } },
          ],
        });
        return;
      }
      const data = frontmatter ?? read.data;
      const { client, diagnostics } = parseClientNote(
        { path, key: folder, folder, data, fieldLines: read.fieldLines, yamlError: frontmatter ? null : read.error },
        this.options,
      );
      this.clientSlots.set(folder, { client, diagnostics });
    } else if (kind.kind === "log") {
      if (unsafeNamePart(kind.key) !== null) return;
      const parsed = parseLogNote(path, kind.key, text);
      const store = new LogStore(path, kind.key, text, parsed.entries, parsed.positions);
      this.logs.set(path, store);
      if (parsed.diagnostics.length > 0) this.logDiagnostics.set(path, parsed.diagnostics);
      let set = this.logsByClient.get(kind.key);
      if (!set) this.logsByClient.set(kind.key, (set = new Set()));
      set.add(path);
      this.countIds(store, 1);
    } else {
      this.plans.set(path, parsePlanNote(path, text));
    }
  }

  removeFile(path: string): void {
    const kind = classifyPath(path, this.options);
    if (kind.kind === "client-note") {
      if (this.clientSlots.delete(kind.key)) this.version++;
    } else if (kind.kind === "log") {
      const store = this.logs.get(path);
      if (!store) return;
      this.countIds(store, -1);
      this.logs.delete(path);
      this.logDiagnostics.delete(path);
      this.logsByClient.get(kind.key)?.delete(path);
      this.version++;
    } else if (kind.kind === "plan") {
      if (this.plans.delete(path)) this.version++;
    }
  }

  renameFile(oldPath: string, newPath: string, text: string, frontmatter?: Record<string, unknown> | null): void {
    this.removeFile(oldPath);
    this.setFile(newPath, text, frontmatter);
  }

  private countIds(store: LogStore, delta: 1 | -1): void {
    for (const id of store.ids) {
      if (id.includes(":")) continue; // synthetic ids of lines without a block id
      const before = this.idCounts.get(id) ?? 0;
      const after = before + delta;
      if (after <= 0) this.idCounts.delete(id);
      else this.idCounts.set(id, after);
      if (before >= 2) this.duplicates -= before - 1;
      if (after >= 2) this.duplicates += after - 1;
    }
  }

  clients(): Client[] {
    const out: Client[] = [];
    for (const slot of this.clientSlots.values()) if (slot.client) out.push(slot.client);
    return out.sort((a, b) => a.name.localeCompare(b.name));
  }

  client(key: string): Client | null {
    return this.clientSlots.get(key)?.client ?? null;
  }

  /** The client a plan line or a typed name points at: folder name first, then display name. */
  findClient(ref: string): Client | null {
    const direct = this.client(ref);
    if (direct) return direct;
    // NFC: macOS and some sync tools store names decomposed; a typed link is composed.
    const norm = (s: string) => s.normalize("NFC").toLowerCase();
    const wanted = norm(ref);
    for (const slot of this.clientSlots.values()) {
      const c = slot.client;
      if (c && (norm(c.name) === wanted || norm(c.key) === wanted)) return c;
    }
    return null;
  }

  /** Entries of one client that overlap [from, to), by start. Reads only the client's logs. */
  entriesOf(key: string, from: number, to: number): Entry[] {
    const out: Entry[] = [];
    for (const path of this.logsByClient.get(key) ?? []) this.collect(this.logs.get(path), from, to, out);
    return out.sort(byStart);
  }

  /** Entries of every client that overlap [from, to), by start. */
  entriesBetween(from: number, to: number): Entry[] {
    const out: Entry[] = [];
    for (const store of this.logs.values()) this.collect(store, from, to, out);
    return out.sort(byStart);
  }

  private collect(store: LogStore | undefined, from: number, to: number, out: Entry[]): void {
    if (!store || !store.overlaps(from, to)) return;
    for (let i = 0; i < store.count; i++) {
      const end = Number.isNaN(store.end[i]) ? Infinity : store.end[i];
      if (store.start[i] < to && end > from) out.push(store.entry(i));
    }
  }

  /** Running timers (entries without an end), on every device. */
  running(): Entry[] {
    const out: Entry[] = [];
    for (const store of this.logs.values()) {
      if (store.maxEnd !== Infinity) continue;
      for (let i = 0; i < store.count; i++) if (Number.isNaN(store.end[i])) out.push(store.entry(i));
    }
    return out.sort(byStart);
  }

  /** Plan blocks that overlap [from, to), with their client resolved. */
  blocksBetween(from: number, to: number): Block[] {
    const out: Block[] = [];
    for (const plan of this.plans.values()) {
      for (const b of plan.blocks) {
        if (b.start < to && b.end > from) out.push({ ...b, clientKey: this.findClient(b.clientRef)?.key ?? null });
      }
    }
    return out.sort(byStart);
  }

  entryCount(): number {
    let n = 0;
    for (const s of this.logs.values()) n += s.count;
    return n;
  }

  /** Every diagnostic, by file and line. Duplicate ids are located here, not on every update. */
  diagnostics(): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const slot of this.clientSlots.values()) out.push(...slot.diagnostics);
    for (const list of this.logDiagnostics.values()) out.push(...list);
    for (const plan of this.plans.values()) {
      out.push(...plan.diagnostics);
      for (const b of plan.blocks) {
        if (!this.findClient(b.clientRef)) {
          out.push({
            severity: "warning",
            code: "plan-client-unknown",
            file: b.file,
            line: b.line,
            field: "client",
            params: { value: b.clientRef },
          });
        }
      }
    }
    if (this.duplicates > 0) out.push(...this.duplicateDiagnostics());
    return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  }

  private duplicateDiagnostics(): Diagnostic[] {
    const seen = new Map<string, string>();
    const out: Diagnostic[] = [];
    const paths = [...this.logs.keys()].sort();
    for (const path of paths) {
      const store = this.logs.get(path);
      if (!store) continue;
      for (let i = 0; i < store.count; i++) {
        const id = store.ids[i];
        if ((this.idCounts.get(id) ?? 0) < 2) continue;
        const first = seen.get(id);
        if (first === undefined) {
          seen.set(id, `${path}:${store.line[i]}`);
          continue;
        }
        out.push({
          severity: "error",
          code: "entry-duplicate-id",
          file: path,
          line: store.line[i],
          params: { value: id, first },
        });
      }
    }
    return out;
  }
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}
