// resetFake(): puts the module-level state of the fake back as it was (run after each test):
// apps are destroyed (plugins unloaded, keymap listeners removed), leftover components unloaded.
import { destroyAllApps } from "./app";
import { handlerErrors, unloadAllComponents } from "./events";
import { markdownRegistry } from "./markdown";
import { closeAllModals } from "./modal";
import { networkAttempts, resetPlatform, setLanguage } from "./platform";
import { clearNotices, shownMenus } from "./ui";

export function resetFake(): void {
  destroyAllApps();
  unloadAllComponents();
  closeAllModals();
  for (const m of shownMenus) m.hide();
  shownMenus.length = 0;
  clearNotices();
  markdownRegistry.clear();
  handlerErrors.length = 0;
  networkAttempts.length = 0;
  setLanguage("en");
  resetPlatform();
  if (typeof document !== "undefined") {
    document.body.empty();
    document.body.className = "";
  }
}
