// For browser entries (tests/browser/pages/*.ts): tells the harness when the page is ready.
// openPage() waits until window.__ready is not false; an error is kept in window.__pageError.

interface PageFlags {
  __ready?: boolean;
  __pageError?: string;
}

/** Runs the page's async setup; openPage() returns once it has finished (or failed). */
export function whenPageReady(setup: () => Promise<void> | void): void {
  const w = window as unknown as PageFlags;
  w.__ready = false;
  Promise.resolve()
    .then(setup)
    .catch((error: unknown) => {
      w.__pageError = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
      console.error(error);
    })
    .finally(() => {
      w.__ready = true;
    });
}
