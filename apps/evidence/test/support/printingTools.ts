import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * What the PDF tests need and this machine lacks, said with how to get it; null when both are here. npm test
 * installs Debian's chromium and poppler-utils first when it runs as root.
 */
function missingPrintingTools(): string | null {
  const missing = [
    ...(existsSync(chromium) ? [] : [`Chromium at ${chromium} (Debian's chromium, or set CHROMIUM_PATH)`]),
    ...(spawnSync('pdftotext', ['-v']).error === undefined ? [] : ["pdftotext (Debian's poppler-utils)"]),
  ];
  return missing.length === 0
    ? null
    : `The evidence PDF tests need ${missing.join(' and ')}. As root: apt-get update && apt-get install -y chromium poppler-utils.`;
}

/**
 * Whether to skip the PDF tests: never under CI=true, where a missing tool fails the file with what to install;
 * elsewhere they are skipped with a warning, as the registry's PostgreSQL half is.
 */
export function skipWithoutPrintingTools(): boolean {
  const missing = missingPrintingTools();
  if (missing === null) return false;
  if (process.env.CI === 'true') throw new Error(missing);
  console.warn(`\n⚠ ${missing} They are skipped.\n`);
  return true;
}

/** The PDF's text as pdftotext reads it, every run of white space made one space (lines wrap where they will). */
export function pdfText(file: string): string {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed on ${file}: ${result.stderr}`);
  return result.stdout.replace(/\s+/g, ' ');
}
