import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { expandRule, parseRule, type Rule } from "../../../src/core/calendar/recurrence";
import { DAY, WEEKDAYS, daysInMonth, weekdayOf } from "../../../src/core/calendar/ics-values";

// The naive reference: walk every day from DTSTART, ask the rule's definition whether that day is an
// occurrence, count them all from the start. Slow and obviously right; the expander must agree.
function naive(rule: Rule, start: number, from: number, to: number, untilWall: number): number[] {
  const out: number[] = [];
  const time = start % DAY;
  const startDay = start - time;
  const sd = new Date(startDay);
  const weekStartOf = (d: number) => d - ((weekdayOf(d) - rule.wkst + 7) % 7) * DAY;
  let count = 0;
  for (let d = startDay; d + time < to && d + time <= untilWall; d += DAY) {
    const at = d + time;
    const dt = new Date(d);
    const y = dt.getUTCFullYear();
    const m = dt.getUTCMonth() + 1;
    const dom = dt.getUTCDate();
    const len = daysInMonth(y, m);
    const wd = weekdayOf(d);
    const nthFromStart = Math.ceil(dom / 7);
    const nthFromEnd = -Math.ceil((len - dom + 1) / 7);
    const dayMatches = (byDayNeedsNth: boolean) =>
      rule.byDay === null || rule.byDay.some((b) => b.weekday === wd && (!byDayNeedsNth || b.nth === 0 || b.nth === nthFromStart || b.nth === nthFromEnd));
    const mdMatches = rule.byMonthDay === null || rule.byMonthDay.some((n) => (n > 0 ? n : len + n + 1) === dom);
    const monthMatches = rule.byMonth === null || rule.byMonth.includes(m);
    let ok: boolean;
    if (rule.freq === "DAILY") ok = (d - startDay) / DAY % rule.interval === 0 && dayMatches(false) && mdMatches && monthMatches;
    else if (rule.freq === "WEEKLY") {
      const weeks = (weekStartOf(d) - weekStartOf(startDay)) / (7 * DAY);
      ok = weeks % rule.interval === 0 && (rule.byDay === null ? wd === weekdayOf(startDay) : dayMatches(false)) && mdMatches && monthMatches;
    } else if (rule.freq === "MONTHLY") {
      const months = (y - sd.getUTCFullYear()) * 12 + m - 1 - sd.getUTCMonth();
      const dflt = rule.byDay === null && rule.byMonthDay === null ? dom === sd.getUTCDate() : true;
      ok = months % rule.interval === 0 && dayMatches(true) && mdMatches && monthMatches && dflt;
    } else {
      const years = y - sd.getUTCFullYear();
      const inMonth = rule.byMonth === null ? m === sd.getUTCMonth() + 1 : rule.byMonth.includes(m);
      const dflt = rule.byDay === null && rule.byMonthDay === null ? dom === sd.getUTCDate() : true;
      ok = years % rule.interval === 0 && inMonth && dayMatches(true) && mdMatches && dflt;
    }
    if (d === startDay) ok = true; // DTSTART is always the first occurrence
    if (!ok) continue;
    count++;
    if (rule.count !== null && count > rule.count) break;
    if (at >= from) out.push(at);
  }
  return out;
}

