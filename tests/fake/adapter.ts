// The "disk" under the fake vault and Obsidian's DataAdapter over it. Hidden paths (".obsidian/…")
// live only here; everything else is mirrored by the Vault's file tree. Writes through the adapter to
// a visible path reach the vault like a file-watcher event would.
import type * as O from "obsidian";
import { isHiddenPath, joinPath, normalizePath, parentPath } from "./path";

export type DiskData = string | Uint8Array;

export type DiskEntry =
  | { kind: "file"; data: DiskData; ctime: number; mtime: number }
  | { kind: "folder"; ctime: number; mtime: number };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function byteLength(data: DiskData): number {
  return typeof data === "string" ? encoder.encode(data).length : data.byteLength;
}

export function asText(data: DiskData): string {
  return typeof data === "string" ? data : decoder.decode(data);
}

export function asBytes(data: DiskData): Uint8Array {
  return typeof data === "string" ? encoder.encode(data) : data;
}

export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export function enoent(path: string, op = "open"): Error {
  const err = new Error(`ENOENT: no such file or directory, ${op} '${path}'`) as Error & { code: string };
  err.code = "ENOENT";
  return err;
}

/** One change of the disk, as a FileSystemAdapter's folder on a real disk would see it. */
export type DiskOp = { op: "mkdir" | "delete"; path: string } | { op: "write"; path: string; data: DiskData } | { op: "move"; from: string; to: string };

/** Flat map of path -> entry. The root folder is "/" and always exists. */
export class MemoryDisk {
  readonly entries = new Map<string, DiskEntry>();
  /** Test helper: told of every change after it is made (a test mirrors it onto a real folder). */
  onOp: ((op: DiskOp) => void) | null = null;

  constructor(readonly now: () => number = () => Date.now()) {
    this.entries.set("/", { kind: "folder", ctime: 0, mtime: 0 });
  }

  key(path: string): string {
    return path === "" ? "/" : path;
  }

  get(path: string): DiskEntry | undefined {
    return this.entries.get(this.key(path));
  }

  findInsensitive(path: string): string | undefined {
    const lower = this.key(path).toLowerCase();
    for (const k of this.entries.keys()) if (k.toLowerCase() === lower) return k;
    return undefined;
  }

  isFolder(path: string): boolean {
    return this.get(path)?.kind === "folder";
  }

  children(folder: string): string[] {
    const f = this.key(folder);
    const out: string[] = [];
    for (const k of this.entries.keys()) {
      if (k === "/") continue;
      if (parentPath(k) === f) out.push(k);
    }
    return out;
  }

  descendants(folder: string): string[] {
    const prefix = folder === "/" ? "" : `${folder}/`;
    return [...this.entries.keys()].filter((k) => k !== "/" && k.startsWith(prefix) && k !== folder);
  }

  /** Creates missing folders along the way; returns the ones it created, outermost first. */
  mkdirp(path: string): string[] {
    const made: string[] = [];
    if (path === "/" || path === "") return made;
    const parts = path.split("/");
    for (let i = 1; i <= parts.length; i++) {
      const p = parts.slice(0, i).join("/");
      const e = this.entries.get(p);
      if (e?.kind === "file") throw new Error(`EEXIST: file already exists, mkdir '${p}'`);
      if (!e) {
        const t = this.now();
        this.entries.set(p, { kind: "folder", ctime: t, mtime: t });
        made.push(p);
      }
    }
    for (const p of made) this.onOp?.({ op: "mkdir", path: p });
    return made;
  }

  write(path: string, data: DiskData, options?: O.DataWriteOptions): void {
    if (!this.isFolder(parentPath(path))) throw enoent(path);
    const old = this.entries.get(path);
    if (old?.kind === "folder") throw new Error(`EISDIR: illegal operation on a directory, open '${path}'`);
    const t = this.now();
    this.entries.set(path, {
      kind: "file",
      data: typeof data === "string" ? data : new Uint8Array(data),
      ctime: options?.ctime ?? (old?.kind === "file" ? old.ctime : t),
      mtime: options?.mtime ?? t,
    });
    this.onOp?.({ op: "write", path, data });
  }

