// Setup for the unit project (happy-dom): Obsidian's DOM helpers (createEl, addClass, …) on the
// prototypes before any test code runs, and the fake's module-level state (apps, notices, modals,
// language, platform, body) reset after each test. Obsidian's Array/String extensions are not
// installed here: importing "obsidian" (the fake) installs them, so plain Node code is tested
// without them.
import { afterEach } from "vitest";
import { installDomHelpers } from "./dom";
import { resetFake } from "./reset";
import { setYamlReader } from "../../src/core/notes/yaml";
import { jsYamlReader } from "../../src/cli/yaml";

installDomHelpers();
// The core's YAML parser, as the CLI sets it; a plugin loaded on the fake sets Obsidian's (the
// fake's parseYaml, js-yaml's core schema too).
setYamlReader(jsYamlReader);

afterEach(() => {
  resetFake();
});
