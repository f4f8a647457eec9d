// The fast path of parseTimedLine for lines in the shape the plugin writes. It reads a line in
// place inside the note's text, with charCodeAt/indexOf and no regular expressions, and gives up
// (false) on anything unusual, which the full parser then reads. On every line it accepts, it gives
// exactly the full parser's result (tests compare the two on generated lines).

import { utcMillis } from "../shared/instant";
import { isSpaceCode } from "./flat-yaml";

const LBR = 91;
const RBR = 93;
const SP = 32;
const TAB = 9;
const COLON = 58;
const HASH = 35;
const CARET = 94;
const ODD_SPACE = /\s\s|[^\S ]/;
const TAG = "#non-billable";
const TAG_RE = /(^|\s)#non-billable(?=\s|$)/g;
// The full parser's test for a mistyped field (timed-line.ts, NEAR_MISS): such a line goes to it.
const NEAR_MISS = /(?:(?<!\[)\[[ \t]*(?:start|end|task|device|client)[ \t]*::?|(?:\([ \t]*|(?<![\w-]))(?:start|end|task|device|client)[ \t]*::)/i;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** What one scan found; reused from line to line so the hot loop allocates little. */
export interface Scan {
  start: number;
  startOffset: number;
  /** NaN without an end. */
  end: number;
  endOffset: number;
  task: string;
  device: string;
  client: string;
  text: string;
  billable: boolean;
  id: string;
  hasId: boolean;
}

export function newScan(): Scan {
  return { start: 0, startOffset: 0, end: NaN, endOffset: 0, task: "", device: "", client: "", text: "", billable: true, id: "", hasId: false };
}

/**
 * The last instant read. Fields of an object, not module variables: a module variable holding a
 * double (ms since 1970 is no small integer) gets a new heap number on every write, two a line.
 */
const instant = { ms: 0.5, offset: 0 };

/** The two-digit number at s[i], or NaN; digits are checked with one unsigned compare each. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >>> 0 <= 9 && b >>> 0 <= 9 ? a * 10 + b : NaN;
}

/** "2026-11-23T09:00+07:00" or with ":SS" at s[a, b); anything else (Z, milliseconds) → false. */
function readInstant(s: string, a: number, b: number): boolean {
  const n = b - a;
  if (n !== 22 && n !== 25) return false;
  if (s.charCodeAt(a + 4) !== 45 || s.charCodeAt(a + 7) !== 45 || s.charCodeAt(a + 10) !== 84 || s.charCodeAt(a + 13) !== COLON) {
    return false;
  }
  const year = two(s, a) * 100 + two(s, a + 2);
  const month = two(s, a + 5);
  const day = two(s, a + 8);
  const hour = two(s, a + 11);
  const minute = two(s, a + 14);
  let second = 0;
  let o = a + 16;
  if (n === 25) {
    if (s.charCodeAt(a + 16) !== COLON) return false;
    second = two(s, a + 17);
    o = a + 19;
  }
  const sign = s.charCodeAt(o);
  if ((sign !== 43 && sign !== 45) || s.charCodeAt(o + 3) !== COLON) return false;
  const oh = two(s, o + 1);
  const om = two(s, o + 4);
  if (Number.isNaN(year + month + day + hour + minute + second + oh + om)) return false;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59 || oh > 18 || om > 59) {
    return false;
  }
  // A line's start and end, and the lines of one day, name the same date: its check and its
  // midnight are kept from the last instant read.
  const date = (year * 13 + month) * 32 + day;
  if (date !== lastDate) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (day > (month === 2 && leap ? 29 : DAYS[month - 1])) return false;
    lastDate = date;
    lastMidnight = utcMillis(year, month, day, 0, 0, 0, 0);
  }
  const offset = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  instant.offset = offset;
  instant.ms = lastMidnight + ((hour * 60 + minute) * 60 + second) * 1000 - offset * 60000;
  return true;
}

let lastDate = -1;
let lastMidnight = 0;

function isIdChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}

function isBlank(c: number): boolean {
  return c === SP || c === TAB;
}

