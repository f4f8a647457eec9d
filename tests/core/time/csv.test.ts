// @vitest-environment node
// RFC 4180 CSV: reading what Toggl and Clockify write, refusing damaged or non-UTF-8 files with the
// line, and writing what any reader gets back field for field.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CsvError, csvField, decodeCsvBytes, parseCsv, writeCsv } from "../../../src/core/time/csv";
import { RUNS } from "../support/arbitraries";

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/csv/${name}`, import.meta.url)));

function csvError(fn: () => unknown): CsvError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CsvError) return e;
    throw e;
  }
  throw new Error("no CsvError");
}

describe("parseCsv", () => {
  it("reads quoted commas, doubled quotes and line breaks, with the line each record starts on", () => {
    const text = 'a,b,c\r\n"x, y","he said ""hi""","two\r\nlines"\r\n1,,3\r\n';
    expect(parseCsv(text)).toEqual({
      rows: [
        ["a", "b", "c"],
        ["x, y", 'he said "hi"', "two\r\nlines"],
        ["1", "", "3"],
      ],
      lines: [1, 2, 4],
    });
  });

  it("skips a UTF-8 byte order mark, reads LF, CRLF and lone CR, and a last record without a line break", () => {
    expect(parseCsv("\ufeffa,b\nc,d").rows).toEqual([["a", "b"], ["c", "d"]]);
    expect(parseCsv("a,b\r\nc,d\r\n").rows).toEqual([["a", "b"], ["c", "d"]]);
    expect(parseCsv("a,b\rc,d\r").rows).toEqual([["a", "b"], ["c", "d"]]);
    expect(parseCsv("").rows).toEqual([]);
    expect(parseCsv('""').rows).toEqual([[""]]);
    expect(parseCsv("a,\n,").rows).toEqual([["a", ""], ["", ""]]);
  });

  it("keeps a quote inside an unquoted field as a character, and blank lines as one empty field", () => {
    expect(parseCsv('5" screen,b\n\nc,d\n').rows).toEqual([['5" screen', "b"], [""], ["c", "d"]]);
  });

  it("refuses a truncated file, naming the line where the open quote starts", () => {
    const e = csvError(() => parseCsv(fixture("toggl-truncated.csv").toString("utf8")));
    expect(e.code).toBe("unclosed-quote");
    expect(e.line).toBe(3);
    expect(csvError(() => parseCsv('a,b\n1,2\n3,"4\n5\n')).line).toBe(3);
  });

  it("refuses text after a closing quote, naming its line", () => {
    const e = csvError(() => parseCsv('a,b\n"x\ny"z,1\n'));
    expect(e.code).toBe("after-quote");
    expect(e.line).toBe(3);
  });

  it("refuses text that was not UTF-8: NUL characters (UTF-16) and replacement characters", () => {
    expect(csvError(() => parseCsv("a,b\nc\u0000,d")).code).toBe("utf16");
    const bad = csvError(() => parseCsv("a,b\nc,d\ne\ufffd,f"));
    expect(bad.code).toBe("not-utf8");
    expect(bad.line).toBe(3);
  });

  it("reads what writeCsv writes, field for field", () => {
    const field = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r", " ", "é", "\t") }),
      fc.constantFrom("", " x ", '"', '""', ",", "\r\n"),
    );
    // A record of one empty field is a blank line, which reads back the same.
    const rows = fc.array(fc.array(field.filter((f) => !f.includes("\u0000") && !f.includes("\ufffd") && !f.startsWith("\ufeff")), { minLength: 1, maxLength: 6 }), { maxLength: 8 });
    fc.assert(
      fc.property(rows, fc.constantFrom<"\r\n" | "\n">("\r\n", "\n"), (records, eol) => {
        expect(parseCsv(writeCsv(records, eol)).rows).toEqual(records);
      }),
      RUNS,
    );
  });

  it("counts lines across quoted line breaks", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: fc.constantFrom("a", "\n", ",") }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (records) => {
        const text = writeCsv(records, "\n");
        const { lines } = parseCsv(text);
        let line = 1;
        records.forEach((r, i) => {
          expect(lines[i]).toBe(line);
          line += r.join("").split("\n").length;
        });
      }),
      RUNS,
    );
  });
});

describe("writeCsv", () => {
  it("quotes only when needed and ends every record with CRLF", () => {
    expect(writeCsv([["a", "b c", "x,y", 'say "hi"', "two\nlines", " edge"]])).toBe('a,b c,"x,y","say ""hi""","two\nlines"," edge"\r\n');
    expect(csvField("plain")).toBe("plain");
  });
});

describe("decodeCsvBytes", () => {
  it("decodes UTF-8 with or without a byte order mark", () => {
    expect(decodeCsvBytes(new TextEncoder().encode("Trà Sen,Tây Hồ"))).toBe("Trà Sen,Tây Hồ");
    expect(parseCsv(decodeCsvBytes(fixture("toggl-hcm.csv"))).rows[0][0]).toBe("User");
  });

  it("refuses UTF-16 by its byte order mark or its NUL bytes", () => {
    expect(csvError(() => decodeCsvBytes(fixture("toggl-utf16.csv"))).code).toBe("utf16");
    const noBom = fixture("toggl-utf16.csv").subarray(2);
    expect(csvError(() => decodeCsvBytes(noBom)).code).toBe("utf16");
  });

  it("refuses bytes that are not UTF-8, naming the line", () => {
    const e = csvError(() => decodeCsvBytes(fixture("toggl-cp1258.csv")));
    expect(e.code).toBe("not-utf8");
    expect(e.line).toBe(2);
  });
});
