// `client-desk timer start|stop|status`: the running timer lives in the vault, so the CLI and the
// plugin see the same one. Fixed clock through --now.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { newLogNote } from "../../src/core/notes/log-append";
import { App, loadPlugin } from "../fake/obsidian";
import ClientDeskPlugin from "../../src/main";
import { parse, removeDir, run, spawn, tempDir, writeTree } from "./helpers";
import { clientNotePath, CLIENTS, note, settingsFile } from "../support/vault";

const ZONE = "Asia/Ho_Chi_Minh";
const HARBOUR_LOG = "Clients/Harbour Goods/Log/2026-11.md";
const BRIGHT_LOG = "Clients/Brightloop/Log/2026-11.md";

function vault(root: string, extra: Record<string, string> = {}): void {
  writeTree(root, {
    ...settingsFile({ timeZone: ZONE, homeCurrency: "VND" }),
    [clientNotePath("Harbour Goods")]: note(CLIENTS.harbour),
    [clientNotePath("Brightloop")]: note(CLIENTS.brightloop),
    ...extra,
  });
}

interface EntryJson {
  id: string;
  clientKey: string;
  file: string;
  line: number;
  start: number;
  end: number | null;
  task: string | null;
  note: string;
  device: string | null;
}
interface StopJson {
  file: string;
  line: string;
  entry: EntryJson;
  seconds: number;
}
interface StartJson {
  already?: boolean;
  file: string;
  line: string;
  entry: EntryJson;
  created: boolean;
  stopped: StopJson | null;
}
interface StatusJson {
  now: string;
  zone: string;
  running: { entry: EntryJson; clientName: string; clientMissing: boolean; startLocal: string; seconds: number; long: boolean }[];
  today: { date: string; from: string; to: string; seconds: number; clients: { key: string; name: string; seconds: number }[] };
  retainers: { key: string; name: string; month: string; usedSeconds: number; rawSeconds: number; includedHours: number; ratio: number; high: boolean; over: boolean }[];
}

