import { chromiumFlags } from '@bas/chromium';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { EvidenceError } from './EvidenceError.ts';

/** Debian's Chromium (or CHROMIUM_PATH), headless; a missing browser is an error that says what to install. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new EvidenceError(
      `No Chromium at ${executablePath}: the PDF report is printed by Chromium. Install Debian's package (as root: apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  // `--no-sandbox` is among the flags: Chromium refuses to start as root without it (containers, CI). The report
  // page it renders runs no script and loads nothing (writePdf), so the sandbox would have nothing to contain.
  return chromium.launch({ executablePath, args: [...chromiumFlags] });
}
