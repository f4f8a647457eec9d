// Client names and folder names end up in file paths and in rendered notes; these checks keep a
// name from escaping its folder or smuggling markup, and say which character is the problem.

// Characters Obsidian refuses in file names on some platform, plus those that break links.
const FORBIDDEN = /[\\/:*?"<>|#^[\]]/;

function firstControl(name: string): string | null {
  for (const ch of name) {
    const code = ch.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return `U+${code.toString(16).padStart(4, "0")}`;
  }
  return null;
}

/** The first forbidden character or path part, or null when the name is safe as a file name. */
export function unsafeNamePart(name: string): string | null {
  if (name.trim() === "") return "\"\"";
  if (name === "." || name === ".." || name.includes("../") || name.includes("..\\")) return "..";
  const m = FORBIDDEN.exec(name);
  if (m) return m[0];
  const control = firstControl(name);
  if (control !== null) return control;
  if (name.startsWith(".") || name.endsWith(".")) return ".";
  // Windows refuses these as file names whatever the extension; a synced vault must open there.
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(name)) return name;
  if (name !== name.trim()) return "\" \"";
  return null;
}

/** A file-name-safe version of a name: forbidden characters become spaces, runs collapse. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/\.\.+/g, " ")
    .replace(new RegExp(FORBIDDEN.source, "g"), " ")
    .split("")
    .map((ch) => (firstControl(ch) === null ? ch : " "))
    .join("")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+|\.+$/g, "")
    .replace(/^(con|prn|aux|nul|com\d|lpt\d)$/i, "$1 client");
  return cleaned === "" ? "Client" : cleaned.slice(0, 120);
}
