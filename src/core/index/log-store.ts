// Compact storage of the timed lines of one note (a month's log or a week's plan): numbers in one
// Float64Array and the text fields of every line joined into one string. Joining copies the text,
// so the note's own text is not kept alive. A task or text met earlier in the note is stored as a
// reference to its first copy; client fields (plan lines) and texts past Latin-1 are kept apart.
// Full Entry and Block objects are made only for query results.

import type { Block, Entry } from "../shared/types";
import type { TimedLine } from "../notes/timed-line";
import type { Scan } from "../notes/timed-line-fast";
import { linkTarget } from "../notes/timed-line";
import { syntheticId } from "../notes/log-note";

const STRIDE = 4;
const FIELD = "\u0000";
/** Starts a field that is a reference (base-36 offset of the first copy) or, before "=", an escaped text. */
const REF = "\u0001";
const REF_CODE = 1;
/** Shorter fields are cheaper written out than referred to. */
const MIN_SHARED = 5;
// eslint-disable-next-line no-control-regex -- any character past Latin-1
const WIDE = /[^\u0000-\u00ff]/;

/**
 * The text of the field stored in s[a, b): itself, the first copy a reference points to, or a
 * text kept apart (in `apart`, by where it starts).
 */
function fieldText(s: string, a: number, b: number, apart: string): string {
  if (s.charCodeAt(a) !== REF_CODE) return s.slice(a, b);
  const mark = s.charCodeAt(a + 1);
  if (mark === 61) return s.slice(a + 2, b); // "=": an escaped text
  if (mark === 35) {
    // "#": kept apart
    const from = parseInt(s.slice(a + 2, b), 36);
    return apart.slice(from, apart.indexOf(FIELD, from));
  }
  const first = parseInt(s.slice(a + 1, b), 36);
  const end = s.indexOf(FIELD, first);
  return s.charCodeAt(first) === REF_CODE ? s.slice(first + 2, end) : s.slice(first, end);
}
const OFFSET_BIAS = 1080; // offsets are within ±18:00, so offset + 1080 fits in 12 bits

// One scratch buffer for every builder: a store is built in one go, so they never overlap, and the
// store keeps an exact-size copy.
let scratch = new Float64Array(STRIDE * 1024);

/** Collects lines, then freezes them into a LineStore. */
export class LineStoreBuilder {
  private count = 0;
  private readonly parts: string[] = [];
  private length = 0;
  /** Field text → where its first copy starts in the joined string. */
  private seen: Map<string, number> | null = null;
  private apartSeen: Map<string, number> | null = null;
  private readonly apart: string[] = [];
  private apartLength = 0;

  add(l: TimedLine, line: number): void {
    this.push(l.start, l.startOffset, l.end ?? NaN, l.endOffset ?? 0, l.billable, line);
    this.text(l.id ?? "", l.task ?? "", l.device ?? "", l.client ?? "", l.text);
  }

  /** The same as add() for a line read by the fast scanner. */
  addScan(l: Scan, line: number): void {
    this.push(l.start, l.startOffset, l.end, l.endOffset, l.billable, line);
    this.text(l.id, l.task, l.device, l.client, l.text);
  }

