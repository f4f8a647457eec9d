// Compact storage of the timed lines of one note (a month's log or a week's plan): three numbers a
// line in one array of doubles and the text fields of every line joined into one string. Joining
// copies the text, so the note's own text is not kept alive. Tasks, devices, client fields and
// texts past Latin-1 are kept once for the whole index (text-table.ts) and named by number; a
// text met earlier in the note is stored as a reference to its first copy. Full Entry and Block
// objects are made only for query results.

import type { Block, Entry } from "../shared/types";
import type { TimedLine } from "../notes/timed-line";
import type { Scan } from "../notes/timed-line-fast";
import { linkTarget } from "../notes/timed-line";
import { syntheticId } from "../notes/log-note";
import { ownFolder, reference, SHARED, type StoreFolder } from "./text-table";
import { idKeyOfDigits } from "../shared/id-keys";

// A line's fields: id SEP task SEP [DEV device SEP] [CLI client SEP] text SEP. A field starting
// with one of these control characters is coded; a value that starts with one is escaped (ESC).
const SEP = "\u0000";
/** A reference to the first copy of the text in this store: where it starts, in base-255 digits. */
const BACK = 1;
// SHARED (2): a text of the index's table, by number in base-255 digits.
const DEV = "\u0003";
const DEV_CODE = 3;
const CLI = "\u0004";
const CLI_CODE = 4;
const ESC = "\u0005";
const ESC_CODE = 5;
/** An id "cd-…" (the plugin's own) stored without its prefix. */
const CD = "\u0006";
const CD_CODE = 6;
const LAST_CODE = 6;
/** Shorter texts are cheaper written out than referred to. */
const MIN_SHARED = 5;
// eslint-disable-next-line no-control-regex -- any character past Latin-1
const WIDE = /[^\u0000-\u00ff]/;

const OFFSET_BIAS = 1080; // offsets are within ±18:00, so offset + 1080 fits in 12 bits
/** The low 25 bits of a line's third number: the two offsets and the billable flag. */
const LOW = 2 ** 25;
/**
 * A store whose lines are all below LINE_LIMIT and whose joined text is shorter than TEXT_LIMIT
 * keeps three numbers a line: start, end, and (text × 2^12 + line) × 2^25 + offsets and flag,
 * which stays below 2^53. Any other keeps four: the text's start on its own.
 */
const LINE_LIMIT = 4096;
const TEXT_LIMIT = 65536;
/** nums[0] and nums[1] are the store's earliest start and latest end; lines follow. */
const HEAD = 2;

function numberAt(s: string, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) n = n * 255 + s.charCodeAt(k) - 1;
  return n;
}

/** The value as stored in place: escaped when it starts like a coded field. */
function plain(value: string): string {
  return value !== "" && value.charCodeAt(0) <= LAST_CODE ? ESC + value : value;
}

// One scratch buffer for every builder: a store is built in one go, so they never overlap, and the
// store keeps an exact-size copy. Four numbers a line while building: start, end, line and flags, text.
let scratch = new Float64Array(4 * 1024);

/** Collects lines, then freezes them into a LineStore. */
export class LineStoreBuilder {
  private count = 0;
  private readonly parts: string[] = [];
  private length = 0;
  private maxLine = 0;
  /** Text → where its first copy starts in the joined string. */
  private seen: Map<string, number> | null = null;

  constructor(private readonly folder: StoreFolder = ownFolder()) {}

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
    if ((this.count + 1) * 4 > scratch.length) {
      const grown = new Float64Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    const at = this.count * 4;
    scratch[at] = start;
    scratch[at + 1] = end;
    scratch[at + 2] = line * LOW + ((so + OFFSET_BIAS) * 4096 + (Number.isNaN(end) ? 0 : eo) + OFFSET_BIAS) * 2 + (billable ? 1 : 0);
    scratch[at + 3] = this.length;
    if (line > this.maxLine) this.maxLine = line;
    this.count++;
  }

  private text(id: string, task: string, device: string, client: string, note: string): void {
    // The pieces are joined once, in build(): no string is made for a line on the way.
    const parts = this.parts;
    const table = this.folder.table;
    let length = this.length;
    if (id.startsWith("cd-")) {
      const rest = id.slice(3);
      parts.push(CD, rest, SEP);
      length += rest.length + 2;
    } else {
      const i = plain(id);
      parts.push(i, SEP);
      length += i.length + 1;
    }
    if (task !== "") {
      const t = table.ref(table.intern(task));
      parts.push(t);
      length += t.length;
    }
    parts.push(SEP);
    length++;
    if (device !== "") {
      const d = table.ref(table.intern(device));
      parts.push(DEV, d, SEP);
      length += d.length + 2;
    }
    if (client !== "") {
      const c = table.ref(table.intern(client));
      parts.push(CLI, c, SEP);
      length += c.length + 2;
    }
    // One character past Latin-1 ("Họp tuần") would make the joined string take two bytes a
    // character: such texts go to the table. A text met earlier in the note points back to it.
    let n: string;
    if (WIDE.test(note)) n = table.ref(table.intern(note));
    else if (note.length < MIN_SHARED) n = plain(note);
    else {
      const seen = (this.seen ??= new Map<string, number>());
      const first = seen.get(note);
      if (first !== undefined) n = reference(BACK, first);
      else {
        n = plain(note);
        seen.set(note, length);
      }
    }
    parts.push(n, SEP);
    this.length = length + n.length + 1;
  }

