// The planner per person (docs/team.md): whose blocks the week shows (the device's person by
// default, anyone's or everyone's from the header's picker), the working hours drawn for them,
// whose plan note a new block goes to, and who may change a block. Without people notes none of
// this shows and the planner is as it was.

import type { App } from "obsidian";
import type { Translate } from "../../core/i18n";
import type { VaultIndex } from "../../core/index/vault-index";
import type { Person } from "../../core/lifecycle/people";
import type { BlockItem, WeekViewOptions } from "../../core/planner/week-model";
import { isPersonShown, personHours, planPersonOf, weekPersonOf } from "../../core/planner/plan-person";
import type { HoursRange, Weekday } from "../../core/shared/types";
import { formatClock } from "../../core/shared/hours";
import { workingAs } from "../../adapter/working-as";

/** The picker's value for everyone's blocks; "" is the device's own person. */
export const EVERYONE = "*";
/** Person tones of the blocks' edges in everyone's week (styles/planner-extras.css). */
const TONES = 6;

type Hours = { zone: string; workingHours: HoursRange; workingDays: readonly Weekday[] };

export class PlannerPeople {
  /** "" mine, EVERYONE, or a person's key. */
  choice = "";

  constructor(private readonly app: App) {}

  /** Who the week shows: a person, null (the VA alone) or everyone. */
  shown(index: VaultIndex): Person | null | "all" {
    if (!index.team.active() || this.choice === EVERYONE) return "all";
    if (this.choice !== "") {
      const p = index.team.find(this.choice);
      if (p !== null) return p;
    }
    const r = workingAs(this.app, index);
    // A device whose name finds nobody sees everyone's, and writes nothing in anyone's name.
    return r.ok ? r.person : "all";
  }

  /** The week model's person and working hours for what the picker says. */
  options(index: VaultIndex, base: Hours): Pick<WeekViewOptions, "person" | "workingZone" | "workingHours" | "workingDays"> {
    const shown = this.shown(index);
    if (shown === "all") return { workingHours: base.workingHours, workingDays: base.workingDays };
    return { ...personHours(shown, base), person: weekPersonOf(shown) };
  }

  /** The device's own person; undefined when its name finds nobody. */
  me(index: VaultIndex): Person | null | undefined {
    const r = workingAs(this.app, index);
    return r.ok ? r.person : undefined;
  }

  /** True when this device plans for others: the owner's, with a team. */
  plansForOthers(index: VaultIndex): boolean {
    const me = this.me(index);
    return index.team.active() && me !== undefined && (me === null || me.role === "owner");
  }

  /** A block's note is the device person's own, or the device is the owner's (who may change any). */
  mayEdit(index: VaultIndex, b: BlockItem): boolean {
    if (!index.team.active()) return true;
    const me = this.me(index);
    if (me === undefined) return false;
    return me === null || me.role === "owner" || isPersonShown(weekPersonOf(me), b.person);
  }

  /** Whose plan note the device's new blocks go to (planPersonOf); undefined: refused, the name finds nobody. */
  writePerson(index: VaultIndex): string | null | undefined {
    const me = this.me(index);
    return me === undefined ? undefined : planPersonOf(me);
  }
}

/** The header's person picker, shown with a team only: the view's change handler reads it. */
export function renderPersonPicker(tools: HTMLElement, t: Translate, people: readonly Person[], choice: string): void {
  const select = createEl("select", { cls: "dropdown client-desk-planner-person", attr: { "aria-label": t("planner.person.label") } });
  select.createEl("option", { value: "", text: t("planner.person.mine") });
  select.createEl("option", { value: EVERYONE, text: t("planner.person.all") });
  for (const p of people) if (!p.legacy) select.createEl("option", { value: p.key, text: p.name });
  select.value = choice;
  tools.prepend(select);
}

/** "Ana Lima's working hours: 09:00–17:00 (Europe/London)", drawn in the VA's zone below. */
export function personHoursText(t: Translate, p: Person, ownerZone: string): string | null {
  if (p.workingHours === null || p.role === "owner") return null;
  return t("planner.person.hours", { name: p.name, hours: `${formatClock(p.workingHours.start)}–${formatClock(p.workingHours.end)}`, zone: p.timezone ?? ownerZone });
}

/** In everyone's week, each block's person (the plain notes: the owner) and their edge's tone. */
export function blockPeople(people: readonly Person[]): (b: BlockItem) => { name: string; tone: number } | null {
  const team = people.filter((p) => !p.legacy);
  const owner = team.find((p) => p.role === "owner") ?? null;
  return (b) => {
    const i = b.person === null ? (owner === null ? -1 : team.indexOf(owner)) : team.findIndex((p) => p.key.toLowerCase() === (b.person as string).toLowerCase());
    return i < 0 ? null : { name: team[i].name, tone: i % TONES };
  };
}