  private push(start: number, so: number, end: number, eo: number, billable: boolean, line: number): void {
    if ((this.count + 1) * STRIDE > scratch.length) {
      const grown = new Float64Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    const at = this.count * STRIDE;
    scratch[at] = start;
    scratch[at + 1] = end;
    scratch[at + 2] = ((line * 4096 + so + OFFSET_BIAS) * 4096 + (Number.isNaN(end) ? 0 : eo) + OFFSET_BIAS) * 2 + (billable ? 1 : 0);
    scratch[at + 3] = this.length;
    this.count++;
  }

  private text(id: string, task: string, device: string, client: string, note: string): void {
    // Each field's start in the joined string: a later line with the same task, client or text
    // points back to it instead of repeating it (a month's log names a few tasks many times).
    let at = this.length + id.length + 1;
    const t = this.shared(task, at);
    at += t.length + 1;
    const d = this.shared(device, at);
    at += d.length + 1;
    // Client fields (plan lines) are kept apart: a week names the same few many times.
    const c = client === "" ? "" : this.keptApart(client);
    at += c.length + 1;
    const n = this.shared(note, at);
    const seg = id + FIELD + t + FIELD + d + FIELD + c + FIELD + n + FIELD;
    this.parts.push(seg);
    this.length += seg.length;
  }

  /** A reference to the text in the joined texts kept apart, added there on first sight. */
  private keptApart(value: string): string {
    const seen = (this.apartSeen ??= new Map<string, number>());
    let at = seen.get(value);
    if (at === undefined) {
      at = this.apartLength;
      seen.set(value, at);
      this.apart.push(value);
      this.apartLength += value.length + 1;
    }
    return REF + "#" + at.toString(36);
  }

  /** The field as stored at `at`: a reference to an earlier copy, or the text itself (escaped when it starts like a reference). */
  private shared(value: string, at: number): string {
    // One character past Latin-1 ("Họp tuần") makes a string take two bytes a character: such
    // texts are kept apart, so that the joined string of the other fields stays one byte each.
    if (WIDE.test(value)) return this.keptApart(value);
    if (value.length < MIN_SHARED) return value.charCodeAt(0) === REF_CODE ? REF + "=" + value : value;
    const seen = (this.seen ??= new Map<string, number>());
    const first = seen.get(value);
    if (first !== undefined) return REF + first.toString(36);
    seen.set(value, at);
    return value.charCodeAt(0) === REF_CODE ? REF + "=" + value : value;
  }

  build(path: string, clientKey: string, clientId = -1): LineStore {
    // A plain array of doubles: allocated in the heap, cheaper than one ArrayBuffer per note.
    const n = this.count * STRIDE;
    const nums: number[] = [];
    for (let i = 0; i < n; i++) nums.push(scratch[i]);
    // push() leaves room to grow (half as much again); slice() keeps an exact-size copy.
    return new LineStore(path, clientKey, clientId, nums.slice(), this.parts.join(""), this.apart.length === 0 ? "" : this.apart.join(FIELD) + FIELD);
  }
}

/** What `LineStore.readTexts` fills in. */
export interface LineTexts {
  id: string;
  task: string | null;
  device: string | null;
  text: string;
}

/** The texts `entry` reads into, one object for every call. */
const ENTRY_TEXTS: LineTexts = { id: "", task: null, device: null, text: "" };

export class LineStore {
  readonly count: number;
  readonly minStart: number;
  /** The latest end; Infinity when an entry is running. */
  readonly maxEnd: number;

  constructor(
    readonly path: string,
    /** The client folder for a log; "" for a plan note. */
    readonly clientKey: string,
    /** The index's number for the client folder (VaultIndex.folderId); -1 for a plan note. */
    readonly clientId: number,
    private readonly nums: readonly number[],
    private readonly strings: string,
    /**
     * The texts kept apart (client fields, texts past Latin-1), each once, joined: a copy, since a
     * slice of the note's text would keep all of it alive. `strings` refers to one by where it starts.
     */
    private readonly apart = "",
  ) {
    this.count = nums.length / STRIDE;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < this.count; i++) {
      const s = nums[i * STRIDE];
      const e = nums[i * STRIDE + 1];
      if (s < min) min = s;
      const end = Number.isNaN(e) ? Infinity : e;
      if (end > max) max = end;
    }
    this.minStart = min;
    this.maxEnd = max;
  }

  start(i: number): number {
    return this.nums[i * STRIDE];
  }

  /** NaN while running. */
  end(i: number): number {
    return this.nums[i * STRIDE + 1];
  }

  line(i: number): number {
    return Math.floor(this.nums[i * STRIDE + 2] / (2 * 4096 * 4096));
  }

  overlaps(from: number, to: number): boolean {
    return this.count > 0 && this.minStart < to && this.maxEnd > from;
  }

