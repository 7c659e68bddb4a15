/**
 * The browser tests need no browser installed by hand: without CHROMIUM_PATH and without Debian's
 * Chromium they drive the one @sparticuz/chromium ships inside the npm package.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../helpers/browser.js';
import { chromiumPath } from '../helpers/chromium.js';

describe('chromiumPath', () => {
  it('takes CHROMIUM_PATH first', async () => {
    expect(await chromiumPath({ CHROMIUM_PATH: '/opt/chrome/chrome' }, '/usr/bin/chromium')).toBe('/opt/chrome/chrome');
  });

  it("takes Debian's Chromium when it is installed", async () => {
    expect(await chromiumPath({}, process.execPath)).toBe(process.execPath);
  });

  it('falls back to the Chromium of the npm package, which renders a page', async () => {
    const path = await chromiumPath({}, '/nonexistent/chromium');
    expect(path).not.toBe('/nonexistent/chromium');
    expect(existsSync(path)).toBe(true);
    const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS, headless: true });
    try {
      const page = await browser.newPage();
      await page.setContent('<main><h1>Kovrig and Spavor released</h1></main>');
      expect(await page.textContent('h1')).toBe('Kovrig and Spavor released');
    } finally {
      await browser.close();
    }
  });
});
