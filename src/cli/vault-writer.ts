// Every write of the CLI goes through here, so that any number of CLI processes (cron jobs, scripts,
// a second terminal) and a crash at any moment never lose or cut a note:
// - the target's real path (symbolic links followed) must stay inside the vault's real path;
// - a note is changed under a lock file beside it (`.<name>.lock`, a dot file Obsidian and the
//   index ignore), taken with an exclusive create; a lock whose process has died, or that is older
//   than any write could take, is broken;
// - what no one note's lock covers (the next invoice number) takes a lock of the whole vault, a dot
//   file at its root, by the same rules (withVaultLock);
// - inside the lock the note is read again and the change is made to the text as it is now, so a
//   note another process has just created or appended to is appended to, never overwritten;
// - the new text goes to a temporary file in the same folder, flushed to disk, then renamed over
//   the note: a reader (or a crash) sees the old note or the new one, never a part.

import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { CliKey } from "./messages";
import { CommandFailure } from "./errors";
import { reason } from "./vault-fs";

/** No write holds a lock this long; an older lock was left by a process that is gone. */
const STALE_MS = 60_000;
/** How long a writer waits for a lock before giving up with a message. */
const WAIT_MS = 20_000;

let temps = 0;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

function inside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

/** `p` with the symbolic links of its existing part followed. */
function realish(p: string): string {
  let head = p;
  const tail: string[] = [];
  while (!existsSync(head)) {
    const up = dirname(head);
    if (up === head) break;
    tail.unshift(basename(head));
    head = up;
  }
  return join(realpathSync(head), ...tail);
}

function failed(rel: string, e: unknown): CommandFailure {
  return e instanceof CommandFailure ? e : new CommandFailure("cli.error.write-failed", { path: rel, reason: reason(e) });
}

export class VaultWriter {
  private readonly realRoot: string;

  constructor(
    readonly root: string,
    /** How long to wait for a note's lock; tests shorten it. */
    private readonly waitMs = WAIT_MS,
  ) {
    this.realRoot = realpathSync(root);
  }

  /**
   * The absolute path of a vault-relative note, refused when it, or the real path behind any
   * symbolic link on the way, lies outside the vault (cli.error.outside-vault), or outside the
   * vault folder `within` when one is given (cli.error.path-outside: a client's own folder).
   */
  target(rel: string, within?: string): string {
    const abs = resolve(this.root, rel);
    if (!inside(this.root, abs) || abs === this.root || !inside(this.realRoot, realish(abs))) {
      throw new CommandFailure("cli.error.outside-vault", { path: rel });
    }
    if (within !== undefined) {
      const folder = resolve(this.root, within);
      if (!inside(this.root, folder) || folder === abs || !inside(folder, abs) || !inside(realish(folder), realish(abs))) {
        throw new CommandFailure("cli.error.path-outside", { path: rel });
      }
    }
    return abs;
  }

  /** A vault-relative folder, made when missing, checked to stay inside the vault. */
  folder(rel: string): string {
    const abs = this.target(rel);
    try {
      mkdirSync(abs, { recursive: true });
    } catch (e) {
      throw failed(rel, e);
    }
    // Made now: check again with every link on the way resolved.
    if (!inside(this.realRoot, realpathSync(abs))) throw new CommandFailure("cli.error.outside-vault", { path: rel });
    return abs;
  }

  /**
   * Changes one note under its lock: `change` gets the note's text as it is now (null when there is
   * none) and returns the new text, or null to leave the note as it is. Returns both texts.
   */
  update(rel: string, change: (current: string | null) => string | null, within?: string): { before: string | null; after: string | null } {
    const abs = this.target(rel, within);
    const slash = rel.lastIndexOf("/");
    if (slash > 0) this.folder(rel.slice(0, slash));
    return this.locked(rel, join(dirname(abs), `.${basename(abs)}.lock`), () => {
      let before: string | null = null;
      try {
        before = existsSync(abs) ? readFileSync(abs, "utf8") : null;
      } catch (e) {
        throw new CommandFailure("cli.error.read-failed", { path: rel, reason: reason(e) });
      }
      const after = change(before);
      if (after !== null && after !== before) this.replace(rel, abs, after);
      return { before, after };
    });
  }

  /**
   * Moves a note to a new path inside the vault (its folder made), never over another file: false
   * when something is already there. Linked first, then unlinked, so a crash leaves it at one of the
   * two paths, never at none.
   */
  move(fromRel: string, toRel: string): boolean {
    const from = this.target(fromRel);
    const to = this.target(toRel);
    const slash = toRel.lastIndexOf("/");
    if (slash > 0) this.folder(toRel.slice(0, slash));
    try {
      linkSync(from, to);
    } catch (e) {
      if ((e as { code?: string }).code === "EEXIST") return false;
      throw failed(toRel, e);
    }
    try {
      unlinkSync(from);
    } catch (e) {
      throw failed(fromRel, e);
    }
    return true;
  }