  /** Moves an entry and everything under it. */
  move(from: string, to: string): void {
    const moved = [from, ...(this.isFolder(from) ? this.descendants(from) : [])];
    const entries = moved.map((k) => [k, this.entries.get(k)!] as const);
    for (const [k] of entries) this.entries.delete(k);
    for (const [k, e] of entries) this.entries.set(to + k.slice(from.length), e);
    this.onOp?.({ op: "move", from, to });
  }

  delete(path: string): void {
    for (const k of this.isFolder(path) ? this.descendants(path) : []) this.entries.delete(k);
    this.entries.delete(path);
    this.onOp?.({ op: "delete", path });
  }
}

export type AdapterChange = { type: "write" | "mkdir" | "delete"; path: string } | { type: "rename"; path: string; oldPath: string };

export class InMemoryAdapter implements O.DataAdapter {
  /** Set by the vault: told about changes to visible paths so the vault tree follows. */
  onChange: ((change: AdapterChange) => void) | null = null;

  constructor(
    readonly disk: MemoryDisk,
    private readonly vaultName: () => string,
  ) {}

  getName(): string {
    return this.vaultName();
  }

  async exists(normalizedPath: string, sensitive?: boolean): Promise<boolean> {
    if (sensitive) return this.disk.get(normalizedPath) !== undefined;
    return this.disk.findInsensitive(normalizedPath) !== undefined;
  }

  async stat(normalizedPath: string): Promise<O.Stat | null> {
    const e = this.disk.get(normalizedPath);
    if (!e) return null;
    return { type: e.kind, ctime: e.ctime, mtime: e.mtime, size: e.kind === "file" ? byteLength(e.data) : 0 };
  }

  async list(normalizedPath: string): Promise<O.ListedFiles> {
    const e = this.disk.get(normalizedPath);
    if (!e || e.kind !== "folder") throw enoent(normalizedPath, "scandir");
    const files: string[] = [];
    const folders: string[] = [];
    for (const k of this.disk.children(this.disk.key(normalizedPath))) {
      if (this.disk.get(k)?.kind === "folder") folders.push(k);
      else files.push(k);
    }
    return { files, folders };
  }

  async read(normalizedPath: string): Promise<string> {
    return asText(this.readEntry(normalizedPath).data);
  }

  async readBinary(normalizedPath: string): Promise<ArrayBuffer> {
    return toArrayBuffer(asBytes(this.readEntry(normalizedPath).data));
  }

  async write(normalizedPath: string, data: string, options?: O.DataWriteOptions): Promise<void> {
    this.disk.write(normalizedPath, data, options);
    this.notify({ type: "write", path: normalizedPath });
  }