describe("client-desk timer", () => {
  let root: string;
  beforeEach(() => {
    root = tempDir();
    vault(root);
  });
  afterEach(() => removeDir(root));

  const read = (file: string) => readFileSync(join(root, file), "utf8");

  it("start writes a running line, start again switches at the same instant, stop sets the end", () => {
    const a = run(["timer", "start", "--vault", root, "--client", "harbour goods", "--task", "[[Product uploads]]", "--note", "Batch 3", "--device", "Linh's Mac", "--now", "2026-11-23T09:00:12", "--json"]);
    expect(a.stderr).toBe("");
    expect(a.code).toBe(0);
    const started = parse<StartJson>(a.stdout);
    expect(started).toMatchObject({ file: HARBOUR_LOG, created: true, stopped: null });
    expect(started.line).toMatch(/^- \[start:: 2026-11-23T09:00:12\+07:00\] \[task:: \[\[Product uploads\]\]\] \[device:: Linh's Mac\] Batch 3 \^cd-[a-z0-9]{8}$/);
    expect(read(HARBOUR_LOG)).toBe(`${newLogNote("Harbour Goods", "2026-11")}${started.line}\n`);
    expect(started.entry).toMatchObject({ clientKey: "Harbour Goods", end: null, device: "Linh's Mac", task: "[[Product uploads]]" });

    const b = run(["timer", "start", "--vault", root, "--client", "Brightloop", "--device", "Linh's Mac", "--now", "2026-11-23T10:30:00+07:00", "--json"]);
    expect(b.code).toBe(0);
    const switched = parse<StartJson>(b.stdout);
    expect(switched.stopped).toMatchObject({ file: HARBOUR_LOG, seconds: 5388 });
    expect(switched.stopped!.line).toBe(started.line.replace("+07:00]", "+07:00] [end:: 2026-11-23T10:30+07:00]"));
    expect(read(HARBOUR_LOG)).toBe(`${newLogNote("Harbour Goods", "2026-11")}${switched.stopped!.line}\n`);
    expect(switched.line).toMatch(/^- \[start:: 2026-11-23T10:30\+07:00\] \[device:: Linh's Mac\] \^cd-/);

    const before = read(BRIGHT_LOG);
    const c = run(["timer", "stop", "--vault", root, "--now", "2026-11-23T11:45:30+07:00"]);
    expect(c.code).toBe(0);
    expect(c.stdout).toBe(`Stopped Brightloop after 1 h 15 min, in ${BRIGHT_LOG}:\n${switched.line.replace("+07:00]", "+07:00] [end:: 2026-11-23T11:45:30+07:00]")}\n`);
    expect(read(BRIGHT_LOG)).toBe(before.replace(switched.line, switched.line.replace("+07:00]", "+07:00] [end:: 2026-11-23T11:45:30+07:00]")));
  });

  it("status: the running timer, today per client and the retainer this month", () => {
    vault(root, {
      [BRIGHT_LOG]: "# Log\n- [start:: 2026-11-02T08:00+07:00] [end:: 2026-11-02T23:00+07:00] Launch ^cd-bright01\n- [start:: 2026-11-23T08:00+07:00] [end:: 2026-11-23T08:45+07:00] Inbox ^cd-bright02\n",
      [HARBOUR_LOG]: "- [start:: 2026-11-23T09:00+07:00] [device:: Linh's phone] Orders ^cd-harb0001\n",
    });
    const r = run(["timer", "status", "--vault", root, "--now", "2026-11-23T10:15:00+07:00", "--json"]);
    expect(r.code).toBe(0);
    const s = parse<StatusJson>(r.stdout);
    expect(s.now).toBe("2026-11-23T10:15+07:00");
    expect(s.zone).toBe(ZONE);
    expect(s.running).toHaveLength(1);
    expect(s.running[0]).toMatchObject({ clientName: "Harbour Goods", clientMissing: false, startLocal: "2026-11-23T09:00+07:00", seconds: 4500 });
    expect(s.running[0].entry).toMatchObject({ id: "cd-harb0001", device: "Linh's phone", end: null });
    expect(s.today).toEqual({
      date: "2026-11-23",
      from: "2026-11-23T00:00+07:00",
      to: "2026-11-24T00:00+07:00",
      seconds: 4500 + 2700,
      clients: [
        { key: "Harbour Goods", name: "Harbour Goods", seconds: 4500 },
        { key: "Brightloop", name: "Brightloop", seconds: 2700 },
      ],
    });
    expect(s.retainers).toEqual([
      { key: "Brightloop", name: "Brightloop", month: "2026-11", usedSeconds: 15.75 * 3600, rawSeconds: 15.75 * 3600, includedHours: 20, ratio: 0.7875, high: false, over: false },
    ]);
    const text = run(["timer", "status", "--vault", root, "--now", "2026-11-23T10:15:00+07:00"]);
    expect(text.stdout).toBe(
      [
        `Running: Harbour Goods, since 2026-11-23 09:00 (1 h 15 min), started on Linh's phone, in ${HARBOUR_LOG}`,
        "Today, 2026-11-23: 2 h 0 min",
        "  Harbour Goods  1 h 15 min",
        "  Brightloop  0 h 45 min",
        "Retainers in 2026-11 (billed hours, rounded as each client note says):",
        "  Brightloop  15.7/20 h",
        "",
      ].join("\n"),
    );
    const vi = run(["timer", "status", "--vault", root, "--now", "2026-11-23T10:15:00+07:00", "--lang", "vi"]);
    expect(vi.stdout).toContain("Hôm nay, 2026-11-23: 2 giờ 0 phút");
    expect(vi.stdout).toContain("  Brightloop  15,7/20 giờ");
  });

  it("stop keeps a hand edit; refuses with no timer, with two timers, and for a line gone", () => {
    const line = "- [start:: 2026-11-23T09:00+07:00] [task:: Orders, edited by hand] [device:: Linh's phone] Packing  list ^cd-harb0001";
    vault(root, { [HARBOUR_LOG]: `# Log\r\n${line}\r\n\r\nA paragraph.\r\n` });
    const ok = run(["timer", "stop", "--vault", root, "--now", "2026-11-23T09:30+07:00", "--json"]);
    expect(ok.code).toBe(0);
    expect(read(HARBOUR_LOG)).toBe(`# Log\r\n${line.replace("+07:00]", "+07:00] [end:: 2026-11-23T09:30+07:00]")}\r\n\r\nA paragraph.\r\n`);
    expect(parse<StopJson>(ok.stdout).seconds).toBe(1800);

    const none = run(["timer", "stop", "--vault", root, "--now", "2026-11-23T10:00+07:00"]);
    expect(none).toEqual({ code: 2, stdout: "", stderr: "client-desk: No timer is running.\n" });

    vault(root, {
      [HARBOUR_LOG]: "- [start:: 2026-11-23T09:00+07:00] [device:: a] ^cd-run00001\n",
      [BRIGHT_LOG]: "- [start:: 2026-11-23T09:10+07:00] [device:: b] ^cd-run00002\n",
    });
    const two = run(["timer", "stop", "--vault", root, "--now", "2026-11-23T10:00+07:00"]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain("2 timers are running (cd-run00001, cd-run00002)");
    const start = run(["timer", "start", "--vault", root, "--client", "Harbour Goods", "--now", "2026-11-23T10:00+07:00"]);
    expect(start.code).toBe(2);
    const one = run(["timer", "stop", "--vault", root, "--id", "^cd-run00002", "--now", "2026-11-23T10:00+07:00", "--json"]);
    expect(one.code).toBe(0);
    expect(read(BRIGHT_LOG)).toBe("- [start:: 2026-11-23T09:10+07:00] [end:: 2026-11-23T10:00+07:00] [device:: b] ^cd-run00002\n");
    const unknown = run(["timer", "stop", "--vault", root, "--id", "cd-nope0000"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("client-desk: No running timer has the id cd-nope0000. Running: cd-run00001.\n");
    const early = run(["timer", "stop", "--vault", root, "--now", "2026-11-23T08:00+07:00"]);
    expect(early.code).toBe(3);
    expect(early.stderr).toContain("starts after the end that would be written");
    expect(run(["timer", "pause", "--vault", root]).stderr).toBe("client-desk: timer needs start, switch, stop or status, not “pause”.\n");
  });

  it("runs as the real command", () => {
    const r = spawn(["timer", "start", "--vault", root, "--client", "Brightloop", "--now", "2026-11-23T09:00+07:00", "--device", "cron"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Created Clients\/Brightloop\/Log\/2026-11\.md\.\nStarted in Clients\/Brightloop\/Log\/2026-11\.md:\n- \[start:: 2026-11-23T09:00\+07:00\] \[device:: cron\] \^cd-[a-z0-9]{8}\n$/);
    const help = spawn(["--help"]);
    expect(help.stdout).toContain("  timer start --vault DIR --client NAME");
    expect(help.stdout.indexOf("timer status")).toBeLessThan(help.stdout.indexOf("Options of every command"));
  });

  it("the plugin sees the timer the CLI started, and the CLI sees the one the plugin stopped", async () => {
    expect(run(["timer", "start", "--vault", root, "--client", "Harbour Goods", "--device", "cron", "--now", "2026-11-23T09:00+07:00"]).code).toBe(0);
    const files: Record<string, string> = {};
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const abs = join(dir, name);
        if (name.startsWith(".")) continue;
        if (statSync(abs).isDirectory()) walk(abs);
        else files[relative(root, abs)] = readFileSync(abs, "utf8");
      }
    };
    walk(root);
    vi.useFakeTimers({ now: Date.parse("2026-11-23T09:40+07:00"), toFake: ["Date", "setInterval", "clearInterval"] });
    const app = new App({ files, pluginData: { "client-desk": { timeZone: ZONE } } });
    app.saveLocalStorage("client-desk-device", "Linh's Mac");
    const plugin = await loadPlugin(ClientDeskPlugin, app);
    await app.startLayout();
    await plugin.indexer.whenReady;
    await app.settle();
    const cur = plugin.timer.current();
    expect(cur?.entry.device).toBe("cron");
    expect(cur?.otherDevice).toBe(true);
    await plugin.timer.stop();
    await app.settle();
    vi.useRealTimers();
    expect(app.vault.contentOf(HARBOUR_LOG)).toContain("[end:: 2026-11-23T09:40+07:00] [device:: cron]");
    writeTree(root, { [HARBOUR_LOG]: app.vault.contentOf(HARBOUR_LOG) });
    const s = parse<StatusJson>(run(["timer", "status", "--vault", root, "--json"]).stdout);
    expect(s.running).toEqual([]);
  });
});

describe("client-desk timer and forgotten time", () => {
  let root: string;
  const running = "- [start:: 2026-11-20T09:00+07:00] [task:: Orders] [device:: Linh's Mac] Orders ^cd-harb0001\n";
  beforeEach(() => {
    root = tempDir();
    vault(root, { [HARBOUR_LOG]: running });
  });
  afterEach(() => removeDir(root));
  const read = (file: string) => readFileSync(join(root, file), "utf8");
  // 3 days 1 h after the start: far past the idle limit (10 h by default).
  const LATE = "2026-11-23T10:00+07:00";

  it("status says a timer ran past the idle limit", () => {
    const json = parse<StatusJson>(run(["timer", "status", "--vault", root, "--now", LATE, "--json"]).stdout);
    expect(json.running[0]).toMatchObject({ seconds: 73 * 3600, long: true });
    const soon = parse<StatusJson>(run(["timer", "status", "--vault", root, "--now", "2026-11-20T18:00+07:00", "--json"]).stdout);
    expect(soon.running[0].long).toBe(false);
    expect(run(["timer", "status", "--vault", root, "--now", LATE]).stdout).toContain("Running longer than 10 h: if it was forgotten, stop it with client-desk timer stop --end TIME.");
  });

  it("stop refuses to bill a forgotten timer to now without --end or --keep, and writes nothing", () => {
    const r = run(["timer", "stop", "--vault", root, "--now", LATE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Harbour Goods · Orders has been running for 73 h 0 min, longer than the idle limit of 10 h");
    expect(read(HARBOUR_LOG)).toBe(running);
    // Nor does a start of another client stop it at now.
    expect(run(["timer", "start", "--vault", root, "--client", "Brightloop", "--now", LATE]).code).toBe(2);
    expect(read(HARBOUR_LOG)).toBe(running);
  });

  it("stop --end writes the end the work had; --keep keeps all of it", () => {
    expect(run(["timer", "stop", "--vault", root, "--now", LATE, "--end", "2026-11-23T11:00"]).code).toBe(2);
    expect(run(["timer", "stop", "--vault", root, "--now", LATE, "--end", "2026-11-20T08:00"]).code).toBe(2);
    const r = run(["timer", "stop", "--vault", root, "--now", LATE, "--end", "2026-11-20T12:30"]);
    expect(r.code).toBe(0);
    expect(read(HARBOUR_LOG)).toBe(running.replace("+07:00]", "+07:00] [end:: 2026-11-20T12:30+07:00]"));

    writeTree(root, { [HARBOUR_LOG]: running });
    expect(run(["timer", "stop", "--vault", root, "--now", LATE, "--keep"]).code).toBe(0);
    expect(read(HARBOUR_LOG)).toBe(running.replace("+07:00]", "+07:00] [end:: 2026-11-23T10:00+07:00]"));
  });

  it("a second start of the running client and task is a no-op that says so", () => {
    const r = run(["timer", "start", "--vault", root, "--client", "Harbour Goods", "--task", "Orders", "--now", "2026-11-20T09:01+07:00", "--json"]);
    expect(r.code).toBe(0);
    expect(parse<StartJson>(r.stdout)).toMatchObject({ already: true, created: false, stopped: null, entry: { id: "cd-harb0001" } });
    expect(read(HARBOUR_LOG)).toBe(running);
    const text = run(["timer", "start", "--vault", root, "--client", "Harbour Goods", "--task", "Orders", "--now", "2026-11-20T09:01+07:00"]);
    expect(text.stdout).toBe(`Harbour Goods · Orders is running already (0 h 1 min), in ${HARBOUR_LOG}. Nothing was written.\n`);
  });

  it("check warns about entries longer than the setting, running ones included", () => {
    writeTree(root, {
      [BRIGHT_LOG]: "- [start:: 2026-11-02T08:00+07:00] [end:: 2026-11-02T23:00+07:00] Launch day ^cd-bright01\n- [start:: 2026-11-03T08:00+07:00] [end:: 2026-11-03T09:00+07:00] ^cd-bright02\n",
    });
    const out = parse<{ errors: number; warnings: number; diagnostics: { code: string; file: string; line: number; message: string }[] }>(
      run(["check", "--vault", root, "--now", LATE, "--json"]).stdout,
    );
    expect(out.errors).toBe(0);
    expect(out.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([
      ["entry-too-long", BRIGHT_LOG, 1],
      ["entry-running-long", HARBOUR_LOG, 1],
    ]);
    expect(out.diagnostics[0].message).toContain("This entry lasts 15 h, longer than the 12 h");
    writeTree(root, settingsFile({ timeZone: ZONE, homeCurrency: "VND", maxEntryHours: 16 }));
    const relaxed = parse<{ diagnostics: { code: string }[] }>(run(["check", "--vault", root, "--now", LATE, "--json"]).stdout);
    expect(relaxed.diagnostics.map((d) => d.code)).toEqual(["entry-running-long"]);
  });
});
