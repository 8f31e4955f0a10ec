/**
 * Directional formatting characters: invisible, they reorder the text shown around them, so that a name can read
 * as another app's or a URL as another address ("Trojan Source").
 */
const directionalControls: ReadonlyMap<number, string> = new Map([
  [0x061c, 'Arabic letter mark'],
  [0x200e, 'left-to-right mark'],
  [0x200f, 'right-to-left mark'],
  [0x202a, 'left-to-right embedding'],
  [0x202b, 'right-to-left embedding'],
  [0x202c, 'pop directional formatting'],
  [0x202d, 'left-to-right override'],
  [0x202e, 'right-to-left override'],
  [0x2066, 'left-to-right isolate'],
  [0x2067, 'right-to-left isolate'],
  [0x2068, 'first strong isolate'],
  [0x2069, 'pop directional isolate'],
]);

/** The control characters people most often paste by accident, named so they know what to look for. */
const controlNames: ReadonlyMap<number, string> = new Map([
  [0x00, 'null'],
  [0x09, 'tab'],
  [0x0a, 'line break'],
  [0x0d, 'carriage return'],
]);

const codePoint = (unit: number) => `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * What makes `text` unfit to show a person as it is, said as the end of an error message, or undefined when it is
 * plain text: a C0 or C1 control character, a directional formatting character, or half of a surrogate pair.
 *
 * @example
 * unsafeCharacter('Antrean\u202eKTP'); // 'contains U+202E (right-to-left override), which can disguise text; remove it'
 */
export function unsafeCharacter(text: string): string | undefined {
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(index + 1))) {
      index += 1;
      continue;
    }
    if (isHighSurrogate(unit) || isLowSurrogate(unit)) {
      return `contains ${codePoint(unit)}, half of a character (a lone surrogate); send the whole character or remove it`;
    }
    if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) {
      const name = controlNames.get(unit);
      return `contains ${codePoint(unit)} (a control character${name === undefined ? '' : `: ${name}`}), which is not text; remove it`;
    }
    const directional = directionalControls.get(unit);
    if (directional !== undefined) {
      return `contains ${codePoint(unit)} (${directional}), which can disguise text; remove it`;
    }
  }
  return undefined;
}
