import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { escapeText, foldLine, forEachUnfolded, icsText, parseContentLine, unescapeText } from "../../../src/core/calendar/ics-text";

const unfoldAll = (text: string) => {
  const out: { raw: string; line: number }[] = [];
  forEachUnfolded(text, (raw, line) => out.push({ raw, line }));
  return out;
};
const octets = (s: string) => new TextEncoder().encode(s).length;

// Text with what calendars hold: accents, Vietnamese, emoji (4-byte), commas, semicolons, backslashes, newlines.
const text = fc.string({ unit: fc.constantFrom("a", "Z", " ", ",", ";", "\\", "\n", ":", "ệ", "ữ", "€", "😀", "\t", "=", '"'), maxLength: 300 });

describe("fold and unfold", () => {
  it("unfold(fold(line)) is the line, and every folded line is at most 75 octets, never cut inside a character", () => {
    fc.assert(
      fc.property(text, (t) => {
        const line = `DESCRIPTION:${escapeText(t)}`;
        const folded = foldLine(line);
        for (const part of folded.split("\r\n")) expect(octets(part)).toBeLessThanOrEqual(75);
        expect(folded.includes("\uFFFD")).toBe(false);
        expect(unfoldAll(`${folded}\r\n`).map((u) => u.raw)).toEqual([line]);
      }),
    );
  });

  it("escape then unescape gives the text back (CR dropped), and the escaped text holds no raw newline, comma or semicolon", () => {
    fc.assert(
      fc.property(text, (t) => {
        const e = escapeText(t);
        expect(e).not.toMatch(/\n|(?<!\\),|(?<!\\);/);
        expect(unescapeText(e)).toBe(t.replace(/\r/g, ""));
      }),
    );
  });

  it("a whole file round-trips: each line, its value, and the line it began on", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), (values) => {
        const lines = values.map((v) => `SUMMARY:${escapeText(v)}`);
        const file = icsText(lines);
        expect(file.endsWith("\r\n") || file === "").toBe(true);
        const read = unfoldAll(file);
        expect(read.map((r) => unescapeText(parseContentLine(r.raw, r.line)!.value))).toEqual(values.map((v) => v.replace(/\r/g, "")));
        let at = 1;
        read.forEach((r, i) => {
          expect(r.line).toBe(at);
          at += foldLine(lines[i]).split("\r\n").length;
        });
      }),
    );
  });
});

describe("content lines", () => {
  it("reads quoted parameter values with colons and several values", () => {
    const cl = parseContentLine('ATTENDEE;CN="Doe, Jane: Acme";ROLE=REQ-PARTICIPANT;MEMBER="a@x","b@x":mailto:jane@acme.test', 4)!;
    expect(cl).toEqual({ name: "ATTENDEE", params: { CN: "Doe, Jane: Acme", ROLE: "REQ-PARTICIPANT", MEMBER: "a@x,b@x" }, value: "mailto:jane@acme.test", line: 4 });
  });

  it("unfolds with a tab, LF-only and a byte order mark", () => {
    expect(unfoldAll("\uFEFFSUMMARY:Part one\n\t and two\nEND:VEVENT")).toEqual([
      { raw: "SUMMARY:Part one and two", line: 1 },
      { raw: "END:VEVENT", line: 3 },
    ]);
  });

  it("refuses a line without a colon", () => {
    expect(parseContentLine("SUMMARY Lunch", 1)).toBeNull();
    expect(parseContentLine(":value", 1)).toBeNull();
  });
});
