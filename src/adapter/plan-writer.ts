// The planner's writes to weekly plan notes: a block appended (the week's note made with
// vault.create when missing), or exactly one block line retimed or removed, each through
// Vault.process on the note as it is now (src/core/planner/plan-edit.ts). Writes run one after another, so
// two quick keystrokes never edit from the same stale text; a refused edit is told to `tell` (the
// planner shows it in a notice).

import { normalizePath, type TFile } from "obsidian";
import type { MessageKey, Params } from "../core/i18n";
import type { VaultContext } from "./context";
import { addBlock, blockLine, deleteBlock, retimeBlock, type BlockEdit, type BlockEditProblem, type BlockRef } from "../core/planner/plan-edit";
import { planNotePath } from "../core/shared/paths";
import { weekOf } from "../core/shared/week";
import { offsetAt } from "../core/shared/zones";
import { userZone } from "../core/settings/settings";
import { newEntryId } from "../core/notes/timed-line";
import { freshId } from "../core/time/timer";
import { OutsideVaultError, assertInside } from "./real-path";

export type PlanOutcome = { ok: true; file: string } | { ok: false; problem: BlockEditProblem | "write-failed" };

export interface NewBlock {
  clientKey: string;
  start: number;
  end: number;
  title: string | null;
  /** Whose own plan note (`Planner/2026-W48 ana.md`, docs/team.md); null or absent: the plain note. */
  person?: string | null;
}

/** A block as the view knows it: where its line was and what it said. */
export interface PlacedBlock extends BlockRef {
  file: string;
}

export class PlanWriter {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ctx: VaultContext,
    /** Says why a write was refused or failed. */
    private readonly tell: (key: MessageKey, params: Params) => void,
  ) {}

  private zone(): string {
    return userZone(this.ctx.settings);
  }

  /** Resolves when every write asked for so far has finished. */
  async whenIdle(): Promise<void> {
    await this.queue;
  }

  create(b: NewBlock): Promise<PlanOutcome> {
    const path = normalizePath(planNotePath(this.ctx.indexer.index.layout, weekOf(b.start, this.zone(), this.ctx.settings.weekStart), b.person ?? null));
    return this.run(path, "", async () => {
      assertInside(this.ctx, path);
      const { vault } = this.ctx.app;
      const index = this.ctx.indexer.index;
      const week = weekOf(b.start, this.zone(), this.ctx.settings.weekStart);
      const file = vault.getFileByPath(path);
      const before = file === null ? null : await vault.read(file);
      // Block ids are unique across the vault: the note as it is now, and every indexed note.
      const id = freshId((x) => (before !== null && before.includes(`^${x}`)) || index.hasId(x), () => newEntryId());
      const zone = this.zone();
      const line = blockLine({ id, clientKey: b.clientKey, start: b.start, startOffset: offsetAt(zone, b.start), end: b.end, endOffset: offsetAt(zone, b.end), title: b.title });
      if (file === null) {
        const made = addBlock(null, week, line, id);
        if (!made.ok) return made;
        const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
        if (folder !== "" && vault.getFolderByPath(folder) === null) await vault.createFolder(folder);
        const created = await vault.create(path, made.text);
        this.ctx.indexer.noteWritten(created, made.text);
        return made;
      }
      return this.process(file, (text) => addBlock(text, week, line, id));
    });
  }

  retime(b: PlacedBlock, start: number, end: number): Promise<PlanOutcome> {
    const zone = this.zone();
    return this.edit(b, (text) => retimeBlock(text, b, start, offsetAt(zone, start), end, offsetAt(zone, end)));
  }

  remove(b: PlacedBlock): Promise<PlanOutcome> {
    return this.edit(b, (text) => deleteBlock(text, b));
  }

  private edit(b: PlacedBlock, change: (text: string) => BlockEdit): Promise<PlanOutcome> {
    return this.run(b.file, b.id, async (path) => {
      const file = this.ctx.app.vault.getFileByPath(path);
      if (file === null) return { ok: false, problem: "missing" };
      assertInside(this.ctx, file.path);
      return this.process(file, change);
    });
  }

  /** The edit is first tried on the note as it is (nothing written when it cannot be made), then made on the current text. */
  private async process(file: TFile, change: (text: string) => BlockEdit): Promise<BlockEdit> {
    const { vault } = this.ctx.app;
    const first = change(await vault.read(file));
    if (!first.ok) return first;
    let result: BlockEdit = first;
    const text = await vault.process(file, (data) => {
      result = change(data);
      return result.ok ? result.text : data;
    });
    if (result.ok) this.ctx.indexer.noteWritten(file, text);
    return result;
  }

  private run(path: string, id: string, job: (path: string) => Promise<BlockEdit>): Promise<PlanOutcome> {
    const guarded = async (): Promise<PlanOutcome> => {
      try {
        const r = await job(path);
        if (r.ok) return { ok: true, file: path };
        this.tell(`planner.notice.${r.problem}`, { file: path, id });
        return r;
      } catch (e) {
        if (e instanceof OutsideVaultError) {
          this.tell(e.key, e.params);
          return { ok: false, problem: "write-failed" };
        }
        console.error(e);
        this.tell("planner.notice.write-failed", { file: path, reason: e instanceof Error ? e.message : String(e) });
        return { ok: false, problem: "write-failed" };
      }
    };
    const next = this.queue.then(guarded, guarded);
    this.queue = next;
    return next;
  }
}
