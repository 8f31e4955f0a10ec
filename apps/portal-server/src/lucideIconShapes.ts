import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/** Where Lucide's icons are (ISC licence): one SVG file per icon name, its older names included. */
export const lucideIcons = join(
  dirname(createRequire(import.meta.url).resolve('lucide-static/package.json')),
  'icons',
);

type Parsed = Array<Record<string, unknown> & { ':@'?: Record<string, string> }>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true });

/** The elements inside an icon file's `<svg>`, each as `[name, attributes]`. */
function shapesOf(svg: string): Array<[string, Record<string, string>]> {
  const root = (parser.parse(svg) as Parsed).find((node) => 'svg' in node);
  return ((root?.['svg'] ?? []) as Parsed).flatMap((node) => {
    const name = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
    return name === undefined ? [] : [[name, node[':@'] ?? {}] as [string, Record<string, string>]];
  });
}

/**
 * An icon's shapes by its name, from the same files the icon server sends (`[["circle", { cx: "9", … }], …]`), or
 * undefined for a name Lucide lacks: what the rendered home draws inline in its tiles, where the shell keeps only
 * the shapes and their geometry. Read when first asked, then kept.
 */
export function lucideIconShapes(): (name: string) => unknown {
  const known = new Map<string, unknown>();
  return (name) => {
    if (!/^[a-z][a-z0-9-]{1,39}$/.test(name)) return undefined;
    if (!known.has(name)) {
      let shapes: unknown;
      try {
        shapes = shapesOf(readFileSync(join(lucideIcons, `${name}.svg`), 'utf8'));
      } catch {
        shapes = undefined;
      }
      known.set(name, shapes);
    }
    return known.get(name);
  };
}