/** Which known key (start 0, end 1, task 2, device 3, client 4) is s[q, colon); -1 for none. */
function keyAt(s: string, q: number, colon: number): number {
  switch (colon - q) {
    case 5:
      return s.startsWith("start", q) ? 0 : -1;
    case 3:
      return s.startsWith("end", q) ? 1 : -1;
    case 4:
      return s.startsWith("task", q) ? 2 : -1;
    case 6:
      return s.startsWith("device", q) ? 3 : s.startsWith("client", q) ? 4 : -1;
    default:
      return -1;
  }
}

/** The `]` that closes a field value starting at v, skipping [[wikilinks]]; -1 when unusual. */
function valueEnd(s: string, v: number, to: number): number {
  const close = s.indexOf("]", v);
  if (close === -1 || close >= to) return -1;
  const open = s.indexOf("[", v);
  if (open === -1 || open > close) return close;
  let e = v;
  for (;;) {
    if (e >= to) return -1;
    const c = s.charCodeAt(e);
    if (c === RBR) return e;
    if (c === LBR) {
      if (s.charCodeAt(e + 1) !== LBR) return -1;
      const end = s.indexOf("]", e + 2);
      if (end === -1 || end + 1 >= to || s.charCodeAt(end + 1) !== RBR) return -1;
      e = end + 2;
      continue;
    }
    e++;
  }
}

/** Reads the line s[from, to) that starts with "- [" into `out`; false when the full parser must. */
export function scanLine(s: string, from: number, to: number, out: Scan): boolean {
  let p = from + 2;
  let startA = -1;
  let startB = -1;
  let endA = -1;
  let endB = -1;
  let task: string | null = null;
  let device: string | null = null;
  let client: string | null = null;
  let restStart = p;
  for (;;) {
    let q = p;
    while (q < to && isBlank(s.charCodeAt(q))) q++;
    if (q >= to || s.charCodeAt(q) !== LBR || s.charCodeAt(q + 1) === LBR) {
      restStart = p;
      break;
    }
    // The key runs to the first colon, which must start "::" (a key holds no colon); keys are short.
    let colon = q + 1;
    const stop = Math.min(to, q + 8);
    while (colon < stop && s.charCodeAt(colon) !== COLON) colon++;
    if (colon >= stop || s.charCodeAt(colon + 1) !== COLON || colon + 1 >= to) return false;
    const key = keyAt(s, q + 1, colon);
    if (key === -1) return false;
    let v = colon + 2;
    while (v < to && isBlank(s.charCodeAt(v))) v++;
    // A start or end is an instant of 22 or 25 characters, each of which readInstant checks (no
    // bracket among them): its "]" is found without searching.
    const e = key <= 1 && v + 22 < to && s.charCodeAt(v + 22) === RBR ? v + 22 : key <= 1 && v + 25 < to && s.charCodeAt(v + 25) === RBR ? v + 25 : valueEnd(s, v, to);
    if (e === -1) return false;
    let cut = e;
    while (cut > v && isBlank(s.charCodeAt(cut - 1))) cut--;
    if (key === 0) {
      if (startA !== -1) return false;
      startA = v;
      startB = cut;
    } else if (key === 1) {
      if (endA !== -1) return false;
      endA = v;
      endB = cut;
    } else {
      const value = s.slice(v, cut);
      if (key === 2) {
        if (task !== null) return false;
        task = value;
      } else if (key === 3) {
        if (device !== null) return false;
        device = value;
      } else {
        if (client !== null) return false;
        client = value;
      }
    }
    p = e + 1;
  }
  if (startA === -1) return false;
  if (!readInstant(s, startA, startB)) return false;
  out.start = instant.ms;
  out.startOffset = instant.offset;
  out.end = NaN;
  out.endOffset = 0;
  if (endA !== -1 && endB > endA) {
    if (!readInstant(s, endA, endB) || instant.ms <= out.start) return false;
    out.end = instant.ms;
    out.endOffset = instant.offset;
  }
  // The block id: id characters at the end of the line (blanks after them), a caret and a blank before.
  let b = to;
  while (b > restStart && isBlank(s.charCodeAt(b - 1))) b--;
  let a = b;
  while (a > restStart && isIdChar(s.charCodeAt(a - 1))) a--;
  let restEnd = to;
  out.hasId = false;
  out.id = "";
  if (a > restStart && s.charCodeAt(a - 1) === CARET) {
    const caret = a - 1;
    if (a === b || caret === restStart || !isBlank(s.charCodeAt(caret - 1))) return false;
    out.id = s.slice(a, b);
    out.hasId = true;
    restEnd = caret - 1;
  }
  // One pass over the text: a colon (a field typed wrong?), a # (the tag?), a caret that is no
  // block id, and blanks other than single spaces send the line to the careful code below.
  let plain = true;
  for (let i = restStart; i < restEnd; i++) {
    const c = s.charCodeAt(i);
    if (c === SP) {
      if (i + 1 < restEnd && s.charCodeAt(i + 1) === SP) plain = false;
    } else if (c === COLON || c === HASH || (c <= SP && isSpaceCode(c)) || (c >= 0xa0 && isSpaceCode(c))) {
      plain = false;
    } else if (c === CARET && !out.hasId) {
      return false;
    }
  }
  out.billable = true;
  if (plain) {
    let from = restStart;
    let end = restEnd;
    if (from < end && s.charCodeAt(from) === SP) from++;
    if (end > from && s.charCodeAt(end - 1) === SP) end--;
    out.text = s.slice(from, end);
  } else {
    const colons = s.indexOf("::", restStart);
    if (colons !== -1 && colons < to) return false;
    let rest = s.slice(restStart, restEnd);
    if (rest.includes(":") && NEAR_MISS.test(rest)) return false;
    if (rest.includes(TAG)) {
      const stripped = rest.replace(TAG_RE, "$1");
      if (stripped !== rest) {
        out.billable = false;
        rest = stripped;
      }
    }
    out.text = ODD_SPACE.test(rest) ? rest.replace(/\s+/g, " ").trim() : rest.trim();
  }
  out.task = task ?? "";
  out.device = device ?? "";
  out.client = client ?? "";
  return true;
}