const weekday = fc.integer({ min: 0, max: 6 });
const ruleText = fc
  .record({
    freq: fc.constantFrom("DAILY", "WEEKLY", "MONTHLY", "YEARLY"),
    interval: fc.integer({ min: 1, max: 3 }),
    end: fc.oneof(fc.constant(""), fc.integer({ min: 1, max: 40 }).map((n) => `COUNT=${n}`), fc.integer({ min: 0, max: 900 }).map((n) => `UNTIL=${ymd(Date.UTC(2026, 0, 1) + n * DAY)}T235959`)),
    byDay: fc.option(fc.uniqueArray(fc.record({ nth: fc.constantFrom(0, 0, 1, 2, -1, 4, 5, -2), wd: weekday }), { minLength: 1, maxLength: 3, selector: (b) => `${b.nth}${b.wd}` }), { nil: null }),
    byMonthDay: fc.option(fc.uniqueArray(fc.constantFrom(1, 13, 15, 28, 29, 30, 31, -1, -3), { minLength: 1, maxLength: 2 }), { nil: null }),
    byMonth: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }), { nil: null }),
    wkst: fc.constantFrom("MO", "SU"),
  })
  .map((r) => {
    const parts = [`FREQ=${r.freq}`, `INTERVAL=${r.interval}`, `WKST=${r.wkst}`];
    if (r.end) parts.push(r.end);
    // Ordinals are for monthly and yearly rules; weekly and daily ones take plain weekdays.
    const ordinals = r.freq === "MONTHLY" || (r.freq === "YEARLY" && r.byMonth !== null);
    if (r.byDay) parts.push(`BYDAY=${[...new Set(r.byDay.map((b) => `${ordinals && b.nth !== 0 ? b.nth : ""}${WEEKDAYS[b.wd]}`))].join(",")}`);
    if (r.byMonthDay) parts.push(`BYMONTHDAY=${r.byMonthDay.join(",")}`);
    if (r.byMonth) parts.push(`BYMONTH=${r.byMonth.join(",")}`);
    return parts.join(";");
  });

function ymd(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10).replace(/-/g, "");
}

describe("recurrence expansion", () => {
  it("agrees with the naive day-by-day expander on any window", () => {
    fc.assert(
      fc.property(
        ruleText,
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 23 * 4 }),
        fc.integer({ min: -30, max: 900 }),
        fc.integer({ min: 1, max: 60 }),
        (text, startDay, quarter, fromDay, days) => {
          const read = parseRule(text);
          if (!("rule" in read)) return;
          const rule = read.rule;
          const start = Date.UTC(2025, 0, 1) + startDay * DAY + quarter * 15 * 60_000;
          const from = Date.UTC(2025, 0, 1) + fromDay * DAY;
          const to = from + days * DAY;
          const until = rule.until === null ? Infinity : rule.until.ms;
          expect(expandRule(rule, start, from, to, until)).toEqual(naive(rule, start, from, to, until));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("expands an unbounded daily rule from 1970 in the week asked for, without walking the decades", () => {
    const read = parseRule("FREQ=DAILY");
    if (!("rule" in read)) throw new Error("rule");
    const start = Date.UTC(1970, 0, 1, 9);
    const from = Date.UTC(2126, 0, 5);
    const got = expandRule(read.rule, start, from, from + 7 * DAY, Infinity);
    expect(got).toEqual(Array.from({ length: 7 }, (_, i) => from + i * DAY + 9 * 3_600_000));
  });

  it("ends a COUNT rule at its count however far the week is", () => {
    const read = parseRule("FREQ=WEEKLY;COUNT=3;BYDAY=MO,TH");
    if (!("rule" in read)) throw new Error("rule");
    const start = Date.UTC(2026, 10, 2, 9); // a Monday
    expect(expandRule(read.rule, start, start, start + 60 * DAY, Infinity)).toEqual([start, start + 3 * DAY, start + 7 * DAY]);
    expect(expandRule(read.rule, start, start + 365 * 50 * DAY, start + 365 * 50 * DAY + 7 * DAY, Infinity)).toEqual([]);
  });

  it("names what it does not support", () => {
    expect(parseRule("FREQ=HOURLY")).toEqual({ bad: "FREQ=HOURLY" });
    expect(parseRule("FREQ=DAILY;BYHOUR=9,17")).toEqual({ bad: "BYHOUR=9,17" });
    expect(parseRule("FREQ=WEEKLY;BYDAY=2TU")).toEqual({ bad: "BYDAY=2TU" });
    expect(parseRule("FREQ=YEARLY;BYDAY=20MO")).toEqual({ bad: "BYDAY=20MO" });
  });
});
