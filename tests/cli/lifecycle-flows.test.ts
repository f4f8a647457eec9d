// @vitest-environment node
// `client-desk workflow start|advance|review`, `task status`, `contact`, `checkin`, `survey`, and
// `check` on a task marked done by hand: the plugin's refusals, on a pinned clock.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { hashTree, removeDir, run, tempDir, writeTree } from "./helpers";
import { readFrontmatter } from "../../src/core/notes/frontmatter";
import { clientNotePath, CLIENTS, note, settingsFile } from "../support/vault";
import type { TaskJson } from "../../src/cli/commands/lifecycle-tasks";

// Wed 2026-12-02 10:00 in Ho Chi Minh City, 14:00 in Sydney.
const NOW = "2026-12-02T10:00+07:00";
const WORKFLOW = "---\ntype: workflow\nreview: true\n---\n# Blog post\n\n## Draft\n- [ ] Write it\n\n## Edit\n- [ ] Cut it\n\n## Review\n- [ ] Read it aloud\n";
const TASK = "Clients/Harbour Goods/Tasks/Post.md";

describe("the lifecycle from the command line", () => {
  let tmp: string;
  beforeEach(() => {
    tmp = tempDir();
    writeTree(tmp, {
      ...settingsFile({ timeZone: "Asia/Ho_Chi_Minh", homeCurrency: "VND", workingHours: "08:00-17:00" }),
      [clientNotePath("Harbour Goods")]: note(CLIENTS.harbour),
      "Client Desk/Workflows/Blog post.md": WORKFLOW,
    });
  });
  afterEach(() => removeDir(tmp));
  const cli = (...args: string[]) => run([...args, "--vault", tmp, "--now", NOW]);
  const fm = (path = TASK) => readFrontmatter(readFileSync(join(tmp, path), "utf8")).data;

  it("starts a workflow, refuses a review away from the last stage and done without a passed review", () => {
    const started = cli("workflow", "start", "--client", "Harbour Goods", "--workflow", "Blog post", "--title", "Post", "--json");
    expect(started.stderr).toBe("");
    expect(JSON.parse(started.stdout)).toMatchObject({ file: TASK, task: { workflow: "Blog post", stage: "Draft", status: "todo" } });
    expect(readFileSync(join(tmp, TASK), "utf8")).toContain("## Edit\n- [ ] Cut it\n");

    let before = hashTree(tmp);
    const early = cli("workflow", "review", "--client", "Harbour Goods", "--task", "Post", "--pass");
    expect(early).toMatchObject({ code: 3, stderr: "client-desk: “Post” is at Draft: the quality review is recorded at its last stage, Review. Advance the workflow first.\n" });
    const notDone = cli("task", "status", "done", "--client", "Harbour Goods", "--task", "Post");
    expect(notDone.stderr).toBe("client-desk: Post cannot be done yet: Blog post needs a quality review. Run “Record quality review” first.\n");
    expect(hashTree(tmp)).toEqual(before);

    expect(cli("workflow", "advance", "--client", "Harbour Goods", "--task", "Post").stdout).toBe("Post: now at Edit.\n");
    expect(cli("workflow", "advance", "--client", "Harbour Goods", "--task", "post.md".replace(".md", "")).code).toBe(0);
    expect(fm()).toMatchObject({ stage: "Review" });
    expect(cli("workflow", "advance", "--client", "Harbour Goods", "--task", "Post").code).toBe(3);

    before = hashTree(tmp);
    expect(cli("workflow", "review", "--client", "Harbour Goods", "--task", "Post", "--fail", "--back-to", "Review", "--note", "x").code).toBe(3);
    expect(cli("workflow", "review", "--client", "Harbour Goods", "--task", "Post", "--pass", "--fail").code).toBe(2);
    expect(hashTree(tmp)).toEqual(before);
    const failed = cli("workflow", "review", "--client", "Harbour Goods", "--task", "Post", "--fail", "--back-to", "draft", "--note", "Headline too long", "--json");
    expect(failed.stderr).toBe("");
    expect((JSON.parse(failed.stdout) as TaskJson).task).toMatchObject({ stage: "Draft", review: { value: "failed" } });
    expect(fm()).toMatchObject({ review: "failed", reviewed: "2026-12-02", stage: "Draft" });
    expect(readFileSync(join(tmp, TASK), "utf8").endsWith("- 2026-12-02 quality review failed, back to Draft: Headline too long\n")).toBe(true);

    cli("workflow", "advance", "--client", "Harbour Goods", "--task", "Post");
    cli("workflow", "advance", "--client", "Harbour Goods", "--task", "Post");
    expect(cli("task", "status", "done", "--client", "Harbour Goods", "--task", "Post").code).toBe(3);
    expect(cli("workflow", "review", "--client", "Harbour Goods", "--task", "Post", "--pass").stdout).toBe("Quality review passed: Post.\n");
    const done = cli("task", "status", "done", "--client", "Harbour Goods", "--task", "Post", "--json");
    expect((JSON.parse(done.stdout) as TaskJson).task).toMatchObject({ status: "done", completed: "2026-12-02" });
    expect(cli("check").code).toBe(0);
  });

  it("check reports a task set to done by hand without a passed review, naming file, line and field", () => {
    writeTree(tmp, { [TASK]: '---\ntitle: Post\nworkflow: "[[Blog post]]"\nstage: Draft\nstatus: done\n---\n' });
    const r = cli("check");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${TASK}:5 [status] error: “Post” is done but Blog post needs a passed quality review`);
    expect(cli("task", "status", "bogus", "--client", "Harbour Goods", "--task", "Post").code).toBe(2);
  });

  it("logs a contact and writes today's check-in and survey (in the client's day) once", () => {
    const c = cli("contact", "--client", "Harbour Goods", "--channel", "Slack", "--direction", "out", "--summary", "Sent the draft", "--json");
    expect(c.stderr).toBe("");
    expect(JSON.parse(c.stdout)).toEqual({ file: "Clients/Harbour Goods/Communication.md", line: "- [at:: 2026-12-02T10:00+07:00] [channel:: Slack] [direction:: out] Sent the draft" });
    expect(cli("contact", "--client", "Harbour Goods", "--direction", "sideways").code).toBe(2);
    // Never checked in: the agenda lists the check-in as due; once written, it knows the day.
    expect(cli("agenda", "--json").stdout).toMatch(/"lastCheckin": ?null/);
    const first = cli("checkin", "--client", "Harbour Goods", "--json");
    expect(JSON.parse(first.stdout)).toEqual({ file: "Clients/Harbour Goods/Check-ins/2026-12-02.md", created: true });
    expect(JSON.parse(cli("checkin", "--client", "Harbour Goods", "--json").stdout)).toEqual({ file: "Clients/Harbour Goods/Check-ins/2026-12-02.md", created: false });
    expect(cli("survey", "--client", "Harbour Goods").stdout).toBe("Created Clients/Harbour Goods/Feedback/2026-12-02.md\n");
    expect(cli("agenda", "--json").stdout).not.toMatch(/"lastCheckin": ?null/);
  });
});
