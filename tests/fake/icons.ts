// Icons: there is no Lucide here, so every icon id draws a small placeholder SVG (a rounded square
// with the id's first letter) tagged data-icon="<id>" and class "svg-icon lucide-<id>", the class
// Obsidian gives its icons. addIcon() registers custom ids the same way.

const SVG_NS = "http://www.w3.org/2000/svg";
const custom = new Map<string, string>();

export function addIcon(iconId: string, svgContent: string): void {
  custom.set(iconId, svgContent);
}

export function removeIcon(iconId: string): void {
  custom.delete(iconId);
}

export function getIconIds(): string[] {
  return [...custom.keys()];
}

export function getIcon(iconId: string): SVGSVGElement | null {
  if (!iconId) return null;
  const svg: SVGSVGElement = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("xmlns", SVG_NS);
  svg.setAttribute("width", "24");
  svg.setAttribute("height", "24");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("fill", "none");
  svg.setAttribute("stroke", "currentColor");
  svg.setAttribute("stroke-width", "2");
  svg.setAttribute("data-icon", iconId);
  svg.classList.add("svg-icon", `lucide-${iconId}`);
  const rect = document.createElementNS(SVG_NS, "rect");
  rect.setAttribute("x", "3");
  rect.setAttribute("y", "3");
  rect.setAttribute("width", "18");
  rect.setAttribute("height", "18");
  rect.setAttribute("rx", "4");
  svg.appendChild(rect);
  const text = document.createElementNS(SVG_NS, "text");
  text.setAttribute("x", "12");
  text.setAttribute("y", "16");
  text.setAttribute("text-anchor", "middle");
  text.setAttribute("font-size", "11");
  text.setAttribute("fill", "currentColor");
  text.setAttribute("stroke", "none");
  text.textContent = iconId.replace(/^lucide-/, "").charAt(0).toUpperCase();
  svg.appendChild(text);
  return svg;
}

/** Replaces the element's content with the icon, like Obsidian. */
export function setIcon(parent: HTMLElement, iconId: string): void {
  parent.empty();
  const svg = getIcon(iconId);
  if (svg) parent.appendChild(svg);
}
