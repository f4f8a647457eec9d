import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { processFrontmatterText, setFrontmatterFields, yamlScalar } from "../../../src/core/notes/frontmatter-edit";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { RUNS } from "../support/arbitraries";

const INVOICE = [
  "---",
  "type: invoice",
  'number: "INV-2026-0001"',
  "# the client asked for this layout",
  "status: draft  # set by hand",
  "total: 111.38",
  "paid: 0",
  "balance: 111.38",
  "entries: [cd-aaaa0001, cd-aaaa0002]",
  "payments: []",
  "my_field: keep me",
  "---",
  "",
  "# Invoice INV-2026-0001",
  "status: this is the body, not a field",
  "",
].join("\n");

function edited(text: string, changes: Parameters<typeof setFrontmatterFields>[1]): string {
  const r = setFrontmatterFields(text, changes);
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r.text;
}

/** The lines that differ, as [line number, before, after]. */
function diff(a: string, b: string): [number, string | undefined, string | undefined][] {
  const x = a.split("\n");
  const y = b.split("\n");
  const out: [number, string | undefined, string | undefined][] = [];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) out.push([i + 1, x[i], y[i]]);
  return out;
}

describe("setFrontmatterFields", () => {
  it("changes only the line of a scalar it sets, keeping its spacing and comment", () => {
    const out = edited(INVOICE, { status: "sent" });
    expect(diff(INVOICE, out)).toEqual([[5, "status: draft  # set by hand", "status: sent  # set by hand"]]);
    expect(readFrontmatter(out).data?.status).toBe("sent");
  });

  it("appends to a flow list before its ], keeping the items as written", () => {
    const one = edited(INVOICE, { payments: ["2026-12-03 100.00 Wise"], paid: 100, balance: 11.38 });
    expect(diff(INVOICE, one)).toEqual([
      [7, "paid: 0", "paid: 100"],
      [8, "balance: 111.38", "balance: 11.38"],
      [10, "payments: []", 'payments: ["2026-12-03 100.00 Wise"]'],
    ]);
    const text = INVOICE.replace("payments: []", "payments: ['2026-12-03 100.00 Wise' ]  # two so far");
    const two = edited(text, { payments: ["2026-12-03 100.00 Wise", "2026-12-09 11.38 PayPal"] });
    expect(diff(text, two)).toEqual([[10, "payments: ['2026-12-03 100.00 Wise' ]  # two so far", `payments: ['2026-12-03 100.00 Wise', "2026-12-09 11.38 PayPal"]  # two so far`]]);
    expect(readFrontmatter(two).data?.payments).toEqual(["2026-12-03 100.00 Wise", "2026-12-09 11.38 PayPal"]);
  });

  it("appends to a block list one item line indented as the last, leaving the items there alone", () => {
    const text = INVOICE.replace("payments: []", "payments: # received\n    - '2026-12-03 100.00 Wise'\n\n    # more to come\n    - 2026-12-05 1.00 cash");
    const out = edited(text, { payments: ["2026-12-03 100.00 Wise", "2026-12-05 1.00 cash", "2026-12-09 10.38 PayPal"] });
    expect(diff(text, out)).toEqual([
      [15, "my_field: keep me", '    - "2026-12-09 10.38 PayPal"'],
      [16, "---", "my_field: keep me"],
      [17, "", "---"],
      [18, "# Invoice INV-2026-0001", ""],
      [19, "status: this is the body, not a field", "# Invoice INV-2026-0001"],
      [20, "", "status: this is the body, not a field"],
      [21, undefined, ""],
    ]);
    expect(out.split("\n").slice(9, 15)).toEqual(["payments: # received", "    - '2026-12-03 100.00 Wise'", "", "    # more to come", "    - 2026-12-05 1.00 cash", '    - "2026-12-09 10.38 PayPal"']);
    expect(readFrontmatter(out).data?.payments).toHaveLength(3);
  });

  it("rewrites a list that does not only grow as one flow list line", () => {
    const out = edited(INVOICE, { entries: ["cd-aaaa0002"] });
    expect(diff(INVOICE, out)).toEqual([[9, "entries: [cd-aaaa0001, cd-aaaa0002]", "entries: [cd-aaaa0002]"]]);
    const block = INVOICE.replace("entries: [cd-aaaa0001, cd-aaaa0002]", "entries:\n- cd-aaaa0001\n- cd-aaaa0002");
    const out2 = edited(block, { entries: [] });
    expect(diff(block, out2).slice(0, 3)).toEqual([
      [9, "entries:", "entries: []"],
      [10, "- cd-aaaa0001", "payments: []"],
      [11, "- cd-aaaa0002", "my_field: keep me"],
    ]);
    expect(readFrontmatter(out2).data?.entries).toEqual([]);
  });

  it("adds a missing field as the last line of the frontmatter", () => {
    const out = edited(INVOICE, { seal: "0a1b2c3d" });
    expect(diff(INVOICE, out)).toEqual(
      expect.arrayContaining([
        [12, "---", 'seal: "0a1b2c3d"'],
        [13, "", "---"],
      ]),
    );
    expect(out.split("\n").slice(0, 11)).toEqual(INVOICE.split("\n").slice(0, 11));
    expect(out.endsWith(INVOICE.slice(INVOICE.indexOf("\n---\n") + 1))).toBe(true);
  });

  it("keeps CRLF line endings, a byte-order mark and a body without a final line break", () => {
    const text = "\ufeff" + INVOICE.replace(/\n/g, "\r\n").replace(/\r\n$/, "");
    const out = edited(text, { status: "paid", seal: "12345678", payments: ["2026-12-03 111.38 Wise"] });
    expect(out.startsWith("\ufeff---\r\n")).toBe(true);
    expect(out.match(/(?<!\r)\n/g)).toBeNull();
    expect(out.endsWith("status: this is the body, not a field")).toBe(true);
    expect(out).toContain("\r\nstatus: paid  # set by hand\r\n");
    expect(out).toContain('\r\nseal: "12345678"\r\n---\r\n');
    expect(readFrontmatter(out).data).toMatchObject({ status: "paid", seal: "12345678", payments: ["2026-12-03 111.38 Wise"], my_field: "keep me" });
  });

  it("gives a note without frontmatter one, the body after it unchanged", () => {
    const body = "Just text.\r\nMore.\r\n";
    expect(edited(body, { status: "sent" })).toBe(`---\r\nstatus: sent\r\n---\r\n${body}`);
    expect(edited("", { a: 1 })).toBe("---\na: 1\n---\n");
  });

  it("never takes a body line, an indented line or a comment for the field", () => {
    const text = "---\nnotes: |\n  status: inside a block\n# status: a comment\nstatus: draft\n---\nstatus: body\n";
    expect(edited(text, { status: "sent" })).toBe("---\nnotes: |\n  status: inside a block\n# status: a comment\nstatus: sent\n---\nstatus: body\n");
  });

  it("finds a quoted key", () => {
    expect(edited('---\n"status": draft\n---\n', { status: "void" })).toBe('---\n"status": void\n---\n');
  });

  it("refuses frontmatter that does not read, a value it cannot write, and a text that would read otherwise", () => {
    expect(setFrontmatterFields("---\nstatus: [a\n---\n", { status: "sent" })).toEqual({ ok: false, reason: "yaml" });
    expect(setFrontmatterFields("---\nstatus: draft\n", { status: "sent" })).toEqual({ ok: false, reason: "yaml" });
    expect(setFrontmatterFields(INVOICE, { status: { a: 1 } as never })).toEqual({ ok: false, reason: "value" });
    expect(setFrontmatterFields(INVOICE, { paid: Number.NaN })).toEqual({ ok: false, reason: "value" });
    // A flow mapping's key is not a line of its own: setting `status` would add a second one.
    expect(setFrontmatterFields("---\n{status: draft, total: 1}\n---\n", { status: "sent" })).toMatchObject({ ok: false });
  });

  it("writes text that could read as something else quoted", () => {
    for (const v of ["00123456", "1e5", "true", "No", "2026-12-03", "null", "~", "", " x", "a: b", "[x]", "#x", "x #y", 'say "hi"', "tab\there", "line\nbreak", "ý"]) {
      const r = readFrontmatter(edited("---\na: 1\n---\n", { v }));
      expect(r.data?.v, v).toBe(v);
    }
    expect(yamlScalar("sent")).toBe("sent");
    expect(yamlScalar("cd-aaaa0001")).toBe("cd-aaaa0001");
    expect(yamlScalar("yes")).toBe('"yes"');
  });

  it("property: any scalar or list set in any flat note reads back, and no other line changes", () => {
    const scalar = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
    const item = fc.oneof(fc.string(), fc.integer(), fc.boolean());
    const value = fc.oneof(scalar, fc.array(item, { maxLength: 4 }));
    const key = fc.constantFrom("status", "paid", "payments", "seal", "new_field");
    const eol = fc.constantFrom("\n", "\r\n");
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 3 }), eol, fc.constantFrom("[a, b]", "\n  - a\n  - b", "[]"), (changes, nl, payments) => {
        const text = ["---", "status: draft # hand", `payments: ${payments}`.replace(/\n/g, nl), "other: keep", "---", "body"].join(nl) + nl;
        const r = setFrontmatterFields(text, changes);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const data = readFrontmatter(r.text).data;
        for (const [k, v] of Object.entries(changes)) expect(data?.[k]).toEqual(Object.is(v, -0) ? 0 : v);
        expect(data?.other).toBe("keep");
        expect(r.text.startsWith(`---${nl}`)).toBe(true);
        expect(r.text).toContain(`${nl}other: keep${nl}`);
        if (!("status" in changes)) expect(r.text).toContain(`${nl}status: draft # hand${nl}`);
        else if (!Array.isArray(changes.status)) expect(r.text).toMatch(/\nstatus: .* # hand\r?\n/);
        if (!("payments" in changes)) expect(r.text).toContain(`${nl}payments: ${payments.replace(/\n/g, nl)}${nl}`);
        expect(r.text.endsWith(`---${nl}body${nl}`)).toBe(true);
        if (nl === "\r\n") expect(r.text.match(/(?<!\r)\n/g)).toBeNull();
      }),
      RUNS,
    );
  });
});

describe("processFrontmatterText", () => {
  it("sets what the change set and hands back its result", () => {
    const r = processFrontmatterText(INVOICE, (fm) => {
      fm.status = "sent";
      fm.seal = "abcdef12";
      return "done";
    });
    expect(r.result).toBe("done");
    const expected = INVOICE.replace("status: draft  # set by hand", "status: sent  # set by hand").replace("my_field: keep me\n", 'my_field: keep me\nseal: abcdef12\n');
    expect(r.edit).toEqual({ ok: true, text: expected });
  });

  it("writes nothing new when nothing changed, and refuses a removed field or broken YAML", () => {
    expect(processFrontmatterText(INVOICE, () => 1).edit).toEqual({ ok: true, text: INVOICE });
    expect(
      processFrontmatterText(INVOICE, (fm) => {
        delete fm.paid;
      }).edit,
    ).toEqual({ ok: false, reason: "removed" });
    const broken = processFrontmatterText("---\na: [\n---\n", () => 1);
    expect(broken).toEqual({ result: null, edit: { ok: false, reason: "yaml" } });
  });
});
