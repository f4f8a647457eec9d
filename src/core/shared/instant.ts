// Exact instants as written in notes: ISO 8601 with a UTC offset. Parsed by hand because this is
// the hot path of a cold index (hundreds of thousands of lines) and must reject what Date accepts.

export interface ParsedInstant {
  ms: number;
  /** Minutes east of UTC, as written. */
  offset: number;
}

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  if (month === 2 && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return 29;
  return DAYS_IN_MONTH[month - 1];
}

export function parseInstant(text: string): ParsedInstant | null {
  const m = INSTANT.exec(text);
  if (!m) return null;
  const year = +m[1];
  const month = +m[2];
  const day = +m[3];
  const hour = +m[4];
  const minute = +m[5];
  const second = m[6] ? +m[6] : 0;
  const milli = m[7] ? +m[7].padEnd(3, "0") : 0;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offset = 0;
  if (m[8] !== "Z") {
    const sign = m[8][0] === "-" ? -1 : 1;
    const oh = +m[8].slice(1, 3);
    const om = +m[8].slice(4, 6);
    if (oh > 18 || om > 59) return null;
    offset = sign * (oh * 60 + om);
  }
  return { ms: utcMillis(year, month, day, hour, minute, second, milli) - offset * 60000, offset };
}

/**
 * Epoch milliseconds of a UTC date and time (1-based month), by integer arithmetic on the
 * proleptic Gregorian calendar: the same as Date.UTC, without its trap of reading years 0–99 as
 * 1900–1999, and fast enough for the cold index's hot loop.
 */
export function utcMillis(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  const yy = mo <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146097 + doe - 719468;
  return days * 86400000 + ((h * 60 + mi) * 60 + s) * 1000 + ms;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** Minutes precision unless seconds or milliseconds are set; the offset is always written. */
export function formatInstant(ms: number, offset: number): string {
  const d = new Date(ms + offset * 60000);
  let out = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  const s = d.getUTCSeconds();
  const milli = d.getUTCMilliseconds();
  if (s !== 0 || milli !== 0) out += `:${pad(s)}`;
  if (milli !== 0) out += `.${pad(milli, 3)}`;
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${out}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
