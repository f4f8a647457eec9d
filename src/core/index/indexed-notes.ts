// What the index keeps of the notes it has read, by kind of note, and how the change of one file
// updates it: the file is classified by its path, its old contents taken out and its new ones read
// in, so an update costs the size of that file only. VaultIndex (vault-index.ts) adds what the
// index answers: entries and blocks of a time range, ids, tasks, and every problem found.

import type { Client, Diagnostic } from "../shared/types";
import type { ClientDefaults } from "../notes/client-note";
import { parseClientNote } from "../notes/client-note";
import { frontmatterOf } from "../notes/frontmatter";
import { scanLogInto } from "./store-scan";
import { PlanShelf, ShelvedPlan } from "./plan-shelf";
import { LineStore, LineStoreBuilder } from "./log-store";
import { StoreBuckets } from "./store-buckets";
import { TextTable, type StoreFolder } from "./text-table";
import { classifyPath, personLogPath, type Layout, type PathKind } from "../shared/paths";
import { unsafeNamePart } from "../shared/names";
import { parseTaskNote, type TaskFields } from "../notes/task-note";
import { LogCopies, type LogCopy } from "./log-copies";
import { LifecycleNotes } from "./lifecycle-index";
import { InvoiceShelf } from "./invoice-shelf";
import { IdCounts } from "./id-counts";
import { CalendarShelf } from "../calendar/calendar-shelf";
import { TeamShelf } from "./team-shelf";

export interface IndexOptions extends Layout, ClientDefaults {}

/** A client note as read: its client (null when the folder name is unsafe) and its problems. */
interface ClientRead {
  client: Client | null;
  diagnostics: Diagnostic[];
}

export class IndexedNotes {
  protected readonly clientNotes = new Map<string, ClientRead>();
  protected readonly logs = new Map<string, LineStore>();
  protected readonly logDiagnostics = new Map<string, Diagnostic[]>();
  /** Each client's log stores, in the order they came. */
  protected readonly logsByClient = new Map<string, LineStore[]>();
  protected readonly buckets = new StoreBuckets();
  /** Tasks, devices, client fields and wide texts of every store, each kept once (text-table.ts). */
  protected readonly texts = new TextTable();
  protected readonly planFolder: StoreFolder = { key: "", id: -1, table: this.texts };
  protected readonly plans = new PlanShelf();
  protected readonly taskNotes = new Map<string, { task: TaskFields; diagnostics: Diagnostic[] }>();
  /** How many entries carry each id (src/core/index/id-counts.ts). */
  protected readonly ids = new IdCounts();
  /** Lower-cased NFC display names and keys → client key, for plan lines; rebuilt lazily. */
  protected names: Map<string, string> | null = null;
  protected readonly folders = new Map<string, StoreFolder | null>();
  /** Check-in and feedback dates and communication logs (src/core/index/lifecycle-index.ts). */
  protected readonly lifecycle = new LifecycleNotes();
  protected readonly copies = new LogCopies();
  /** Invoice notes and the client notes' invoice fields (src/core/index/invoice-shelf.ts). */
  readonly invoices = new InvoiceShelf();
  /** The .ics files of the calendars folder (src/core/calendar/calendar-shelf.ts). */
  readonly calendars = new CalendarShelf();
  /** People notes and approvals (docs/team.md). */
  readonly team: TeamShelf;
  /**
   * Reads an invoice note from its text straight into its kept string, or declines it (null): the
   * CLI sets invoice-fast.ts's keptInvoice. The plugin, whose notes come with their frontmatter
   * from Obsidian's cache, leaves it unset, and out of its bundle.
   */
  invoiceFromText: ((text: string, path: string, clientKey: string) => string | null) | null = null;
  /** Bumped on every change so that views can tell whether to redraw. */
  version = 0;
  /** Bumped when a client note is added, changed or removed: what is kept per client can tell it is stale. */
  clientsVersion = 0;