  async writeBinary(normalizedPath: string, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<void> {
    this.disk.write(normalizedPath, new Uint8Array(data), options);
    this.notify({ type: "write", path: normalizedPath });
  }

  async append(normalizedPath: string, data: string, options?: O.DataWriteOptions): Promise<void> {
    const e = this.disk.get(normalizedPath);
    const before = e?.kind === "file" ? asText(e.data) : "";
    this.disk.write(normalizedPath, before + data, options);
    this.notify({ type: "write", path: normalizedPath });
  }

  async appendBinary(normalizedPath: string, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<void> {
    const e = this.disk.get(normalizedPath);
    const before = e?.kind === "file" ? asBytes(e.data) : new Uint8Array();
    const add = new Uint8Array(data);
    const out = new Uint8Array(before.length + add.length);
    out.set(before);
    out.set(add, before.length);
    this.disk.write(normalizedPath, out, options);
    this.notify({ type: "write", path: normalizedPath });
  }

  async process(normalizedPath: string, fn: (data: string) => string, options?: O.DataWriteOptions): Promise<string> {
    const next = fn(asText(this.readEntry(normalizedPath).data));
    this.disk.write(normalizedPath, next, options);
    this.notify({ type: "write", path: normalizedPath });
    return next;
  }

  getResourcePath(normalizedPath: string): string {
    return `app://fake-vault/${encodeURI(normalizedPath)}`;
  }

  async mkdir(normalizedPath: string): Promise<void> {
    for (const p of this.disk.mkdirp(normalizedPath)) this.notify({ type: "mkdir", path: p });
  }

  async trashSystem(normalizedPath: string): Promise<boolean> {
    await this.remove(normalizedPath).catch(() => this.rmdir(normalizedPath, true));
    return true;
  }

  async trashLocal(normalizedPath: string): Promise<void> {
    const target = joinPath(".trash", normalizedPath.split("/").pop() ?? normalizedPath);
    this.disk.mkdirp(".trash");
    let dest = target;
    for (let i = 1; this.disk.get(dest); i++) dest = `${target} ${i}`;
    this.disk.move(normalizedPath, dest);
    this.notify({ type: "delete", path: normalizedPath });
  }

  async rmdir(normalizedPath: string, recursive: boolean): Promise<void> {
    const e = this.disk.get(normalizedPath);
    if (!e || e.kind !== "folder") throw enoent(normalizedPath, "rmdir");
    if (!recursive && this.disk.children(normalizedPath).length > 0) throw new Error(`ENOTEMPTY: directory not empty, rmdir '${normalizedPath}'`);
    this.disk.delete(normalizedPath);
    this.notify({ type: "delete", path: normalizedPath });
  }

  async remove(normalizedPath: string): Promise<void> {
    const e = this.disk.get(normalizedPath);
    if (!e) throw enoent(normalizedPath, "unlink");
    if (e.kind === "folder") throw new Error(`EPERM: operation not permitted, unlink '${normalizedPath}'`);
    this.disk.delete(normalizedPath);
    this.notify({ type: "delete", path: normalizedPath });
  }

  async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
    if (!this.disk.get(normalizedPath)) throw enoent(normalizedPath, "rename");
    if (this.disk.get(normalizedNewPath)) throw new Error("Destination file already exists!");
    if (!this.disk.isFolder(parentPath(normalizedNewPath))) throw enoent(normalizedNewPath, "rename");
    this.disk.move(normalizedPath, normalizedNewPath);
    this.notify({ type: "rename", path: normalizedNewPath, oldPath: normalizedPath });
  }

  async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
    const e = this.disk.get(normalizedPath);
    if (!e || e.kind !== "file") throw enoent(normalizedPath, "copyfile");
    if (this.disk.get(normalizedNewPath)) throw new Error("Destination file already exists!");
    this.disk.write(normalizedNewPath, e.data);
    this.notify({ type: "write", path: normalizedNewPath });
  }

  private readEntry(path: string): Extract<DiskEntry, { kind: "file" }> {
    const e = this.disk.get(normalizePath(path));
    if (!e || e.kind !== "file") throw enoent(path);
    return e;
  }

  private notify(change: AdapterChange): void {
    const hidden = isHiddenPath(change.path) && (change.type !== "rename" || isHiddenPath(change.oldPath));
    if (!hidden) this.onChange?.(change);
  }
}

/**
 * Obsidian's desktop adapter: the same in-memory disk, plus the folder on disk the vault is said to
 * live in (getBasePath). Nothing here touches that folder; a test that wants the vault's writes to
 * land there mirrors them with MemoryDisk.onOp (tests/adapter/real-disk.ts).
 */
export class FileSystemAdapter extends InMemoryAdapter implements O.FileSystemAdapter {
  constructor(
    disk: MemoryDisk,
    vaultName: () => string,
    private readonly basePath: string,
  ) {
    super(disk, vaultName);
  }

  getBasePath(): string {
    return this.basePath;
  }

  getFullPath(normalizedPath: string): string {
    return normalizedPath === "/" || normalizedPath === "" ? this.basePath : `${this.basePath}/${normalizedPath}`;
  }

  getFilePath(normalizedPath: string): string {
    return `file://${encodeURI(this.getFullPath(normalizedPath))}`;
  }

  static readLocalFile(_path: string): Promise<ArrayBuffer> {
    return Promise.reject(new Error("FileSystemAdapter.readLocalFile is not faked"));
  }

  static mkdir(_path: string): Promise<void> {
    return Promise.reject(new Error("FileSystemAdapter.mkdir is not faked"));
  }
}
