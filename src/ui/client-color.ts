// A client's own colour on an element, in the shade each theme needs (core/shared/colors.ts): the
// light theme's in `--name`, the dark theme's in `--name-dark`; the stylesheet picks one under
// `.theme-dark`, so a theme change needs no redraw.

import { themeColors } from "../core/shared/colors";

/** The CSS properties that give `el` a client's colour `color` (`#rrggbb`) under `name`. */
export function clientColorProps(name: string, color: string): Record<string, string> {
  const { light, dark } = themeColors(color);
  return { [name]: light, [`${name}-dark`]: dark };
}

/** The shade of `color` for the theme the document shows now (for colours drawn inline). */
export function colorForShownTheme(color: string): string {
  const both = themeColors(color);
  return activeDocument.body.hasClass("theme-dark") ? both.dark : both.light;
}
