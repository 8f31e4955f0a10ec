/** A line icon as its shapes and their geometry: `[["circle", { cx: "9", cy: "12", r: "3" }], …]`. */
export type IconShapes = ReadonlyArray<readonly [string, Readonly<Record<string, string>>]>;

const shapes = new Set(['path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'ellipse']);
const geometry = new Set([
  'd',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'width',
  'height',
  'points',
]);

/**
 * An icon's shapes as the page may draw them: the seven SVG shapes and their geometry, nothing else, so no text
 * put in as an icon can become markup that runs or loads something. Undefined for anything else.
 */
export function iconShapes(raw: unknown): IconShapes | undefined {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > 40) return undefined;
  const drawn: Array<[string, Record<string, string>]> = [];
  for (const item of raw as unknown[]) {
    if (!Array.isArray(item)) return undefined;
    const [shape, attributes] = item as unknown[];
    if (
      typeof shape !== 'string' ||
      !shapes.has(shape) ||
      typeof attributes !== 'object' ||
      attributes === null
    )
      return undefined;
    const kept: Record<string, string> = {};
    for (const [name, value] of Object.entries(attributes)) {
      if (geometry.has(name) && typeof value === 'string' && value.length <= 2000) kept[name] = value;
    }
    drawn.push([shape, kept]);
  }
  return drawn;
}

/**
 * The icons this page draws inline, by name: those the server rendered the home's tiles with, passed to the shell
 * in the page (decisions/0040). An `<img>` of an SVG costs a document of its own on the main thread, some 4 ms each
 * here and four times that on a phone, before the first paint; inline shapes cost next to nothing.
 */
export const inlineIcons = new Map<string, IconShapes>();
