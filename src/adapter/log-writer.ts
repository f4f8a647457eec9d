// Writes of the timer to log notes: one line appended (a new note made when the month has none),
// or exactly one line edited or removed, each through Vault.process on the note as it is now.
// Nothing is written when the edit cannot be made on the current text.

import { normalizePath, type TFile } from "obsidian";
import type { Entry } from "../core/shared/types";
import type { VaultContext } from "./context";
import { assertInside } from "./real-path";
import { offsetAt } from "../core/shared/zones";
import { newEntryId } from "../core/notes/timed-line";
import { appendEntry, freshId, planEntry, stopLine, type Edit, type EditProblem, type NewEntry } from "../core/time/timer";

export type Outcome =
  | { ok: true; entry: Entry | null }
  | { ok: false; problem: EditProblem | "none" | "conflict" | "no-client" | "write-failed" };

export class LogWriter {
  constructor(
    private readonly ctx: VaultContext,
    private readonly zone: () => string,
    /** Whose log notes new entries go to (docs/team.md): null for the plain ones. */
    private readonly person: () => string | null = () => null,
  ) {}

  async append(entry: NewEntry): Promise<Outcome> {
    const e: NewEntry = entry.person === undefined ? { ...entry, person: this.person() } : entry;
    const { vault } = this.ctx.app;
    const index = this.ctx.indexer.index;
    if (index.client(e.clientKey) === null) return { ok: false, problem: "no-client" };
    const target = this.planPath(e);
    assertInside(this.ctx, target);
    const existing = vault.getFileByPath(target);
    const before = existing === null ? null : await vault.read(existing);
    // Block ids are unique across the vault: the target note as it is now, and every indexed note.
    const id = freshId((x) => (before !== null && before.includes(`^${x}`)) || index.hasId(x), () => newEntryId());
    const plan = planEntry(index.layout, this.zone(), { ...e, id });
    if (existing !== null && before !== null) {
      const check = appendEntry(before, e.clientKey, plan.month, plan.path, plan.line, id);
      if (!check.ok) return check;
      let result: ReturnType<typeof appendEntry> = check;
      const text = await vault.process(existing, (data) => {
        result = appendEntry(data, e.clientKey, plan.month, plan.path, plan.line, id);
        return result.ok ? result.text : data;
      });
      if (!result.ok) return result;
      this.ctx.indexer.noteWritten(existing, text);
      return { ok: true, entry: result.entry };
    }
    const made = appendEntry(null, e.clientKey, plan.month, plan.path, plan.line, id);
    if (!made.ok) return made;
    const folder = target.slice(0, target.lastIndexOf("/"));
    if (vault.getFolderByPath(folder) === null) await vault.createFolder(folder);
    const file = await vault.create(target, made.text);
    this.ctx.indexer.noteWritten(file, made.text);
    return { ok: true, entry: made.entry };
  }

  private planPath(e: NewEntry): string {
    return normalizePath(planEntry(this.ctx.indexer.index.layout, this.zone(), { ...e, id: "cd-00000000" }).path);
  }

  /** Stops `entry` at `at` (written with the user's zone's offset at that instant). */
  stopEntry(entry: Entry, at: number): Promise<Edit> {
    const offset = offsetAt(this.zone(), at);
    return this.editLine(entry, (text) => stopLine(text, { id: entry.id, start: entry.start }, at, offset));
  }

  /**
   * Edits the line of `entry` in its note: the edit is first tried on the note as it is (nothing is
   * written when it cannot be made), then made inside Vault.process on the current text.
   */
  async editLine(entry: Entry, edit: (text: string) => Edit): Promise<Edit> {
    const { vault } = this.ctx.app;
    const file: TFile | null = vault.getFileByPath(entry.file);
    if (file === null) return { ok: false, problem: "missing" };
    assertInside(this.ctx, file.path);
    const first = edit(await vault.read(file));
    if (!first.ok) return first;
    let result: Edit = first;
    const text = await vault.process(file, (data) => {
      result = edit(data);
      return result.ok ? result.text : data;
    });
    if (result.ok) this.ctx.indexer.noteWritten(file, text);
    return result;
  }
}
