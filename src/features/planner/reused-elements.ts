// Elements kept from one render of a view to the next, keyed by everything they show, and the
// two helpers that put them in place cheaply: a week's grid draws a thousand items a render.

/**
 * Elements of the last render by everything they show. A redraw (after any change in the vault,
 * and every minute) draws the whole week again: an item that shows the same as before keeps its
 * element, and a container whose children did not change is not touched, so the browser neither
 * builds, moves nor tears down what did not change.
 */
export class ReusedElements {
  private last = new Map<string, HTMLElement>();
  private next = new Map<string, HTMLElement>();

  /** The element that showed `key` last time, or the one `make` builds (detached). */
  take(key: string, make: () => HTMLElement): HTMLElement {
    let el = this.last.get(key);
    if (el) this.last.delete(key);
    else el = make();
    this.next.set(key, el);
    return el;
  }

  /** After a render: what it drew is what the next one may take again. */
  done(): void {
    this.last = this.next;
    this.next = new Map();
  }
}

/**
 * A new item element with its whole class list set at once: a week draws a thousand, and adding
 * classes one by one costs the first draw of a week about a tenth of its time.
 */
export function item(cls: string): HTMLElement {
  const el = createDiv();
  el.className = cls;
  return el;
}

/** Makes `container`'s children `els`, in order, moving or removing only what is out of place. */
export function arrange(container: HTMLElement, els: readonly HTMLElement[]): void {
  // Most children new (another week's blocks): one replacement is cheaper than a removal each.
  let kept = 0;
  for (const el of els) if (el.parentNode === container) kept++;
  if (kept * 2 < container.childNodes.length) {
    container.replaceChildren(...els);
    return;
  }
  let cursor = container.firstChild;
  for (const el of els) {
    if (el === cursor) cursor = cursor.nextSibling;
    else container.insertBefore(el, cursor);
  }
  while (cursor) {
    const next: ChildNode | null = cursor.nextSibling;
    cursor.remove();
    cursor = next;
  }
}