  build(path: string): LineStore {
    const stride = this.maxLine < LINE_LIMIT && this.length < TEXT_LIMIT ? 3 : 4;
    let min = Infinity;
    let max = -Infinity;
    for (let k = 0; k < this.count; k++) {
      const s = scratch[k * 4];
      const e = scratch[k * 4 + 1];
      if (s < min) min = s;
      const end = Number.isNaN(e) ? Infinity : e;
      if (end > max) max = end;
    }
    // A plain array of doubles: allocated in the heap, cheaper than one ArrayBuffer per note.
    const nums: number[] = [min, max];
    for (let k = 0; k < this.count; k++) {
      const at = k * 4;
      nums.push(scratch[at], scratch[at + 1]);
      if (stride === 3) nums.push(scratch[at + 3] * 4096 * LOW + scratch[at + 2]);
      else nums.push(scratch[at + 2], scratch[at + 3]);
    }
    // push() leaves room to grow (half as much again); slice() keeps an exact-size copy.
    return new LineStore(path, this.folder, nums.slice(), this.parts.join(""), stride);
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
  constructor(
    readonly path: string,
    private readonly folder: StoreFolder,
    private readonly nums: readonly number[],
    private readonly strings: string,
    /** Numbers a line: 3, or 4 for a store too long to pack its text's start with the line. */
    private readonly stride: number,
  ) {}

  /** The client folder for a log; "" for a plan note. */
  get clientKey(): string {
    return this.folder.key;
  }

  /** The index's number for the client folder (VaultIndex.folderId); -1 for a plan note. */
  get clientId(): number {
    return this.folder.id;
  }

  get count(): number {
    return (this.nums.length - HEAD) / this.stride;
  }

  get minStart(): number {
    return this.nums[0];
  }

  /** The latest end; Infinity when an entry is running. */
  get maxEnd(): number {
    return this.nums[1];
  }

  start(i: number): number {
    return this.nums[HEAD + i * this.stride];
  }

  /** NaN while running. */
  end(i: number): number {
    return this.nums[HEAD + i * this.stride + 1];
  }

  line(i: number): number {
    const hi = Math.floor(this.nums[HEAD + i * this.stride + 2] / LOW);
    return this.stride === 3 ? hi % LINE_LIMIT : hi;
  }

  /** Where line i's fields start in the joined string. */
  private at(i: number): number {
    const k = HEAD + i * this.stride;
    return this.stride === 3 ? Math.floor(this.nums[k + 2] / (LOW * LINE_LIMIT)) : this.nums[k + 3];
  }

  overlaps(from: number, to: number): boolean {
    return this.nums.length > HEAD && this.nums[0] < to && this.nums[1] > from;
  }

  /** The written block id, or "" when the line has none. */
  id(i: number): string {
    const a = this.at(i);
    return this.idText(a, this.strings.indexOf(SEP, a));
  }

  /**
   * The key of line i's id (shared/id-keys.ts) read in place, no string made; -1 when the line has
   * no id or one that is not the plugin's. Equal to idKeyOf(id(i)).
   */
  idKey(i: number): number {
    const a = this.at(i);
    const s = this.strings;
    return s.charCodeAt(a) === CD_CODE ? idKeyOfDigits(s, a + 1, s.indexOf(SEP, a)) : -1;
  }

  private idText(a: number, b: number): string {
    const s = this.strings;
    if (a === b) return "";
    const c = s.charCodeAt(a);
    if (c === CD_CODE) return "cd-" + s.slice(a + 1, b);
    return c === ESC_CODE ? s.slice(a + 1, b) : s.slice(a, b);
  }

  /** The text of the field stored in strings[a, b): itself, a text of the table, or the first copy a reference points to. */
  private fieldText(a: number, b: number): string {
    const s = this.strings;
    if (a === b) return "";
    const c = s.charCodeAt(a);
    if (c > LAST_CODE) return s.slice(a, b);
    if (c === SHARED) return this.folder.table.text(numberAt(s, a + 1, b));
    if (c === ESC_CODE) return s.slice(a + 1, b);
    // BACK: the first copy, written out (escaped or not).
    const first = numberAt(s, a + 1, b);
    const end = s.indexOf(SEP, first);
    return s.charCodeAt(first) === ESC_CODE ? s.slice(first + 1, end) : s.slice(first, end);
  }

  /**
   * The id (the synthetic one when the line has none), task, device and text of line `i`, in one
   * pass over its text, into `out`: a week view reads these of a thousand lines on every redraw.
   */
  readTexts(i: number, out: LineTexts): void {
    const s = this.strings;
    const a = this.at(i);
    const b = s.indexOf(SEP, a);
    const c = s.indexOf(SEP, b + 1);
    out.id = b === a ? syntheticId(this.path, this.line(i)) : this.idText(a, b);
    out.task = c === b + 1 ? null : this.fieldText(b + 1, c);
    let at = c + 1;
    out.device = null;
    if (s.charCodeAt(at) === DEV_CODE) {
      const e = s.indexOf(SEP, at);
      out.device = this.fieldText(at + 1, e);
      at = e + 1;
    }
    if (s.charCodeAt(at) === CLI_CODE) at = s.indexOf(SEP, at) + 1;
    out.text = this.fieldText(at, s.indexOf(SEP, at));
  }

  /** The client field as written (plan lines), "" when there is none. */
  client(i: number): string {
    const s = this.strings;
    let at = s.indexOf(SEP, s.indexOf(SEP, this.at(i)) + 1) + 1;
    if (s.charCodeAt(at) === DEV_CODE) at = s.indexOf(SEP, at) + 1;
    return s.charCodeAt(at) === CLI_CODE ? this.fieldText(at + 1, s.indexOf(SEP, at)) : "";
  }

  /** The text (plan lines: the block's title). */
  private note(i: number): string {
    const s = this.strings;
    let at = s.indexOf(SEP, s.indexOf(SEP, this.at(i)) + 1) + 1;
    if (s.charCodeAt(at) === DEV_CODE) at = s.indexOf(SEP, at) + 1;
    if (s.charCodeAt(at) === CLI_CODE) at = s.indexOf(SEP, at) + 1;
    return this.fieldText(at, s.indexOf(SEP, at));
  }

  billable(i: number): boolean {
    return this.nums[HEAD + i * this.stride + 2] % 2 === 1;
  }

  /** Gives back every text of the table this store uses: call once, when the store is dropped. */
  release(): void {
    const s = this.strings;
    const table = this.folder.table;
    let at = 0;
    while (at < s.length) {
      let c = s.charCodeAt(at);
      if (c === DEV_CODE || c === CLI_CODE) c = s.charCodeAt(++at);
      const end = s.indexOf(SEP, at);
      if (c === SHARED) table.release(numberAt(s, at + 1, end));
      at = end + 1;
    }
  }

  entry(i: number): Entry {
    const nums = this.nums;
    const texts = ENTRY_TEXTS;
    this.readTexts(i, texts);
    // The packed numbers decoded in place without an object per entry: a week query builds about
    // a thousand entries.
    const k = HEAD + i * this.stride;
    const meta = nums[k + 2] % LOW;
    const end = nums[k + 1];
    const running = Number.isNaN(end);
    const rest = Math.floor(meta / 2);
    const e = new StoredEntry();
    e.id = texts.id;
    e.clientKey = this.folder.key;
    e.file = this.path;
    e.line = this.line(i);
    e.start = nums[k];
    e.startOffset = Math.floor(rest / 4096) - OFFSET_BIAS;
    e.end = running ? null : end;
    e.endOffset = running ? null : (rest % 4096) - OFFSET_BIAS;
    e.task = texts.task;
    e.note = texts.text;
    e.billable = meta % 2 === 1;
    e.device = texts.device;
    return e;
  }

  block(i: number): Block {
    const id = this.id(i);
    const k = HEAD + i * this.stride;
    const rest = Math.floor((this.nums[k + 2] % LOW) / 2);
    const line = this.line(i);
    const start = this.nums[k];
    const end = this.nums[k + 1];
    const startOffset = Math.floor(rest / 4096) - OFFSET_BIAS;
    const running = Number.isNaN(end);
    const b = new StoredBlock();
    b.id = id === "" ? syntheticId(this.path, line) : id;
    b.clientRef = linkTarget(this.client(i));
    b.file = this.path;
    b.line = line;
    b.start = start;
    b.startOffset = startOffset;
    b.end = running ? start : end;
    b.endOffset = running ? startOffset : (rest % 4096) - OFFSET_BIAS;
    b.title = this.note(i);
    return b;
  }
}

// Query results are made with `new`, not as object literals: V8 tracks each literal's allocation
// site, and once a query's results were kept (an invoice keeps every entry of a client) it
// allocates that site's objects in the old generation from then on ("pretenuring"). At L that
// made every later week query about twice as slow (docs/benchmarks.md). `new` has no such site.

class StoredEntry implements Entry {
  id = "";
  clientKey = "";
  file = "";
  line = 0;
  start = 0;
  startOffset = 0;
  end: number | null = null;
  endOffset: number | null = null;
  task: string | null = null;
  note = "";
  billable = false;
  device: string | null = null;
}

class StoredBlock implements Block {
  id = "";
  clientRef = "";
  clientKey: string | null = null;
  file = "";
  line = 0;
  start = 0;
  startOffset = 0;
  end = 0;
  endOffset = 0;
  title = "";
  // Set by the index for a person's plan note only; absent otherwise, as on a parsed block.
  declare person?: string;
}
