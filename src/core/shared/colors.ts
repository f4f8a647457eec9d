// A client's own colour made readable on the theme's background: the colour as the user chose it
// when it already stands out (WCAG contrast of 3:1, the rule for borders and graphics), else the
// nearest shade towards black (light theme) or white (dark theme) that does. `#264653` stays as it
// is on white and turns lighter on Obsidian's dark grey.

export type Theme = "light" | "dark";

/** Obsidian's default backgrounds (primary and secondary): a colour must stand out on both. */
const BACKGROUNDS: Record<Theme, readonly string[]> = {
  light: ["#ffffff", "#f6f6f6"],
  dark: ["#1e1e1e", "#262626"],
};

/** WCAG's minimum contrast for the parts of graphics and user interface components. */
export const MIN_CONTRAST = 3;

type Rgb = [number, number, number];

function rgbOf(hex: string): Rgb | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)] : null;
}

const hexOf = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of two `#rrggbb` colours (1 to 21), or NaN when one is not one. */
export function contrastRatio(a: string, b: string): number {
  const x = rgbOf(a);
  const y = rgbOf(b);
  if (!x || !y) return NaN;
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
}

/** The lowest contrast of `hex` against the theme's backgrounds. */
export function themeContrast(hex: string, theme: Theme): number {
  return Math.min(...BACKGROUNDS[theme].map((bg) => contrastRatio(hex, bg)));
}

/**
 * `hex` (`#rrggbb`) as drawn in `theme`: itself when it has `min` contrast against the theme's
 * backgrounds, else mixed towards black (light) or white (dark) by the smallest step that has.
 * Anything but `#rrggbb` comes back unchanged (the client note's reader accepts no other form).
 */
export function readableColor(hex: string, theme: Theme, min = MIN_CONTRAST): string {
  const rgb = rgbOf(hex);
  if (!rgb || themeContrast(hex, theme) >= min) return rgb ? hex.toLowerCase() : hex;
  const target = theme === "light" ? 0 : 255;
  for (let step = 1; step <= 20; step++) {
    const k = step / 20;
    const mixed = hexOf(rgb.map((c) => c + (target - c) * k) as Rgb);
    if (themeContrast(mixed, theme) >= min) return mixed;
  }
  return theme === "light" ? "#000000" : "#ffffff";
}

/** The two shades of a client's colour, for the CSS of both themes. */
export function themeColors(hex: string): { light: string; dark: string } {
  return { light: readableColor(hex, "light"), dark: readableColor(hex, "dark") };
}
