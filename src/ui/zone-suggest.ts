// Time zone search under a text field: every IANA name the platform knows, matched by any part
// ("sydney", "ho chi", "new_york").

import { AbstractInputSuggest, prepareFuzzySearch, type App } from "obsidian";

let zones: string[] | null = null;

function allZones(): string[] {
  zones ??= (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.("timeZone") ?? [];
  return zones;
}

export class ZoneSuggest extends AbstractInputSuggest<string> {
  constructor(
    app: App,
    private readonly input: HTMLInputElement,
    private readonly chosen: (zone: string) => void,
  ) {
    super(app, input);
    this.limit = 50;
  }

  protected getSuggestions(query: string): string[] {
    const q = query.trim().replace(/\s+/g, "_");
    if (q === "") return allZones().slice(0, this.limit);
    const match = prepareFuzzySearch(q);
    return allZones().filter((z) => match(z) !== null);
  }

  renderSuggestion(zone: string, el: HTMLElement): void {
    el.setText(zone.replace(/_/g, " "));
  }

  override selectSuggestion(zone: string): void {
    this.input.value = zone;
    this.chosen(zone);
    this.close();
  }
}
