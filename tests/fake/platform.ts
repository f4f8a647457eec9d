// Platform flags, language, debounce, the network ban and small helpers of the obsidian module.
import type * as O from "obsidian";

type PlatformFlags = typeof O.Platform;

const DESKTOP: PlatformFlags = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: "app://fake/",
};

/** Mutable like any object; tests change it with setPlatform(). */
export const Platform: PlatformFlags = { ...DESKTOP };

/** Test helper: e.g. setPlatform({ isMobile: true, isPhone: true }) or setPlatform("phone"). */
export function setPlatform(flags: Partial<PlatformFlags> | "desktop" | "phone" | "tablet"): void {
  if (flags === "desktop") Object.assign(Platform, DESKTOP);
  else if (flags === "phone" || flags === "tablet") {
    Object.assign(Platform, DESKTOP, { isDesktop: false, isDesktopApp: false, isLinux: false, isMobile: true, isMobileApp: true, isAndroidApp: true, isPhone: flags === "phone", isTablet: flags === "tablet" });
  } else Object.assign(Platform, flags);
  if (typeof document !== "undefined" && document.body) {
    document.body.toggleClass("is-mobile", Platform.isMobile);
    document.body.toggleClass("is-phone", Platform.isPhone);
    document.body.toggleClass("is-tablet", Platform.isTablet);
  }
}

export function resetPlatform(): void {
  setPlatform("desktop");
}

let language = "en";

/** Obsidian's UI language code ("en", "vi", "zh-TW", …). */
export function getLanguage(): string {
  return language;
}

/** Test helper: what getLanguage() returns from now on. */
export function setLanguage(code: string): void {
  language = code;
}

export const apiVersion = "1.13.1";

export function requireApiVersion(version: string): boolean {
  const a = apiVersion.split(".").map(Number);
  const b = version.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** Obsidian's debounce: calls cb with the latest arguments `timeout` ms after the first (or, with resetTimer, the last) call. */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): O.Debouncer<T, V> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastArgs: T | null = null;
  const run = (): V | void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (lastArgs === null) return;
    const args = lastArgs;
    lastArgs = null;
    return cb(...args);
  };
  const debounced = function (...args: [...T]) {
    lastArgs = args;
    if (timer !== null && resetTimer) {
      clearTimeout(timer);
      timer = null;
    }
    if (timer === null) timer = setTimeout(run, timeout);
    return debounced;
  } as O.Debouncer<T, V>;
  debounced.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    lastArgs = null;
    return debounced;
  };
  debounced.run = run;
  return debounced;
}

/** Every attempt to reach the network. Client Desk makes none; tests can assert this stays empty. */
export const networkAttempts: { url: string }[] = [];

function refuse(request: O.RequestUrlParam | string): never {
  const url = typeof request === "string" ? request : request.url;
  networkAttempts.push({ url });
  throw new Error(`Network access is not allowed in tests (requested ${url})`);
}

export function requestUrl(request: O.RequestUrlParam | string): O.RequestUrlResponsePromise {
  return refuse(request);
}

export function request(request: O.RequestUrlParam | string): Promise<string> {
  return refuse(request);
}

export function arrayBufferToBase64(buffer: ArrayBuffer): string {
  let s = "";
  for (const b of new Uint8Array(buffer)) s += String.fromCharCode(b);
  return btoa(s);
}

export function base64ToArrayBuffer(base64: string): ArrayBuffer {
  const s = atob(base64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out.buffer;
}

export function arrayBufferToHex(data: ArrayBuffer): string {
  return [...new Uint8Array(data)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export function hexToArrayBuffer(hex: string): ArrayBuffer {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out.buffer;
}

export async function getBlobArrayBuffer(blob: Blob): Promise<ArrayBuffer> {
  return blob.arrayBuffer();
}

export function setTooltip(el: HTMLElement, tooltip: string, options?: O.TooltipOptions): void {
  el.setAttr("aria-label", tooltip || null);
  if (options?.placement) el.setAttr("data-tooltip-position", options.placement);
}

export function displayTooltip(newTargetEl: HTMLElement, content: string | DocumentFragment, _options?: O.TooltipOptions): void {
  newTargetEl.setAttr("aria-label", typeof content === "string" ? content : (content.textContent ?? ""));
}

export class Tasks implements O.Tasks {
  private readonly promises: Promise<unknown>[] = [];
  add(callback: () => Promise<any>): void {
    this.promises.push(callback());
  }
  addPromise(promise: Promise<any>): void {
    this.promises.push(promise);
  }
  isEmpty(): boolean {
    return this.promises.length === 0;
  }
  promise(): Promise<any> {
    return Promise.all(this.promises);
  }
}
