import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { readFiles, startReadAhead } from "../../src/cli/read-ahead";
import { loadVault } from "../../src/cli/vault-fs";
import { removeDir, tempDir, writeTree } from "./helpers";

/** What reading each path here gives: its text, or the message readFileSync throws. */
function plain(paths: string[]): string[] {
  return paths.map((p) => {
    try {
      return readFileSync(p, "utf8");
    } catch (e) {
      return `! ${(e as Error).message}`;
    }
  });
}

function ahead(paths: string[], ring: number): string[] {
  const reader = readFiles(paths, true, ring);
  try {
    return paths.map(() => {
      try {
        return reader.next();
      } catch (e) {
        return `! ${(e as Error).message}`;
      }
    });
  } finally {
    reader.close();
  }
}

describe("reading files ahead on a worker", () => {
  it("gives each file's text in order, as readFileSync does, through a ring smaller than some files", () => {
    const dir = tempDir();
    try {
      fc.assert(
        fc.property(fc.array(fc.oneof(fc.string({ maxLength: 90 }), fc.constant(null)), { maxLength: 30 }), (texts) => {
          // null: no such file (ENOENT, the message readFileSync gives).
          const paths = texts.map((t, i) => join(dir, `${Math.random().toString(36).slice(2)}-${i}.md`));
          writeTree("/", Object.fromEntries(texts.flatMap((t, i) => (t === null ? [] : [[paths[i], `${t}ẞ ${t}`]]))));
          expect(ahead(paths, 64)).toEqual(plain(paths));
        }),
        { numRuns: 40 },
      );
    } finally {
      removeDir(dir);
    }
  });

  it("gives the same texts when the reader takes files the worker has not reached (it starts late)", () => {
    const dir = tempDir();
    try {
      const files = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`n${i}.md`, `note ${i} ${"x".repeat(i % 97)}`]));
      writeTree(dir, files);
      const paths = Object.keys(files).map((rel) => join(dir, rel));
      expect(ahead(paths, 4096)).toEqual(plain(paths));
    } finally {
      removeDir(dir);
    }
  });

  it("leaves a file that fills the worker's window to the reader, and reads the one just smaller", () => {
    const dir = tempDir();
    try {
      // A ring of 256 bytes: the window is the whole ring.
      const files = Object.fromEntries([0, 1, 255, 256, 257, 600, 3].map((n, i) => [`f${i}.md`, "é".repeat(n >> 1) + "x".repeat(n & 1)]));
      writeTree(dir, files);
      const paths = Object.keys(files).map((rel) => join(dir, rel));
      expect(ahead(paths, 256)).toEqual(plain(paths));
      expect(ahead(paths, 256).map((t) => Buffer.byteLength(t))).toEqual([0, 1, 255, 256, 257, 600, 3]);
    } finally {
      removeDir(dir);
    }
  });

  it("hands the paths to a worker started before they were known, which reads them all", async () => {
    const dir = tempDir();
    try {
      const files = Object.fromEntries(Array.from({ length: 2500 }, (_, i) => [`n${i}.md`, `note ${i} ${"y".repeat(i % 89)}`]));
      writeTree(dir, files);
      const paths = Object.keys(files).map((rel) => join(dir, rel));
      startReadAhead();
      const reader = readFiles(paths, true, 8 << 20);
      try {
        // Time for the worker to get the paths and read every file into the ring (~50 ms).
        await new Promise((r) => window.setTimeout(r, 1500));
        expect(paths.map(() => reader.next())).toEqual(plain(paths));
        expect(reader.readHere()).toBe(0);
      } finally {
        reader.close();
      }
    } finally {
      removeDir(dir);
    }
  }, 15_000);

  it("stops a worker started early when it is to read few files, and reads them here", () => {
    const dir = tempDir();
    try {
      writeTree(dir, { "a.md": "a", "b.md": "b" });
      const paths = [join(dir, "a.md"), join(dir, "b.md")];
      startReadAhead();
      const reader = readFiles(paths);
      expect([reader.next(), reader.next()]).toEqual(["a", "b"]);
      expect(reader.readHere()).toBe(2);
    } finally {
      removeDir(dir);
    }
  });

  it("reads a vault the same ahead and here", () => {
    const dir = tempDir();
    try {
      writeTree(dir, {
        "Clients/Acme/Acme.md": "---\ntype: client\ncurrency: USD\ntimezone: Asia/Ho_Chi_Minh\n---\n",
        "Clients/Acme/Log/2026-11.md": "- [start:: 2026-11-02T09:00+07:00] [end:: 2026-11-02T10:00+07:00] Design ^cd-aaaa0001\n",
        "Clients/Acme/Tasks/Logo.md": "---\ntype: task\nstatus: open\ndue: 2026-11-20\n---\n",
        "Notes/other.md": "no frontmatter\n",
      });
      const seen = (readAhead: boolean) => {
        const notes: string[] = [];
        const v = loadVault(dir, "/", { readAhead, eachNote: (rel, text) => notes.push(`${rel}:${text.length}`) });
        return { files: v.files, notes, diagnostics: v.index.diagnostics(), tasks: v.index.tasks() };
      };
      expect(seen(true)).toEqual(seen(false));
    } finally {
      removeDir(dir);
    }
  });

  it("parses the plan notes as it reads them when asked (check), with the same problems", () => {
    const dir = tempDir();
    try {
      writeTree(dir, {
        "Clients/Acme/Acme.md": "---\ntype: client\ncurrency: USD\ntimezone: Asia/Ho_Chi_Minh\n---\n",
        "Planner/2026-W46.md": "- [start:: 2026-11-10T09:00+07:00] [end:: 2026-11-10T10:00+07:00] [client:: [[Acme]]] Design ^cd-bbbb0001\n- [start:: 2026-11-10T11:00+07:00] [end:: 2026-11-10T10:00+07:00] [client:: [[Nobody]]] Bad\n",
        "Planner/2026-W47.md": "- [start:: 2026-11-17T09:00+07:00] [end:: 2026-11-17T10:00+07:00] [client:: [[Acme]]] Review\n",
      });
      const eager = loadVault(dir, "/", { parsePlans: true }).index;
      const lazy = loadVault(dir, "/").index;
      // Nothing is left to parse after an eager load; both notes are after a lazy one.
      expect(eager.parseShelvedPlans(0)).toBe(false);
      expect(lazy.parseShelvedPlans(0)).toBe(true);
      const problems = eager.diagnostics();
      expect(problems.length).toBeGreaterThan(0);
      expect(problems).toEqual(loadVault(dir, "/").index.diagnostics());
    } finally {
      removeDir(dir);
    }
  });
});
