// Who is in the demo vault: Linh, a VA in Ho Chi Minh City, and her four clients, with the work
// she does for each (clients.ts). Pure data; the generator turns it into notes.

import { DEFAULT_SETTINGS, type Settings } from "../shared/types";

export const LINH_ZONE = "Asia/Ho_Chi_Minh";

/** The plugin settings written to the demo's data.json. */
export const DEMO_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  timeZone: LINH_ZONE,
  workingHours: "07:00-22:00",
  homeCurrency: "VND",
  conversionRates: ["AUD=16500 VND since 2026-10-01", "GBP=33000 VND since 2026-10-01", "USD=26000 VND since 2026-10-01"],
  businessName: "Linh Nguyen, Virtual Assistant",
  businessDetails: "District 3, Ho Chi Minh City, Vietnam\nlinh@example.com",
  paymentDetails: "Wise: linh@example.com (AUD, GBP, USD)\nPayPal: paypal.me/linhva",
};

/** Linh's day, minutes since midnight in her zone, and her days (luxon weekday numbers, 1 = Monday). */
export const LINH_HOURS = { start: 7 * 60, end: 22 * 60 };
export const LINH_DAYS = [1, 2, 3, 4, 5];

/** A note text; `{n}` is replaced by a number drawn from `n`. */
export interface NoteTemplate {
  text: string;
  n?: [number, number];
}

export interface DemoTask {
  name: string;
  /** One line for the task note. */
  about: string;
  minutes: [number, number];
  notes: NoteTemplate[];
}

export interface DemoMeeting {
  task: DemoTask;
  /** In the client's zone: luxon weekday (1 = Monday), minutes since midnight. */
  weekday: number;
  at: number;
  minutes: number;
  /** Title of the block in the weekly plan. */
  title: string;
}

export interface DemoClient {
  key: string;
  zone: string;
  /** Client's working hours and days in its own zone (must match the frontmatter). */
  hours: { start: number; end: number };
  days: number[];
  /** Frontmatter lines, in order, as YAML text. */
  frontmatter: string[];
  body: string;
  /** When Linh works for this client: ranges of minutes in her own zone. */
  windows: [number, number][];
  /** Chance that a working day has work for this client (the weekly call always happens). */
  chance: number;
  /** Minutes of work on a day with work. */
  budget: [number, number];
  tasks: DemoTask[];
  meeting: DemoMeeting;
  /** Non-billable admin notes. */
  admin: string[];
  planTitle: string;
}
