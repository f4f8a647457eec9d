// The bench's command line: which scales and measures, how many runs, the week to draw.

import process from "node:process";
import { SCALES, type ScaleName } from "./generate";

export interface Options {
  scales: ScaleName[];
  quick: boolean;
  json: boolean;
  strict: boolean;
  only: Set<string>;
  week: string;
}

export const MEASURES = ["cold", "update", "memory", "query", "import", "tick", "render", "load", "report", "invoice", "cli"];
export const SCALE_MEASURES = ["cold", "update", "memory", "query", "report", "invoice", "cli"];

export class UsageError extends Error {}

export function parseArgs(argv: string[]): Options {
  const o: Options = { scales: ["S", "M", "L"], quick: false, json: false, strict: false, only: new Set(MEASURES), week: "2026-W20" };
  const value = (i: number, name: string): string => {
    const a = argv[i];
    if (a.includes("=")) return a.slice(a.indexOf("=") + 1);
    const v = argv[i + 1];
    if (v === undefined) throw new UsageError(`${name} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const name = a.split("=")[0];
    if (name === "--scale" || name === "--scales") {
      const v = value(i, name);
      if (!a.includes("=")) i++;
      const list = v.toUpperCase().split(",").filter((s) => s !== "");
      for (const s of list) if (!(s in SCALES)) throw new UsageError(`unknown scale ${s} (S, M or L)`);
      o.scales = list as ScaleName[];
    } else if (name === "--only") {
      const v = value(i, name);
      if (!a.includes("=")) i++;
      const list = v.split(",").filter((s) => s !== "");
      for (const s of list) if (!MEASURES.includes(s)) throw new UsageError(`unknown measure ${s} (${MEASURES.join(", ")})`);
      o.only = new Set(list);
    } else if (name === "--week") {
      o.week = value(i, name);
      if (!a.includes("=")) i++;
    } else if (a === "--quick") o.quick = true;
    else if (a === "--json") o.json = true;
    else if (a === "--strict") o.strict = true;
    else if (a === "--help" || a === "-h") {
      process.stdout.write(
        "npm run bench -- [--scale S|M|L|S,M] [--quick] [--json] [--strict] [--only cold,update,memory,query,import,tick,render,load,report,invoice,cli] [--week 2026-W20] [--cpu-prof]\n",
      );
      process.exit(0);
    } else throw new UsageError(`unknown argument ${a} (--help lists them)`);
  }
  return o;
}
