// The index's shared texts: tasks, devices, client fields and texts past Latin-1, each kept once
// for the whole vault and named by a small number in the stores that use them. A month's log
// names the same few tasks, a week's plan the same clients, and every note of the vault names the
// same devices: one copy each instead of one per note. Counted, so that a text no store uses any
// more (an edit typed letter by letter) is dropped and its number used again.

/** Starts a store's field that names a text of the table (log-store.ts). */
export const SHARED = 2;

/** A coded field: `lead` then n in base-255 digits (characters 1–255, never a separator). */
export function reference(lead: number, n: number): string {
  if (n < 255) return String.fromCharCode(lead, n + 1);
  if (n < 65025) return String.fromCharCode(lead, Math.floor(n / 255) + 1, (n % 255) + 1);
  let out = "";
  do {
    out = String.fromCharCode((n % 255) + 1) + out;
    n = Math.floor(n / 255);
  } while (n > 0);
  return String.fromCharCode(lead) + out;
}

/** The folder a store belongs to and the texts its numbers name: one object shared by its stores. */
export interface StoreFolder {
  /** The client folder for a log; "" for a plan note. */
  readonly key: string;
  /** The index's number for the client folder (VaultIndex.folderId); -1 for a plan note. */
  readonly id: number;
  readonly table: TextTable;
}

export class TextTable {
  private readonly codes = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly counts: number[] = [];
  /** Each text's reference as stores write it, made once: stores are built line by line. */
  private readonly refs: string[] = [];
  /** Numbers of dropped texts, to give out again. */
  private readonly free: number[] = [];

  /** The text's number, one more use of it counted; the text is copied when first seen. */
  intern(text: string): number {
    let code = this.codes.get(text);
    if (code !== undefined) {
      this.counts[code]++;
      return code;
    }
    // A slice of a note's text would keep the whole text alive: the table keeps a copy.
    const copy = copyOf(text);
    code = this.free.pop();
    if (code === undefined) {
      code = this.texts.length;
      this.texts.push(copy);
      this.counts.push(1);
      this.refs.push(reference(SHARED, code));
    } else {
      this.texts[code] = copy;
      this.counts[code] = 1;
    }
    this.codes.set(copy, code);
    return code;
  }

  /** How a store refers to the text of this number. */
  ref(code: number): string {
    return this.refs[code];
  }

  text(code: number): string {
    return this.texts[code];
  }

  /** One use of the text fewer; dropped at none. */
  release(code: number): void {
    if (--this.counts[code] > 0) return;
    this.codes.delete(this.texts[code]);
    this.texts[code] = "";
    this.free.push(code);
  }

  /** How many texts are kept (for tests). */
  get size(): number {
    return this.codes.size;
  }
}

/** A flat string of its own with the same characters (never a slice of a larger string). */
function copyOf(text: string): string {
  // V8 copies the characters of a slice shorter than 13; a longer one points into its parent.
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/** A folder of its own with a table of its own: for stores built outside an index. */
export function ownFolder(key = "", id = -1): StoreFolder {
  return { key, id, table: new TextTable() };
}
