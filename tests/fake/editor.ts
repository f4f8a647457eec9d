// A plain-text Editor (no CodeMirror): enough for commands with editorCallback.
import type * as O from "obsidian";

export class Editor implements O.Editor {
  private text = "";
  private anchor: O.EditorPosition = { line: 0, ch: 0 };
  private head: O.EditorPosition = { line: 0, ch: 0 };
  private focused = false;
  private readonly history: string[] = [];
  private readonly future: string[] = [];
  /** Called after every change (the view uses it to mark itself dirty). */
  onChange: (() => void) | null = null;

  getDoc(): this {
    return this;
  }

  refresh(): void {}

  getValue(): string {
    return this.text;
  }

  setValue(content: string): void {
    this.change(content);
    this.anchor = this.head = { line: 0, ch: 0 };
  }

  getLine(line: number): string {
    return this.text.split("\n")[line] ?? "";
  }

  setLine(n: number, text: string): void {
    this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
  }

  lineCount(): number {
    return this.text.split("\n").length;
  }

  lastLine(): number {
    return this.lineCount() - 1;
  }

  getSelection(): string {
    const [from, to] = this.ordered();
    return this.getRange(from, to);
  }

  somethingSelected(): boolean {
    return this.posToOffset(this.anchor) !== this.posToOffset(this.head);
  }

  getRange(from: O.EditorPosition, to: O.EditorPosition): string {
    return this.text.slice(this.posToOffset(from), this.posToOffset(to));
  }

  replaceSelection(replacement: string, _origin?: string): void {
    const [from, to] = this.ordered();
    this.replaceRange(replacement, from, to);
    const end = this.offsetToPos(this.posToOffset(from) + replacement.length);
    this.anchor = this.head = end;
  }

  replaceRange(replacement: string, from: O.EditorPosition, to?: O.EditorPosition, _origin?: string): void {
    const a = this.posToOffset(from);
    const b = to ? this.posToOffset(to) : a;
    this.change(this.text.slice(0, a) + replacement + this.text.slice(b));
  }

  getCursor(side: "from" | "to" | "head" | "anchor" = "head"): O.EditorPosition {
    const [from, to] = this.ordered();
    return { ...(side === "from" ? from : side === "to" ? to : side === "anchor" ? this.anchor : this.head) };
  }

  listSelections(): O.EditorSelection[] {
    return [{ anchor: { ...this.anchor }, head: { ...this.head } }];
  }

  setCursor(pos: O.EditorPosition | number, ch?: number): void {
    const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
    this.anchor = this.head = this.clip(p);
  }

  setSelection(anchor: O.EditorPosition, head?: O.EditorPosition): void {
    this.anchor = this.clip(anchor);
    this.head = this.clip(head ?? anchor);
  }

  setSelections(ranges: O.EditorSelectionOrCaret[], main = 0): void {
    const r = ranges[main] ?? ranges[0];
    if (r) this.setSelection(r.anchor, r.head);
  }

  focus(): void {
    this.focused = true;
  }

  blur(): void {
    this.focused = false;
  }

  hasFocus(): boolean {
    return this.focused;
  }

  getScrollInfo(): { top: number; left: number } {
    return { top: 0, left: 0 };
  }

  scrollTo(_x?: number | null, _y?: number | null): void {}

  scrollIntoView(_range: O.EditorRange, _center?: boolean): void {}

  undo(): void {
    const prev = this.history.pop();
    if (prev === undefined) return;
    this.future.push(this.text);
    this.text = prev;
    this.onChange?.();
  }

  redo(): void {
    const next = this.future.pop();
    if (next === undefined) return;
    this.history.push(this.text);
    this.text = next;
    this.onChange?.();
  }

  exec(_command: O.EditorCommandName): void {}

  transaction(tx: O.EditorTransaction, _origin?: string): void {
    if (tx.replaceSelection !== undefined) this.replaceSelection(tx.replaceSelection);
    const changes = (tx.changes ?? []).slice().sort((x, y) => this.posToOffset(y.from) - this.posToOffset(x.from));
    for (const c of changes) this.replaceRange(c.text, c.from, c.to);
    if (tx.selection) this.setSelection(tx.selection.from, tx.selection.to);
    if (tx.selections?.[0]) this.setSelection(tx.selections[0].from, tx.selections[0].to);
  }

  wordAt(pos: O.EditorPosition): O.EditorRange | null {
    const line = this.getLine(pos.line);
    let a = pos.ch;
    let b = pos.ch;
    while (a > 0 && /\w/.test(line[a - 1])) a--;
    while (b < line.length && /\w/.test(line[b])) b++;
    return a === b ? null : { from: { line: pos.line, ch: a }, to: { line: pos.line, ch: b } };
  }

  posToOffset(pos: O.EditorPosition): number {
    const lines = this.text.split("\n");
    let off = 0;
    for (let i = 0; i < Math.min(pos.line, lines.length); i++) off += lines[i].length + 1;
    const line = lines[Math.min(pos.line, lines.length - 1)] ?? "";
    return Math.min(off + Math.min(pos.ch, line.length), this.text.length);
  }

  offsetToPos(offset: number): O.EditorPosition {
    const before = this.text.slice(0, Math.max(0, Math.min(offset, this.text.length))).split("\n");
    return { line: before.length - 1, ch: before[before.length - 1].length };
  }

  processLines<T>(read: (line: number, lineText: string) => T | null, write: (line: number, lineText: string, value: T | null) => O.EditorChange | void, ignoreEmpty = true): void {
    const changes: O.EditorChange[] = [];
    for (let i = 0; i < this.lineCount(); i++) {
      const text = this.getLine(i);
      if (ignoreEmpty && text === "") continue;
      const v = read(i, text);
      const change = write(i, text, v);
      if (change) changes.push(change);
    }
    this.transaction({ changes });
  }

  private change(next: string): void {
    if (next === this.text) return;
    this.history.push(this.text);
    this.future.length = 0;
    this.text = next;
    this.onChange?.();
  }

  private clip(p: O.EditorPosition): O.EditorPosition {
    const line = Math.max(0, Math.min(p.line, this.lastLine()));
    return { line, ch: Math.max(0, Math.min(p.ch, this.getLine(line).length)) };
  }

  private ordered(): [O.EditorPosition, O.EditorPosition] {
    return this.posToOffset(this.anchor) <= this.posToOffset(this.head) ? [this.anchor, this.head] : [this.head, this.anchor];
  }
}
