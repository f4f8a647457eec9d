// Text in the user's collation (the order of localeCompare), through one collator built on first
// use: building one costs milliseconds, and at module top level every plugin start would pay it.

let collator: Intl.Collator | null = null;

/** Negative, zero or positive as `a` sorts before, with or after `b`. */
export function collate(a: string, b: string): number {
  collator ??= new Intl.Collator();
  return collator.compare(a, b);
}
