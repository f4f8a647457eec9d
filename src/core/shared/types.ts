// Shared shapes of the domain. Pure data: no functions, no Obsidian types.

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export type Language = "en" | "vi";
export type ClientStatus = "lead" | "onboarding" | "active" | "paused" | "archived";
export type BillingModel = "hourly" | "retainer" | "fixed";
export type RetainerBilling = "arrears" | "advance";
export type RoundingMode = "up" | "nearest" | "down";
export type RoundingScope = "entry" | "task";

/** Minutes since local midnight; end may be 1440 (24:00). */
export interface HoursRange {
  start: number;
  end: number;
}

export interface Rounding {
  stepMinutes: number;
  mode: RoundingMode;
  scope: RoundingScope;
}

export interface TaxRate {
  name: string;
  /** Thousandths of a percent, so 10% is 10000 and 8.875% is 8875: integers, no float drift. */
  milliPercent: number;
}

/** An amount in integer minor units of its currency (cents, or whole dong for VND). */
export interface Money {
  minor: number;
  currency: string;
}

export interface Client {
  /** The folder name: the client's key. */
  key: string;
  folder: string;
  notePath: string;
  name: string;
  status: ClientStatus;
  timezone: string;
  workingHours: HoursRange;
  workingDays: Weekday[];
  language: Language;
  currency: string;
  billing: BillingModel;
  /** Minor units per hour. */
  rate: number | null;
  retainerFee: number | null;
  retainerHours: number | null;
  overageRate: number | null;
  rollover: boolean;
  /**
   * When a retainer's fee is invoiced: "arrears" (default) with the month it pays for, after it
   * ends, beside that month's hours; "advance" at the start of the month it pays for, with the
   * hours beyond the allowance of the months before.
   */
  retainerBilling: RetainerBilling;
  rounding: Rounding;
  tax: TaxRate[];
  paymentTermsDays: number;
  depositPercent: number;
  channelFormal: string;
  channelQuick: string | null;
  channelMeetings: string | null;
  responseHours: number;
  reportDay: Weekday | null;
  reportTime: number;
  checkinDays: number;
  color: string | null;
  contact: string | null;
  email: string | null;
}

export type Severity = "error" | "warning";

/** Codes are stable; their text lives in the i18n catalogs under `diag.<code>`. */
export type DiagnosticCode =
  | "yaml-broken"
  | "field-type"
  | "field-value"
  | "timezone-unknown"
  | "currency-unknown"
  | "money-negative"
  | "money-precision"
  | "hours-invalid"
  | "days-invalid"
  | "rounding-invalid"
  | "tax-invalid"
  | "name-unsafe"
  | "folder-unsafe"
  | "rate-missing"
  | "entry-malformed"
  | "entry-near-miss"
  | "entry-id-shared"
  | "entry-after-invoice"
  | "log-conflict-copy"
  | "log-conflict-markers"
  | "entry-exact-duplicate"
  | "entry-too-long"
  | "entry-running-long"
  | "entry-time-invalid"
  | "entry-end-before-start"
  | "entry-duplicate-id"
  | "entry-missing-id"
  | "line-freehand"
  | "plan-client-unknown"
  | "plan-malformed"
  | "template-line-invalid"
  | "invoice-field-missing"
  | "invoice-payment-invalid"
  | "invoice-paid-mismatch"
  | "invoice-number-duplicate"
  | "invoice-entry-claimed-twice"
  | "invoice-entry-changed"
  | "invoice-entry-missing"
  | "invoice-total-mismatch"
  | "invoice-balance-mismatch"
  | "invoice-paid-unlisted"
  | "invoice-status-owing"
  | "invoice-status-settled"
  | "invoice-overpaid"
  | "invoice-void-paid"
  | "invoice-edited"
  | "calendar-not-ics"
  | "calendar-line-invalid"
  | "calendar-truncated"
  | "calendar-time-invalid"
  | "calendar-zone-unknown"
  | "calendar-end-before-start"
  | "calendar-rule-unsupported"
  | "task-review-missing"
  | "person-duplicate"
  | "person-name-unsafe"
  | "person-unknown"
  | "approval-entry-changed";

export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  /** Vault-relative path with forward slashes. */
  file: string;
  /** 1-based line, or 0 when the problem is the file as a whole. */
  line: number;
  field?: string;
  /** Values the message shows: the offending text, the allowed values… */
  params: Record<string, string | number>;
}

/**
 * A time entry. `start`/`end` are epoch milliseconds; the offsets (minutes east of UTC) are the
 * ones written in the line, kept so that serializing gives back the same text.
 */
