// How the tests and the benchmark start Chromium. Playwright cannot download
// its own browser on our machines, so Debian's is used; CHROMIUM_PATH
// overrides it, and an empty CHROMIUM_PATH means Playwright's bundled browser.
// Without the networking flags Chromium keeps trying to reach Google's
// services and stalls on a machine with no internet.
import { existsSync } from 'node:fs';

const envPath = process.env.CHROMIUM_PATH;

export const CHROMIUM_EXECUTABLE: string | undefined =
  envPath !== undefined ? envPath || undefined : existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
