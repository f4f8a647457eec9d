// Path helpers. normalizePath follows Obsidian's algorithm: backslashes become slashes, runs of
// slashes collapse, leading and trailing slashes go, an empty path becomes "/", non-breaking spaces
// (U+00A0, U+202F) become spaces, and the result is Unicode NFC.

export function normalizePath(path: string): string {
  let p = path.replace(/([\\/])+/g, "/");
  p = p.replace(/(^\/+|\/+$)/g, "");
  if (p === "") p = "/";
  p = p.replace(/\u00A0|\u202F/g, " ");
  return p.normalize("NFC");
}

/** "a/b/c.md" -> "a/b"; "c.md" -> "/" (the root). */
export function parentPath(path: string): string {
  const i = path.lastIndexOf("/");
  return i === -1 ? "/" : path.slice(0, i);
}

export function baseName(path: string): string {
  const i = path.lastIndexOf("/");
  return i === -1 ? path : path.slice(i + 1);
}

/** Extension without the dot, as Obsidian gives it ("md"); "" when there is none. */
export function extensionOf(name: string): string {
  const i = name.lastIndexOf(".");
  return i <= 0 ? "" : name.slice(i + 1);
}

export function stripExtension(name: string): string {
  const i = name.lastIndexOf(".");
  return i <= 0 ? name : name.slice(0, i);
}

export function joinPath(folder: string, name: string): string {
  return folder === "/" || folder === "" ? name : `${folder}/${name}`;
}

/** Obsidian hides dot-files and dot-folders (".obsidian", ".trash", ".git") from the vault tree. */
export function isHiddenPath(path: string): boolean {
  return path.split("/").some((seg) => seg.startsWith("."));
}
