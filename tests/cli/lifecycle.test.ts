// @vitest-environment node
// `client-desk new-client`, `request` and `tasks` on a vault folder: every file written and its
// frontmatter, refusals that write nothing, due dates in each client's zone, tracked time.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { hashTree, removeDir, run, tempDir, writeTree } from "./helpers";
import { readFrontmatter } from "../../src/core/notes/frontmatter";
import { clientNotePath, CLIENTS, note, settingsFile } from "../support/vault";

const NOW = "2026-11-24T10:00+07:00";

function vault(root: string, extra: Record<string, string> = {}): void {
  writeTree(root, {
    ...settingsFile({ timeZone: "Asia/Ho_Chi_Minh", homeCurrency: "VND", workingHours: "08:00-17:00" }),
    [clientNotePath("Harbour Goods")]: note(CLIENTS.harbour),
    "Clients/Brightloop/Brightloop.md": "---\ntimezone: America/New_York\ncurrency: USD\nrate: 40\n---\n",
    ...extra,
  });
}

describe("client-desk new-client", () => {
  let tmp: string;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => removeDir(tmp));

  it("writes the client note and the onboarding notes, reads back as a client", () => {
    vault(tmp, { "Client Desk/Templates/Welcome packet.md": "# Hi {{client.name}}: {{working_hours_local}} your time\n" });
    const r = run([
      "new-client", "--vault", tmp, "--name", "Clara Whitfield Coaching", "--timezone", "Europe/London", "--currency", "GBP",
      "--rate", "32.50", "--report-day", "mon", "--channel-quick", "WhatsApp", "--response-hours", "12", "--now", NOW, "--json",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const folder = "Clients/Clara Whitfield Coaching";
    expect(JSON.parse(r.stdout)).toEqual({
      key: "Clara Whitfield Coaching",
      folder,
      files: [
        `${folder}/Clara Whitfield Coaching.md`,
        `${folder}/Onboarding/Intake checklist.md`,
        `${folder}/Onboarding/Service agreement.md`,
        `${folder}/Onboarding/Discovery call.md`,
        `${folder}/Onboarding/Welcome packet.md`,
      ],
    });
    const note = readFrontmatter(readFileSync(join(tmp, folder, "Clara Whitfield Coaching.md"), "utf8")).data;
    expect(note).toMatchObject({ type: "client", status: "onboarding", timezone: "Europe/London", currency: "GBP", rate: 32.5, report_day: "mon", channel_quick: "WhatsApp", response_hours: 12 });
    expect(readFileSync(join(tmp, folder, "Onboarding/Welcome packet.md"), "utf8")).toBe("# Hi Clara Whitfield Coaching: 01:00–10:00 your time\n");
    expect(readFileSync(join(tmp, folder, "Onboarding/Service agreement.md"), "utf8")).toContain("Date: 2026-11-24");
    const clients = JSON.parse(run(["clients", "--vault", tmp, "--json", "--now", NOW]).stdout) as { clients: { key: string }[] };
    expect(clients.clients.map((c) => c.key)).toContain("Clara Whitfield Coaching");
    expect(run(["check", "--vault", tmp]).code).toBe(0);
  });

  it("names each bad flag and writes nothing", () => {
    vault(tmp);
    const before = hashTree(tmp);
    const r = run(["new-client", "--vault", tmp, "--name", "../../etc", "--timezone", "Mars/Base", "--currency", "usd", "--rate", "1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        "client-desk: The value of --name is not accepted: “../../etc” cannot be a file name: remove “..”.",
        "client-desk: The value of --timezone is not accepted: “Mars/Base” is not a time zone. Use a name like Australia/Sydney.",
        "client-desk: The value of --currency is not accepted: “usd” is not an ISO currency code; did you mean USD?",
        "",
      ].join("\n"),
    );
    expect(hashTree(tmp)).toEqual(before);
    // A rate left out is said as the flag missing, in a sentence, not as the dialog's "Enter an amount."
    const noRate = run(["new-client", "--vault", tmp, "--name", "Foo", "--billing", "hourly"]);
    expect(noRate.code).toBe(2);
    expect(noRate.stderr).toBe("client-desk: --rate is missing: give an amount in the client's currency, e.g. --rate 45.\n");
    expect(run(["new-client", "--vault", tmp, "--name", "Foo", "--lang", "vi"]).stderr).toBe("client-desk: Thiếu --rate: hãy nhập một số tiền theo đơn vị tiền tệ của khách hàng, ví dụ --rate 45.\n");
    expect(hashTree(tmp)).toEqual(before);
  });

  it("refuses an existing folder and a template with an unknown placeholder, writing nothing", () => {
    vault(tmp, { "Client Desk/Templates/Intake checklist.md": "# {{client.name}}\n- [ ] {{client.phone}}\n" });
    const before = hashTree(tmp);
    const exists = run(["new-client", "--vault", tmp, "--name", "HARBOUR GOODS", "--rate", "1"]);
    expect(exists.code).toBe(3);
    expect(exists.stderr).toContain("Clients/HARBOUR GOODS already exists. Nothing was written");
    const bad = run(["new-client", "--vault", tmp, "--name", "Acme", "--rate", "1"]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain("Client Desk/Templates/Intake checklist.md, line 2: unknown placeholder {{client.phone}}.");
    expect(hashTree(tmp)).toEqual(before);
  });
});

describe("client-desk request and tasks", () => {
  let tmp: string;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => removeDir(tmp));

  it("files a task note, refuses a past due date in the client's zone, and lists tasks by deadline", () => {
    vault(tmp, {
      "Clients/Brightloop/Tasks/Inbox zero.md": "---\nstatus: doing\ndue: 2026-11-23\nestimate: 1\n---\n",
      "Clients/Brightloop/Tasks/Old.md": "---\nstatus: done\ndue: 2026-11-01\n---\n",
      "Clients/Brightloop/Log/2026-11.md": "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T09:45+07:00] [task:: [[Inbox zero]]] ^cd-aaaaaaaa\n",
    });
    const past = run(["request", "--vault", tmp, "--client", "Harbour Goods", "--title", "Uploads", "--due", "2026-11-24 13:00", "--now", NOW]);
    expect(past.code).toBe(2);
    expect(past.stderr).toBe("client-desk: The value of --due is not accepted: 2026-11-24 13:00 has already passed in the client's time zone (Australia/Sydney).\n");
    expect(existsSync(join(tmp, "Clients/Harbour Goods/Tasks"))).toBe(false);

    const r = run(["request", "--vault", tmp, "--client", "harbour goods", "--title", "Uploads: batch 3", "--due", "2026-11-24", "--urgent", "--estimate", "2", "--now", NOW, "--json"]);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { file: string; task: { due: number; urgent: boolean; requested: number } };
    expect(out.file).toBe("Clients/Harbour Goods/Tasks/Uploads batch 3.md");
    expect(out.task).toMatchObject({ due: Date.parse("2026-11-24T13:00:00Z"), urgent: true, requested: Date.parse("2026-11-24T03:00:00Z") });
    const again = JSON.parse(run(["request", "--vault", tmp, "--client", "Harbour Goods", "--title", "Uploads: batch 3", "--now", NOW, "--json"]).stdout) as { file: string };
    expect(again.file).toBe("Clients/Harbour Goods/Tasks/Uploads batch 3 2.md");

    const list = JSON.parse(run(["tasks", "--vault", tmp, "--now", NOW, "--json"]).stdout) as { tasks: { title: string; clientName: string; overdue: boolean; trackedMinutes: number; dueAt: string | null }[] };
    expect(list.tasks.map((t) => [t.clientName, t.title, t.dueAt, t.overdue, t.trackedMinutes])).toEqual([
      // Due "2026-11-23" in New York: at 10:00 on the 24th in Ho Chi Minh City it is 22:00 on the 23rd there.
      ["Brightloop", "Inbox zero", "2026-11-24T00:00-05:00", false, 45],
      ["Harbour Goods", "Uploads: batch 3", "2026-11-25T00:00+11:00", false, 0],
      ["Harbour Goods", "Uploads: batch 3", null, false, 0],
    ]);
    const late = JSON.parse(run(["tasks", "--vault", tmp, "--now", "2026-11-24T12:00+07:00", "--json", "--client", "Brightloop"]).stdout) as { tasks: { overdue: boolean }[] };
    expect(late.tasks.map((t) => t.overdue)).toEqual([true]);
    const before = JSON.parse(run(["tasks", "--vault", tmp, "--now", NOW, "--json", "--due-before", "2026-11-23", "--all"]).stdout) as { tasks: { title: string }[] };
    expect(before.tasks.map((t) => t.title)).toEqual(["Old", "Inbox zero"]);
    const one = JSON.parse(run(["tasks", "--vault", tmp, "--now", NOW, "--json", "--client", "Brightloop"]).stdout) as { tasks: { title: string }[] };
    expect(one.tasks.map((t) => t.title)).toEqual(["Inbox zero"]);
    const text = run(["tasks", "--vault", tmp, "--now", "2026-11-24T12:00+07:00", "--client", "Brightloop"]);
    expect(text.stdout).toContain("2026-11-23 (overdue)");
    expect(text.stdout).toContain("0 h 45 min / 1 h 00 min");
    expect(run(["tasks", "--vault", tmp, "--due-before", "soon"]).stderr).toBe("client-desk: --due-before needs a date such as 2026-11-30, not “soon”.\n");
  });
});
