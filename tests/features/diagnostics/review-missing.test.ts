// "Check client data" on the fake: a task of a workflow that needs a review, set to done by hand
// without a passed one, is listed as an error at its status line; a passed review clears it.
import { describe, expect, it } from "vitest";
import { App, loadPlugin } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";
import { DIAGNOSTICS_VIEW } from "../../../src/features/diagnostics/diagnostics-view";

const TASK = "Clients/Acme/Tasks/Post.md";

async function problems(review: string): Promise<string[]> {
  const app = new App({
    files: {
      "Clients/Acme/Acme.md": "---\ntimezone: Europe/London\ncurrency: GBP\nrate: 30\n---\n",
      "Client Desk/Workflows/Blog post.md": "---\ntype: workflow\nreview: true\n---\n## Draft\n- [ ] Write\n## Review\n- [ ] Read\n",
      [TASK]: `---\ntitle: Post\nworkflow: "[[Blog post]]"\nstage: Draft\nstatus: done\n${review}---\n`,
    },
    pluginData: { "client-desk": {} },
  });
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  await app.commands.run("client-desk:check-data");
  const leaf = app.workspace.getLeavesOfType(DIAGNOSTICS_VIEW)[0];
  return [...leaf.view.containerEl.querySelectorAll(".client-desk-diagnostic")].map((el) => el.textContent ?? "");
}

describe("check: a done task without its review", () => {
  it("is an error at the task's status line", async () => {
    const found = await problems("");
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("“Post” is done but Blog post needs a passed quality review");
    expect(found[0]).toContain("line 5");
  });

  it("is not one once the review has passed", async () => {
    expect(await problems("review: passed\n")).toEqual([]);
  });
});
