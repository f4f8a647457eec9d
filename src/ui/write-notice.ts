// A write (or a template read) that may be refused (its real path outside the vault, a note gone
// meanwhile): the refusal's own message as a notice, so that a command never fails without a word.

import { Notice } from "obsidian";

export function failureText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The write's value, or null after showing why it failed. */
export async function withNotice<T>(work: Promise<T>): Promise<{ value: T } | null> {
  try {
    return { value: await work };
  } catch (e) {
    new Notice(failureText(e));
    return null;
  }
}
