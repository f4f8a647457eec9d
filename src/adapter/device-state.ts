// What the timer keeps on this device only (app.saveLocalStorage, never the vault, never synced):
// the device's name, written on the timers started here, the last user activity seen, so the
// idle question after a restart can propose when the user stopped working, and when a Pomodoro
// break ends, so a restart still says when it is over.

import { Platform, type App } from "obsidian";
import type { MessageKey } from "../core/i18n";
import { newEntryId, sanitizeInline } from "../core/notes/timed-line";

const DEVICE_KEY = "client-desk-device";
const ACTIVITY_KEY = "client-desk-activity";
const BREAK_KEY = "client-desk-pomodoro-break";
const SAVE_ACTIVITY_MS = 60_000;
const SAVE_SEEN_MS = 5 * 60_000;

export interface SavedActivity {
  /** The last key, pointer or wheel activity saved before the restart. */
  activity: number | null;
  /** When the plugin last saw itself running. */
  seen: number | null;
}

export class DeviceState {
  /** The last activity of this session. */
  lastActivity: number | null = null;
  saved: SavedActivity = { activity: null, seen: null };
  private lastSaveAt = 0;
  private savedActivity: number | null = null;
  private device: string | null = null;

  constructor(
    private readonly app: App,
    /** "Mac", "iPhone"…, in the UI's language: the start of a default name. */
    private readonly platformName: () => string,
  ) {}

  /** This device's name: set in the settings tab, else made once from the platform. */
  name(): string {
    if (this.device !== null) return this.device;
    const stored: unknown = this.app.loadLocalStorage(DEVICE_KEY);
    if (typeof stored === "string" && sanitizeInline(stored) !== "") {
      this.device = sanitizeInline(stored);
      return this.device;
    }
    const made = `${this.platformName()} (${newEntryId().slice(3, 7)})`;
    this.app.saveLocalStorage(DEVICE_KEY, made);
    this.device = made;
    return made;
  }

  /** Renames this device; an empty name makes a new default one. Returns the name in force. */
  rename(name: string): string {
    const clean = sanitizeInline(name).replace(/\s+/g, " ");
    this.app.saveLocalStorage(DEVICE_KEY, clean === "" ? null : clean);
    this.device = null;
    return this.name();
  }

  /** Reads what the last session saved. */
  load(): void {
    const raw: unknown = this.app.loadLocalStorage(ACTIVITY_KEY);
    if (raw && typeof raw === "object") {
      const o = raw as Record<string, unknown>;
      const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
      this.saved = { activity: num(o.activity), seen: num(o.seen) };
    } else {
      this.saved = { activity: null, seen: null };
    }
  }

  markActivity(now: number): void {
    this.lastActivity = now;
  }

  /** Called every tick: saves after new activity at most once a minute, else every 5 minutes. */
  maybeSave(now: number): void {
    const since = now - this.lastSaveAt;
    if (since >= SAVE_SEEN_MS || (since >= SAVE_ACTIVITY_MS && this.lastActivity !== this.savedActivity)) {
      this.saveActivity(now);
    }
  }

  saveActivity(now: number): void {
    this.lastSaveAt = now;
    this.savedActivity = this.lastActivity;
    const activity = this.lastActivity ?? this.saved.activity;
    this.app.saveLocalStorage(ACTIVITY_KEY, { activity, seen: now });
  }

  /** When this device's Pomodoro break ends (kept across restarts), or null when none is running. */
  breakUntil(): number | null {
    const v: unknown = this.app.loadLocalStorage(BREAK_KEY);
    return typeof v === "number" && Number.isFinite(v) ? v : null;
  }

  saveBreakUntil(until: number | null): void {
    this.app.saveLocalStorage(BREAK_KEY, until);
  }

  /** The last activity known: this session's, or on load the one saved before the restart. */
  activitySince(onLoad: boolean): number | null {
    if (this.lastActivity !== null && !onLoad) return this.lastActivity;
    const a = this.saved.activity;
    return this.lastActivity !== null && (a === null || this.lastActivity > a) ? this.lastActivity : a;
  }
}

/** The message naming this kind of device, the start of its default name. */
export function platformKey(): MessageKey {
  if (Platform.isIosApp) return Platform.isTablet ? "timer.device.ipad" : "timer.device.iphone";
  if (Platform.isAndroidApp) return Platform.isTablet ? "timer.device.android-tablet" : "timer.device.android-phone";
  if (Platform.isMacOS) return "timer.device.mac";
  if (Platform.isWin) return "timer.device.windows";
  if (Platform.isLinux) return "timer.device.linux";
  return "timer.device.other";
}
