// "Find a meeting slot" for the current week; the planner view opens the modal for the week it shows.

import type ClientDeskPlugin from "../../main";
import { SlotFinderModal } from "./slot-finder-modal";
import { currentWeek } from "./plan-fill-template";

export function registerFindMeetingSlot(plugin: ClientDeskPlugin): void {
  plugin.addCommand({
    id: "find-meeting-slot",
    name: plugin.t("command.find-meeting-slot"),
    callback: () => void openSlotFinder(plugin, currentWeek(plugin)),
  });
}

export async function openSlotFinder(plugin: ClientDeskPlugin, week: string): Promise<SlotFinderModal> {
  await plugin.indexer.whenReady;
  const modal = new SlotFinderModal(plugin, week);
  modal.open();
  return modal;
}
