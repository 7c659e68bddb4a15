/** Vitest global set-up: find the browser once, before any worker starts (see chromium.ts). */
import { chromiumPath } from './chromium.js';

export default async function setup(): Promise<void> {
  process.env.CHROMIUM_PATH = await chromiumPath();
}
