/** Where the package itself lives (its templates and Eleventy config), wherever it is run from. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const PACKAGE_TEMPLATES = join(PACKAGE_ROOT, 'templates');
export const ELEVENTY_CONFIG = join(PACKAGE_ROOT, '.eleventy.ts');