  constructor(protected options: IndexOptions) {
    this.team = new TeamShelf(options, options.currency);
  }

  get layout(): Layout {
    return this.options;
  }

  /** The VA's zone, which clients without a readable zone fall back to. */
  layoutZone(): string {
    return this.options.timezone;
  }

  /** True when the path is one the index reads; others need not be read at all. */
  wants(path: string): boolean {
    return classifyPath(path, this.options).kind !== "other";
  }

  /**
   * What is derived from many notes at once is let go when any note changes: here, what `check`
   * derived from every invoice; VaultIndex adds its own.
   */
  protected letGo(): void {
    this.invoices.dropDerived();
  }

  /**
   * Adds or replaces one file. `frontmatter` is Obsidian's parsed frontmatter when there is one;
   * without it the text's own frontmatter is read.
   */
  setFile(path: string, text: string, frontmatter?: Record<string, unknown> | null): void {
    const kind = classifyPath(path, this.options);
    if (kind.kind === "other") return;
    this.remove(path, kind);
    this.version++;
    if (kind.kind === "calendar") {
      this.calendars.set(path, text);
      return;
    }
    if (kind.kind === "checkin" || kind.kind === "survey" || kind.kind === "contacts") {
      const key = this.folderKey(kind.key);
      if (key !== null) this.lifecycle.set(path, { ...kind, key }, text);
      return;
    }
    if (kind.kind === "person" || kind.kind === "approval") {
      const read = frontmatterOf(text, frontmatter);
      const note = { path, data: read.data, fieldLines: read.fieldLines, yamlError: read.error };
      if (kind.kind === "person") this.team.setPerson(note, kind.legacy);
      else this.team.setApproval(note, kind.person, kind.week);
      return;
    }
    if (kind.kind === "client-note") {
      this.clientsVersion++;
      const folder = this.folderKey(kind.key) ?? kind.key;
      const read = frontmatterOf(text, frontmatter);
      const problem = unsafeNamePart(folder);
      if (problem !== null) {
        this.clientNotes.set(folder, {
          client: null,
          diagnostics: [
            { severity: "error", code: "folder-unsafe", file: path, line: 0, params: { name: folder, char: problem } },
          ],
        });
        return;
      }
      const data = read.data;
      const { client, diagnostics } = parseClientNote(
        { path, key: folder, folder, data, fieldLines: read.fieldLines, yamlError: read.error },
        this.options,
      );
      this.clientNotes.set(folder, { client, diagnostics });
      this.invoices.setClientFields(folder, path, data, read.fieldLines, client.currency);
      this.names = null;
    } else if (kind.kind === "invoice") {
      const key = this.folderKey(kind.key);
      if (key === null) return;
      // Read from the text (no frontmatter handed in): a note as the plugin writes it may go
      // straight into its kept form, any other the full way.
      const kept = frontmatter || this.invoiceFromText === null ? null : this.invoiceFromText(text, path, key);
      if (kept !== null) {
        this.invoices.setKept(path, key, kept);
        return;
      }
      const read = frontmatterOf(text, frontmatter);
      this.invoices.setInvoice(path, key, read.data, read.fieldLines, read.error);
    } else if (kind.kind === "log") {
      const folder = this.folder(kind.key);
      if (folder === null) return;
      const key = folder.key;
      const diagnostics: Diagnostic[] = [];
      const builder = new LineStoreBuilder(folder);
      scanLogInto(path, text, diagnostics, builder);
      const store = builder.build(path);
      this.logs.set(path, store);
      this.buckets.add(store);
      if (diagnostics.length > 0) this.logDiagnostics.set(path, diagnostics);
      let list = this.logsByClient.get(key);
      if (!list) this.logsByClient.set(key, (list = []));
      list.push(store);
      this.ids.store(store, 1);
    } else if (kind.kind === "task") {
      const key = this.folderKey(kind.key);
      if (key === null) return;
      const read = frontmatterOf(text, frontmatter);
      this.taskNotes.set(path, parseTaskNote({ path, clientKey: key, data: read.data, fieldLines: read.fieldLines, yamlError: read.error }));
    } else if (kind.kind === "plan") {
      this.plans.set(new ShelvedPlan(path, kind.week, text, this.planFolder, kind.person ?? null));
    } else if (kind.kind === "log-copy") {
      const folder = this.folder(kind.key);
      if (folder === null) return;
      this.copies.set(path, { key: folder.key, month: kind.month, tool: kind.tool, main: personLogPath(this.options, folder.key, kind.month, kind.person ?? null) }, text, folder.id);
    }
  }

