// Many files read in order on a worker thread while the caller parses the ones already read: at
// scale L, opening, reading and closing 67k–80k notes is a third of a command's load, and the
// index cannot use a note before its text is there. The bytes come through shared memory (a ring
// of 32 MiB) and are decoded here as readFileSync(path, "utf8") would. A file the worker did not
// read (an error, or 1 MiB and more) is read again here, so a failure is the one
// readFileSync gives, at the same file.

import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";

const RING = 32 * 1024 * 1024;
/** Fewer files than this are read here: a worker takes ~30 ms to start. */
export const READ_AHEAD_FROM = 2000;

// ctrl[0]: one past the last file the worker has read (or skipped, the reader having taken it);
// ctrl[1]: files taken by the reader. meta[2k], meta[2k + 1]: where file k starts in the ring and
// its length; −1: read it yourself. Each file is read straight into the ring, in a window of free
// room it may fill: no Buffer per file to make, copy and collect (a fifth of the worker's time at
// L). A file that fills its window, larger than a note is, is left to the reader.
// The worker may start before the paths are known (startReadAhead): they come in its first message.
const WORKER = `
const { parentPort } = require("node:worker_threads");
const { openSync, readSync, closeSync } = require("node:fs");
parentPort.once("message", ({ base, paths, ring, ctrl, meta, window }) => {
const bytes = new Uint8Array(ring);
const c = new Int32Array(ctrl);
const m = new Int32Array(meta);
const size = bytes.length;
let head = 0;
// Where the oldest file the reader has not taken starts in the ring; -1 when there is none.
function tail(k) {
  for (let j = Atomics.load(c, 1); j < k; j++) if (m[2 * j + 1] >= 0) return m[2 * j];
  return -1;
}
// Where n bytes fit now (files are never split across the ring's end), or -1.
function place(n, k) {
  const t = tail(k);
  if (t === -1) return 0;
  if (head > t) return n <= size - head ? head : n <= t ? 0 : -1;
  return n <= t - head ? head : -1;
}
// The file read into bytes[at, at + window): its length, or -1 when it fills the window.
function readInto(path, at) {
  const fd = openSync(path, "r");
  try {
    let n = 0;
    for (;;) {
      const got = readSync(fd, bytes, at + n, window - n, null);
      if (got === 0) return n;
      n += got;
      if (n === window) return -1;
    }
  } finally {
    closeSync(fd);
  }
}
try {
  for (let k = 0; k < paths.length; k++) {
    // Files the reader has taken already it read itself: go on from the first it has not.
    k = Math.max(k, Atomics.load(c, 1));
    if (k >= paths.length) break;
    let at = place(window, k);
    while (at === -1) {
      Atomics.wait(c, 1, Atomics.load(c, 1), 50);
      at = place(window, k);
    }
    let length = -1;
    try {
      length = readInto(base + paths[k], at);
    } catch {
      length = -1;
    }
    m[2 * k] = at;
    m[2 * k + 1] = length;
    if (length >= 0) head = at + length;
    Atomics.store(c, 0, k + 1);
  }
} catch {
  // Stopped: the reader reads the rest itself.
}
});
`;

/** The most a file may take of the ring: larger ones are read by the caller. */
const WINDOW = 1024 * 1024;

/** The texts of `paths` (absolute), one by one in order through `next()`. */
export interface FileReader {
  /** The text of the next file, as readFileSync(path, "utf8"); throws what readFileSync throws. */
  next(): string;
  /** Stops the worker when the caller stops early. */
  close(): void;
  /** How many files the caller's thread read itself so far (the worker had not, or could not). */
  readHere(): number;
}

function spawn(): Worker {
  const worker = new Worker(WORKER, { eval: true });
  // Nothing waits for it: a command that fails half way exits all the same.
  worker.unref();
  // A worker that stops publishes no more files: they are read here.
  worker.on("error", () => undefined);
  return worker;
}

let early: Worker | null = null;

/**
 * Starts the worker before the paths are known: it takes ~50 ms to start, about what listing a
 * vault of scale L takes, and until it runs the caller reads every file itself. The next
 * readFiles uses it (or stops it, when it reads few files).
 */
export function startReadAhead(): void {
  if (early !== null) return;
  try {
    early = spawn();
  } catch {
    early = null;
  }
}

/**
 * Reads `base` + each of `paths` on a worker thread when there are many, else here, one by one.
 * The paths go to the worker without `base`: half the bytes to copy, and no string to join per file.
 */
export function readFiles(paths: readonly string[], ahead = paths.length >= READ_AHEAD_FROM, ringBytes = RING, base = ""): FileReader {
  let k = 0;
  let self = 0;
  const here: FileReader = {
    next: () => {
      self++;
      return readFileSync(base + paths[k++], "utf8");
    },
    close: () => undefined,
    readHere: () => self,
  };
  const started = early;
  early = null;
  if (!ahead || paths.length === 0) {
    if (started !== null) void started.terminate();
    return here;
  }
  const ring = new SharedArrayBuffer(ringBytes);
  const window = Math.min(WINDOW, ringBytes);
  const ctrl = new SharedArrayBuffer(8);
  const meta = new SharedArrayBuffer(8 * paths.length);
  let worker: Worker;
  try {
    worker = started ?? spawn();
    worker.postMessage({ base, paths, ring, ctrl, meta, window });
  } catch {
    return here;
  }
  const c = new Int32Array(ctrl);
  const m = new Int32Array(meta);
  // One view of the whole ring, each text decoded from its part: no Buffer made per file.
  const text = Buffer.from(ring);
  return {
    next(): string {
      const at = k;
      let read: string | null = null;
      // A file the worker has not read yet is read here, not waited for: on a busy machine the
      // worker may get no core, and reading here is never slower than reading without it.
      if (Atomics.load(c, 0) > k) {
        const length = m[2 * k + 1];
        if (length >= 0) read = text.toString("utf8", m[2 * k], m[2 * k] + length);
      }
      k++;
      Atomics.store(c, 1, k);
      Atomics.notify(c, 1);
      if (read !== null) return read;
      self++;
      return readFileSync(base + paths[at], "utf8");
    },
    close(): void {
      void worker.terminate();
    },
    readHere: () => self,
  };
}