export interface Entry {
  id: string;
  clientKey: string;
  file: string;
  /** 1-based line in `file`. */
  line: number;
  start: number;
  startOffset: number;
  end: number | null;
  endOffset: number | null;
  task: string | null;
  note: string;
  billable: boolean;
  device: string | null;
}

/** A planned time block from a weekly plan note. */
export interface Block {
  id: string;
  /** The client as written (link target or text); resolved to a key by the index. */
  clientRef: string;
  clientKey: string | null;
  file: string;
  line: number;
  start: number;
  startOffset: number;
  end: number;
  endOffset: number;
  title: string;
  /** Whose plan note holds the block (`Planner/2026-W48 ana.md`, docs/team.md); absent: the plain note, the owner's. */
  person?: string;
}

export type TaskStatus = "todo" | "doing" | "waiting" | "done";

/** A task or request note in a client's Tasks folder (docs/vault-format.md, "Task notes"). */
export interface Task {
  clientKey: string;
  file: string;
  title: string;
  status: TaskStatus;
  /** Epoch ms of the deadline (a date alone means the end of that day in the client's zone). */
  due: number | null;
  /** As written, for display: "2026-11-27" or "2026-11-27 17:00". */
  dueText: string | null;
  urgent: boolean;
  important: boolean;
  /** Hours. */
  estimate: number | null;
  assignee: string | null;
  kind: string | null;
  workflow: string | null;
  stage: string | null;
  requested: number | null;
  replied: number | null;
  /** "YYYY-MM-DD" in the client's zone. */
  completed: string | null;
  package: string | null;
  /** Which deliverable of its package the task delivers (`deliverable`), as written; optional. */
  deliverable?: string | null;
  /** For a task of a workflow: its `review` as written (null when none) and the line of its `status`. */
  review?: { value: string | null; statusLine: number };
}

export interface Settings {
  clientsRoot: string;
  plannerFolder: string;
  /** .ics files here are read as busy time; exports go to its Exports subfolder (docs/calendars.md). */
  calendarsFolder: string;
  /** Empty means "the system's zone". */
  timeZone: string;
  workingHours: string;
  workingDays: Weekday[];
  homeCurrency: string;
  weekStart: Weekday;
  /** "auto" follows Obsidian's language. */
  language: "auto" | Language;
  /** Ask what to do with a timer that has run this many hours (src/core/time/idle.ts). */
  idleHours: number;
  /** An entry longer than this many hours (finished, or running so far) is a warning in `check`. */
  maxEntryHours: number;
  /** Pomodoro: off by default; work and break lengths in minutes. */
  pomodoro: boolean;
  pomodoroWork: number;
  pomodoroBreak: number;
  /** Planner: blocks closer than this many minutes to another block are marked (week-view.ts). */
  plannerBuffer: number;
  /** Client lifecycle: where templates, workflow notes, subcontractor and service package notes live. */
  templatesFolder: string;
  workflowsFolder: string;
  subcontractorsFolder: string;
  packagesFolder: string;
  /** People notes and approvals of a team sharing the vault (docs/team.md). */
  teamFolder: string;
  /** Where the weekly review notes go (src/core/reports/review.ts). */
  reviewFolder: string;
  /** Billable hours a week the VA can work: the weekly review's utilisation is measured against it. */
  capacityHours: number;
  /** "AUD=16500 VND since 2026-10-01", one a line (src/core/billing/conversion-rates.ts). */
  conversionRates: string[];
  /** Invoices: your name, details and payment instructions (lines), and the number pattern. */
  businessName: string;
  businessDetails: string;
  paymentDetails: string;
  invoiceNumberPattern: string;
}

export const DEFAULT_SETTINGS: Settings = {
  clientsRoot: "Clients",
  plannerFolder: "Planner",
  calendarsFolder: "Calendars",
  timeZone: "",
  workingHours: "09:00-17:00",
  workingDays: ["mon", "tue", "wed", "thu", "fri"],
  homeCurrency: "USD",
  weekStart: "mon",
  language: "auto",
  idleHours: 10,
  maxEntryHours: 12,
  pomodoro: false,
  pomodoroWork: 25,
  pomodoroBreak: 5,
  plannerBuffer: 10,
  templatesFolder: "Client Desk/Templates",
  workflowsFolder: "Client Desk/Workflows",
  subcontractorsFolder: "Client Desk/Subcontractors",
  packagesFolder: "Client Desk/Packages",
  teamFolder: "Team",
  reviewFolder: "Reviews",
  capacityHours: 40,
  conversionRates: [],
  businessName: "",
  businessDetails: "",
  paymentDetails: "",
  invoiceNumberPattern: "INV-{YYYY}-{seq:4}",
};