  /** The written block id, or "" when the line has none. */
  id(i: number): string {
    const at = this.nums[i * STRIDE + 3];
    return this.strings.slice(at, this.strings.indexOf(FIELD, at));
  }

  /**
   * The id (the synthetic one when the line has none), task, device and text of line `i`, in one
   * pass over its text, into `out`: a week view reads these of a thousand lines on every redraw.
   */
  readTexts(i: number, out: LineTexts): void {
    const s = this.strings;
    const a = this.nums[i * STRIDE + 3];
    const b = s.indexOf(FIELD, a);
    const c = s.indexOf(FIELD, b + 1);
    const d = s.indexOf(FIELD, c + 1);
    const e = s.indexOf(FIELD, d + 1);
    out.id = b === a ? syntheticId(this.path, this.line(i)) : s.slice(a, b);
    out.task = c === b + 1 ? null : fieldText(s, b + 1, c, this.apart);
    out.device = d === c + 1 ? null : fieldText(s, c + 1, d, this.apart);
    out.text = fieldText(s, e + 1, s.indexOf(FIELD, e + 1), this.apart);
  }

  /** The client field as written (plan lines), "" when there is none. */
  client(i: number): string {
    return this.field(i, 3);
  }

  billable(i: number): boolean {
    return this.nums[i * STRIDE + 2] % 2 === 1;
  }

  /** The text field `n` (0 id, 1 task, 2 device, 3 client, 4 note) of line `i`, without splitting the rest. */
  private field(i: number, n: number): string {
    const s = this.strings;
    let at = this.nums[i * STRIDE + 3];
    for (let k = 0; k < n; k++) at = s.indexOf(FIELD, at) + 1;
    const end = s.indexOf(FIELD, at);
    return n === 0 ? s.slice(at, end) : fieldText(s, at, end, this.apart);
  }

  private times(i: number) {
    const meta = this.nums[i * STRIDE + 2];
    const billable = meta % 2 === 1;
    const rest = Math.floor(meta / 2);
    const endOffset = (rest % 4096) - OFFSET_BIAS;
    const startOffset = (Math.floor(rest / 4096) % 4096) - OFFSET_BIAS;
    const line = Math.floor(rest / (4096 * 4096));
    const end = this.nums[i * STRIDE + 1];
    return {
      line,
      billable,
      start: this.nums[i * STRIDE],
      startOffset,
      end: Number.isNaN(end) ? null : end,
      endOffset: Number.isNaN(end) ? null : endOffset,
    };
  }

  entry(i: number): Entry {
    const nums = this.nums;
    const texts = ENTRY_TEXTS;
    this.readTexts(i, texts);
    // The packed numbers decoded in place (as times() does) without an object per entry: a week
    // query builds about a thousand entries.
    const meta = nums[i * STRIDE + 2];
    const rest = Math.floor(meta / 2);
    const end = nums[i * STRIDE + 1];
    const running = Number.isNaN(end);
    return {
      id: texts.id,
      clientKey: this.clientKey,
      file: this.path,
      line: Math.floor(rest / (4096 * 4096)),
      start: nums[i * STRIDE],
      startOffset: (Math.floor(rest / 4096) % 4096) - OFFSET_BIAS,
      end: running ? null : end,
      endOffset: running ? null : (rest % 4096) - OFFSET_BIAS,
      task: texts.task,
      note: texts.text,
      billable: meta % 2 === 1,
      device: texts.device,
    };
  }

  block(i: number): Block {
    const id = this.field(i, 0);
    const client = this.field(i, 3);
    const title = this.field(i, 4);
    const t = this.times(i);
    return {
      id: id === "" ? syntheticId(this.path, t.line) : id,
      clientRef: linkTarget(client),
      clientKey: null,
      file: this.path,
      line: t.line,
      start: t.start,
      startOffset: t.startOffset,
      end: t.end ?? t.start,
      endOffset: t.endOffset ?? t.startOffset,
      title,
    };
  }
}
