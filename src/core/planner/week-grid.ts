// The VA's seven days of a week as columns of wall-clock minutes: where an instant sits in its
// day, and how a span is cut at the days' edges. Pure; the week view places every block, entry and
// working window through it, so cutting writes numbers into a buffer instead of making objects.

import type { Weekday } from "../shared/types";
import { WEEKDAYS } from "../shared/types";
import type { WeekRange } from "../shared/week";
import type { ZoneSpan } from "./zone-span";

const MINUTE = 60_000;

export interface WeekDay {
  /** "YYYY-MM-DD" in the VA's zone. */
  date: string;
  weekday: Weekday;
  start: number;
  end: number;
  /** Length in minutes: 1380, 1440 or 1500. */
  minutes: number;
  today: boolean;
}

interface DayFrame {
  start: number;
  end: number;
  startOffset: number;
  /** True when the zone's offset changes inside the day. */
  switches: boolean;
}

/** Numbers per piece written by `cut`: day, start, end, top, bottom. */
export const PIECE = 5;

export class WeekGrid {
  readonly days: WeekDay[] = [];
  private readonly frames: DayFrame[] = [];

  constructor(
    range: WeekRange,
    private readonly va: ZoneSpan,
    weekStart: Weekday,
    now: number,
  ) {
    const first = WEEKDAYS.indexOf(weekStart);
    for (let i = 0; i < 7; i++) {
      const start = range.days[i];
      const end = i < 6 ? range.days[i + 1] : range.to;
      const startOffset = va.offset(start);
      this.frames.push({ start, end, startOffset, switches: va.offset(end - 1) !== startOffset });
      this.days.push({
        date: new Date(start + startOffset * MINUTE).toISOString().slice(0, 10),
        weekday: WEEKDAYS[(first + i) % 7],
        start,
        end,
        minutes: (end - start) / MINUTE,
        today: now >= start && now < end,
      });
    }
  }

  /** Wall-clock minutes of `t` from the local midnight that starts day `d`. */
  wall(t: number, d: number): number {
    const f = this.frames[d];
    const va = this.va;
    if (t >= f.end) return (f.end - f.start) / MINUTE + (f.switches ? va.offset(f.end - 1) - f.startOffset : 0);
    const off = f.switches ? va.offset(t) : f.startOffset;
    return (t - f.start) / MINUTE + (off - f.startOffset);
  }

  /**
   * Cuts [start, end) at the days' edges into `out` (PIECE numbers a piece: day, start, end, top,
   * bottom) and returns the number of pieces, at most seven.
   */
  cut(start: number, end: number, out: Float64Array): number {
    let n = 0;
    for (let d = 0; d < 7; d++) {
      const f = this.frames[d];
      const s = Math.max(start, f.start);
      const e = Math.min(end, f.end);
      if (e <= s) continue;
      const top = this.wall(s, d);
      // At the day's end the wall clock reads 24:00, whatever the offsets did.
      // Where clocks fall back the wall clock repeats: never draw shorter than the time elapsed.
      const bottom = e >= f.end ? 1440 : Math.min(1440, Math.max(this.wall(e, d), top + (e - s) / MINUTE));
      const at = n * PIECE;
      out[at] = d;
      out[at + 1] = s;
      out[at + 2] = e;
      out[at + 3] = top;
      out[at + 4] = bottom;
      n++;
    }
    return n;
  }
}