  removeFile(path: string): void {
    this.remove(path, classifyPath(path, this.options));
  }

  protected remove(path: string, kind: PathKind): void {
    // Any note of the index changed or gone: what check derived from every invoice is let go,
    // and so are the billed marks of its walk (kept for one `billedLine`, which the problems
    // view skips when no invoice has a period: held until then, they were several MB at M).
    if (kind.kind !== "other") this.letGo();
    if (kind.kind === "person" || kind.kind === "approval") {
      if (this.team.remove(path)) this.version++;
    } else if (kind.kind === "client-note") {
      if (this.clientNotes.delete(kind.key)) {
        this.version++;
        this.clientsVersion++;
      }
      this.invoices.removeClientFields(kind.key);
      this.names = null;
    } else if (kind.kind === "log") {
      const store = this.logs.get(path);
      if (!store) return;
      this.ids.store(store, -1);
      this.logs.delete(path);
      this.buckets.remove(store);
      this.logDiagnostics.delete(path);
      const list = this.logsByClient.get(store.clientKey);
      if (list) list.splice(list.indexOf(store), 1);
      store.release();
      this.version++;
    } else if (kind.kind === "plan") {
      if (this.plans.delete(path)) this.version++;
    } else if (kind.kind === "task") {
      if (this.taskNotes.delete(path)) this.version++;
    } else if (kind.kind === "checkin" || kind.kind === "survey" || kind.kind === "contacts") {
      if (this.lifecycle.remove(path)) this.version++;
    } else if (kind.kind === "invoice") {
      if (this.invoices.removeInvoice(path)) this.version++;
    } else if (kind.kind === "log-copy") {
      if (this.copies.remove(path)) this.version++;
    } else if (kind.kind === "calendar") {
      if (this.calendars.delete(path)) this.version++;
    }
  }

  /** Conflicted copies of log notes, by path: never counted, reported until merged. */
  logCopies(): LogCopy[] {
    return this.copies.list();
  }

  /**
   * A client folder name as one string shared by every note of the folder, or null when the name
   * is unsafe. Asked for every log note, so remembered per name. Sharing the string keeps one copy
   * in memory, and lookups by client key (a week view makes thousands) compare one hot string
   * instead of reading a copy per note from wherever the heap put it.
   */
  protected folderKey(name: string): string | null {
    return this.folder(name)?.key ?? null;
  }

  protected folder(name: string): StoreFolder | null {
    let known = this.folders.get(name);
    if (known === undefined) this.folders.set(name, (known = unsafeNamePart(name) === null ? { key: name, id: this.folders.size, table: this.texts } : null));
    return known;
  }

  /**
   * A small number for a client folder name, the same for every note of the folder and kept for
   * the life of the index (log stores carry it as `clientId`): for arrays indexed by client. -1
   * for a name no note has used.
   */
  folderId(name: string): number {
    return this.folders.get(name)?.id ?? -1;
  }

  /** How many folder numbers have been given out: every `folderId` is below. */
  get folderIds(): number {
    return this.folders.size;
  }

  renameFile(oldPath: string, newPath: string, text: string, frontmatter?: Record<string, unknown> | null): void {
    this.removeFile(oldPath);
    this.setFile(newPath, text, frontmatter);
  }
}
