// Setup for the unit project (happy-dom): Obsidian's DOM helpers (createEl, addClass, …) on the
// prototypes before any test code runs, and the fake's module-level state (apps, notices, modals,
// language, platform, body) reset after each test. Obsidian's Array/String extensions are not
// installed here: importing "obsidian" (the fake) installs them, so plain Node code is tested
// without them.
import { afterEach } from "vitest";
import { installDomHelpers } from "./dom";
import { resetFake } from "./reset";

installDomHelpers();

afterEach(() => {
  resetFake();
});
