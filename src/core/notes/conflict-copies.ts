// Where a merged conflicted copy of a log note is moved: beside the log notes, in a folder the
// index does not read, under its own name (a number added when one is there already).

export const MERGED_FOLDER = "Merged copies";

export function mergedCopyPath(copyPath: string, n = 1): string {
  const slash = copyPath.lastIndexOf("/");
  const name = copyPath.slice(slash + 1);
  const base = n > 1 ? name.replace(/\.md$/, ` ${n}.md`) : name;
  return `${copyPath.slice(0, slash)}/${MERGED_FOLDER}/${base}`;
}
