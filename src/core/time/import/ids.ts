// Stable ids for imported entries: the same source row always gets the same block id, so importing
// a file twice adds nothing the second time.

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
const SPACE = 36 ** 8;

/** cyrb53: a fast, well-mixed 53-bit string hash (public domain, by bryc). */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export interface SourceKey {
  tool: string;
  /** The tool's user: the email when the export has one, else the name. */
  user: string;
  /** Exact instants, epoch ms. */
  start: number;
  end: number;
  description: string;
}

/** The text hashed for a row: its parts joined by NUL, which none of them can hold. */
export function sourceKeyText(k: SourceKey): string {
  return [k.tool, k.user.trim().toLowerCase(), String(k.start), String(k.end), k.description.trim()].join("\u0000");
}

/**
 * `cd-` and 8 base-36 characters of a hash of the row's tool, user, start, end and description.
 * `salt` > 0 gives the next id to try when two different rows of one file hash alike.
 */
export function importId(key: SourceKey | string, salt = 0): string {
  const text = typeof key === "string" ? key : sourceKeyText(key);
  let n = hash53(salt === 0 ? text : `${text}\u0000${salt}`) % SPACE;
  let out = "";
  for (let i = 0; i < 8; i++) {
    out = ALPHABET[n % 36] + out;
    n = Math.floor(n / 36);
  }
  return `cd-${out}`;
}
