// A weekly plan note in the index, read only when first needed: a cold start keeps the text and
// a week view parses just the notes of the weeks it shows. Which week a note holds comes from its
// name (docs/vault-format.md: a plan note holds the blocks of its week).

import type { Diagnostic } from "./types";
import { LineStore, LineStoreBuilder } from "./log-store";
import { scanPlanInto } from "./plan-note";
import { utcMillis } from "./instant";

const DAY = 86_400_000;
// Weeks may start on another day than Monday and zones run from −12:00 to +14:00: two days of
// margin on each side of the ISO week in UTC hold every block of the note's week.
const MARGIN = 2 * DAY;

export interface ParsedPlan {
  store: LineStore;
  diagnostics: Diagnostic[];
}

export class PlanSlot {
  readonly from: number;
  readonly to: number;
  private text: string | null;
  private parsed: ParsedPlan | null = null;

  constructor(
    readonly path: string,
    week: string,
    text: string,
  ) {
    this.text = text;
    const monday = isoMonday(week);
    this.from = monday - MARGIN;
    this.to = monday + 7 * DAY + MARGIN;
  }

  mayOverlap(from: number, to: number): boolean {
    return this.from < to && this.to > from;
  }

  get(): ParsedPlan {
    if (this.parsed === null) {
      const diagnostics: Diagnostic[] = [];
      const builder = new LineStoreBuilder();
      scanPlanInto(this.path, this.text ?? "", diagnostics, builder);
      this.parsed = { store: builder.build(this.path, ""), diagnostics };
      this.text = null;
    }
    return this.parsed;
  }
}

/** 00:00 UTC of the Monday of ISO week "YYYY-Www". */
function isoMonday(week: string): number {
  const year = +week.slice(0, 4);
  const n = +week.slice(6, 8);
  const jan4 = utcMillis(year, 1, 4, 0, 0, 0, 0);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0
  return jan4 - dow * DAY + (n - 1) * 7 * DAY;
}
