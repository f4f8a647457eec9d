// listVault walks each folder in the order its paths sort (a folder's name with a slash), so that
// the vault's paths come out sorted without a sort of them all: the same list as walking and
// sorting every path, whatever the names (spaces, dots, dashes and other characters below "/",
// letters past ASCII).
import { describe, expect, it } from "vitest";
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { listVault } from "../../src/cli/vault-fs";
import { removeDir, tempDir } from "./helpers";

/** The plain rule: every file under `root` but dot names and links, as relative paths, sorted. */
function walkAndSort(root: string): string[] {
  const out: string[] = [];
  const visit = (rel: string) => {
    for (const d of readdirSync(rel === "" ? root : join(root, rel), { withFileTypes: true })) {
      if (d.name.startsWith(".")) continue;
      const child = rel === "" ? d.name : `${rel}/${d.name}`;
      if (d.isDirectory()) visit(child);
      else if (d.isFile()) out.push(child);
    }
  };
  visit("");
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const name = fc.stringMatching(/^[a-c -.!+0_~é]{1,3}$/).filter((n) => n !== "." && n !== ".." && !n.startsWith(".") && n.trim() === n);

describe("listVault", () => {
  it("lists every file in sorted order, as walking and sorting them all does", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(name, { minLength: 1, maxLength: 3 }), fc.boolean()), { maxLength: 25 }), (items) => {
        const root = tempDir();
        try {
          for (const [parts, folder] of items) {
            const path = join(root, ...parts);
            try {
              if (folder) mkdirSync(path, { recursive: true });
              else {
                mkdirSync(join(root, ...parts.slice(0, -1)), { recursive: true });
                writeFileSync(path, "x");
              }
            } catch {
              // A name taken by a file where a folder is wanted, or the reverse: left as it is.
            }
          }
          expect(listVault(root)).toEqual(walkAndSort(root));
        } finally {
          removeDir(root);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("skips dot names and symbolic links, and counts the files as it finds them", () => {
    const root = tempDir();
    try {
      mkdirSync(join(root, "a"), { recursive: true });
      mkdirSync(join(root, ".obsidian"), { recursive: true });
      writeFileSync(join(root, "a", "n.md"), "x");
      writeFileSync(join(root, "a-b.md"), "x");
      writeFileSync(join(root, "a.md"), "x");
      writeFileSync(join(root, ".obsidian", "app.json"), "{}");
      writeFileSync(join(root, ".hidden.md"), "x");
      symlinkSync(join(root, "a"), join(root, "link"));
      const counts: number[] = [];
      expect(listVault(root, (n) => counts.push(n))).toEqual(["a-b.md", "a.md", "a/n.md"]);
      expect(counts).toEqual([1, 2, 3]);
    } finally {
      removeDir(root);
    }
  });
});
