// Rarely used pieces: HoverPopover, HTML sanitising (no innerHTML: DOMParser, then scripts,
// styles and on* attributes dropped) and htmlToMarkdown (text only).
import type * as O from "obsidian";
import { Component } from "./events";

export enum PopoverState {
  Showing = 0,
  Shown = 1,
  Hiding = 2,
  Hidden = 3,
}

export class HoverPopover extends Component implements O.HoverPopover {
  hoverEl: HTMLElement;
  state: O.PopoverState = PopoverState.Hidden as unknown as O.PopoverState;

  constructor(parent: O.HoverParent, _targetEl: HTMLElement | null, _waitTime?: number, _staticPos?: O.Point | null) {
    super();
    this.hoverEl = createDiv("popover hover-popover");
    parent.hoverPopover = this;
  }
}

export function sanitizeHTMLToDom(html: string): DocumentFragment {
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const el of Array.from(doc.body.querySelectorAll("script, style, iframe, object, embed"))) el.remove();
  for (const el of Array.from(doc.body.querySelectorAll("*"))) {
    for (const a of Array.from(el.attributes)) if (/^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)) el.removeAttribute(a.name);
  }
  const frag = document.createDocumentFragment();
  for (const n of Array.from(doc.body.childNodes)) frag.appendChild(document.importNode(n, true));
  return frag;
}

export function htmlToMarkdown(html: string | HTMLElement | Document | DocumentFragment): string {
  if (typeof html === "string") return sanitizeHTMLToDom(html).textContent ?? "";
  return html.textContent ?? "";
}