  /** A new note; false (and nothing written) when a note is already there. */
  create(rel: string, text: string, within?: string): boolean {
    let made = false;
    this.update(
      rel,
      (current) => {
        if (current !== null) return null;
        made = true;
        return text;
      },
      within,
    );
    return made;
  }

  private replace(rel: string, abs: string, text: string): void {
    const temp = join(dirname(abs), `.${basename(abs)}.${process.pid}.${++temps}.tmp`);
    let fd: number | null = null;
    try {
      fd = openSync(temp, "wx", existsSync(abs) ? statSync(abs).mode : 0o644);
      const bytes = Buffer.from(text, "utf8");
      let at = 0;
      while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
      closeSync(fd);
      fd = null;
      renameSync(temp, abs);
    } catch (e) {
      if (fd !== null) closeSync(fd);
      try {
        unlinkSync(temp);
      } catch {
        // Never made, or already renamed.
      }
      throw failed(rel, e);
    }
  }

  /**
   * Runs `work` under a lock of the whole vault, `.client-desk-<name>.lock` at its root (a dot
   * file Obsidian and the index ignore), for what no single note's lock covers: choosing the next
   * invoice number and creating its note, so that two processes never take one number. Taken and
   * broken by the same rules as a note's lock; notes' locks may be taken inside it.
   */
  withVaultLock<T>(name: string, work: () => T): T {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`vault lock name: ${name}`);
    const lock = join(this.realRoot, `.client-desk-${name}.lock`);
    return this.locked(".", lock, work, "cli.error.vault-locked");
  }

  private locked<T>(rel: string, lock: string, work: () => T, lockedKey: CliKey = "cli.error.note-locked"): T {
    const mine = `${process.pid} ${hostname()} ${Date.now()}`;
    const giveUp = Date.now() + this.waitMs;
    for (let wait = 2; ; wait = Math.min(wait * 2, 100)) {
      try {
        const fd = openSync(lock, "wx");
        writeSync(fd, mine);
        closeSync(fd);
        break;
      } catch (e) {
        if ((e as { code?: string }).code !== "EEXIST") throw failed(rel, e);
      }
      breakIfStale(lock);
      if (Date.now() > giveUp) throw new CommandFailure(lockedKey, { path: rel, lock: basename(lock) });
      sleep(wait + Math.floor(Math.random() * wait));
    }
    try {
      return work();
    } finally {
      try {
        if (readFileSync(lock, "utf8") === mine) unlinkSync(lock);
      } catch {
        // Broken as stale by another process after a very long pause: nothing of ours is left.
      }
    }
  }
}

/**
 * A new file anywhere the user names (an export), never over an existing one: written to a
 * temporary file beside it, then linked into place, which fails if the name was taken meanwhile.
 * False when a file is already there.
 */
export function createFile(abs: string, text: string): boolean {
  const temp = join(dirname(abs), `.${basename(abs)}.${process.pid}.${++temps}.tmp`);
  try {
    const fd = openSync(temp, "wx", 0o644);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    linkSync(temp, abs);
    return true;
  } catch (e) {
    if ((e as { code?: string }).code === "EEXIST") return false;
    throw e;
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // Never made.
    }
  }
}

/** Whether a lock was left by a process that is gone (same machine) or is older than any write. */
function isStale(text: string, ageMs: number): boolean {
  if (ageMs > STALE_MS) return true;
  const [pid, host] = text.split(" ");
  if (host !== hostname() || !/^\d+$/.test(pid ?? "")) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (e) {
    return (e as { code?: string }).code === "ESRCH";
  }
}

/**
 * Breaks a stale lock. It is first renamed to a name of this process's own (only one process can
 * win that rename); if what was taken turns out to be a live lock that replaced the stale one in
 * between, it is put back without overwriting anything.
 */
function breakIfStale(lock: string): void {
  let text: string;
  let age: number;
  try {
    text = readFileSync(lock, "utf8");
    age = Date.now() - statSync(lock).mtimeMs;
  } catch {
    return;
  }
  // A lock being written has no text yet; give its writer a moment.
  if (text === "" && age < 1000) return;
  if (!isStale(text, age)) return;
  const taken = `${lock}.${process.pid}.${++temps}.stale`;
  try {
    renameSync(lock, taken);
  } catch {
    return;
  }
  try {
    const now = readFileSync(taken, "utf8");
    if (now !== text && !isStale(now, Date.now() - statSync(taken).mtimeMs)) linkSync(taken, lock);
  } catch {
    // Another writer holds a new lock already: the taken file is garbage either way.
  }
  try {
    unlinkSync(taken);
  } catch {
    // Gone already.
  }
}
