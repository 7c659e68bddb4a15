/**
 * Which Chromium the browser tests and the benchmark drive, in this order:
 *   1. `CHROMIUM_PATH`, when set;
 *   2. Debian's Chromium at /usr/bin/chromium, when installed;
 *   3. the Chromium that the npm package @sparticuz/chromium ships inside itself (unpacked into
 *      the system's temporary folder on first use), so that `npm install` alone brings a browser.
 * Resolved once per test run by tests/helpers/global-setup.ts, which passes the answer to the test
 * workers in CHROMIUM_PATH (two workers unpacking the same binary at once would race).
 */
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export async function chromiumPath(env: NodeJS.ProcessEnv = process.env, debian = DEBIAN_CHROMIUM): Promise<string> {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  if (existsSync(debian)) return debian;
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}