// Lines in the plugin's shape that between them take every branch of scanLine: a start with and
// without seconds, an end, each field, a [[link]] as a value, the tag, a colon, a tab, a caret, a
// no-break space and Vietnamese letters in the text. V8 optimises scanLine after a few hundred
// lines; a call site not yet taken by then throws its optimised code away when a later line takes
// it, and it is compiled again: at scale L three times more, ~160 ms of a core while `check` needs
// both. Read a few times first, every site has been taken.
const PRIMERS = [
  "- [start:: 2026-01-05T09:00+07:00] [end:: 2026-01-05T10:00+07:00] [task:: Email] Inbox zero ^cd-abc123",
  "- [start:: 2026-01-05T09:00:30+07:00] [end:: 2026-01-05T10:00:15-05:00] [task:: [[Big task]]] [device:: mac] [client:: Acme] Call:  notes #non-billable ^cd-x1",
  "- [start:: 2026-02-28T23:00+00:00] [end:: 2026-03-01T01:00+00:00] [device:: phone] text\twith tab",
  "- [start:: 2026-01-05T09:00+07:00] [end:: 2026-01-05T10:00+07:00] [client:: [[Acme]]] plain",
  "- [start:: 2026-01-05T09:00+07:00] open entry ^abc",
  "- [start:: 2026-01-05T09:00+07:00] [end:: 2026-01-05T10:00+07:00] a ^ b",
  "- [end:: 2026-01-05T10:00+07:00] x",
  "- [start:: bad] x",
  "- [start:: 2026-01-05T09:00+07:00] [end:: 2026-01-05T10:00+07:00] [task:: Họp] Họp tuần\u00a0mới ^cd-v1",
  "- [start:: 2026-01-05T09:00+07:00] [end:: 2026-01-05T10:00+07:00] Họp tuần mới ^cd-v1",
];
const PRIMING_ROUNDS = 30;
let primed = false;

/** Reads PRIMERS, once per process, before the first note: nothing is kept of them (the date last read is a cache keyed by the date). */
export function primeScanLine(): void {
  if (primed) return;
  primed = true;
  const out = newScan();
  for (let r = 0; r < PRIMING_ROUNDS; r++) for (const l of PRIMERS) scanLine(l, 0, l.length, out);
}
