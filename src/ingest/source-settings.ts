/**
 * A folder's settings for the sources in it: `_source.yml` (`outlet: Reuters`). The settings
 * apply to the folder's own files; the sources folder's `_source.yml` applies to the files at its
 * top and to sub-folders without one. A source's front matter still wins over them, and they win
 * over `--outlet` and over the outlet the text names (README, "Outlets").
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import matter from 'gray-matter';

/** The settings file of a folder of sources. */
export const SOURCE_SETTINGS_FILE = '_source.yml';
const KNOWN_KEYS = new Set(['outlet']);
const MAX_OUTLET_LENGTH = 120;

const yaml = (matter as unknown as { engines: { yaml: { parse(s: string): unknown } } }).engines.yaml;

export interface SourceSettings {
  outlet: string | null;
}

/** What reading a settings file gave: its settings, its text (for the cache) and its problems. */
export interface SettingsFile {
  path: string;
  text: string | null;
  settings: SourceSettings;
  problems: string[];
}

/** Parses the text of a `_source.yml`; problems name the reason, and a bad value is ignored. */
export function parseSourceSettings(text: string): { settings: SourceSettings; problems: string[] } {
  const problems: string[] = [];
  let data: unknown;
  try {
    data = yaml.parse(text);
  } catch (err) {
    return { settings: { outlet: null }, problems: [`not valid YAML (${(err as Error).message.split('\n')[0]}): ignored`] };
  }
  if (data === null || data === undefined) return { settings: { outlet: null }, problems };
  if (typeof data !== 'object' || Array.isArray(data))
    return { settings: { outlet: null }, problems: ['must be a mapping such as "outlet: Reuters": ignored'] };
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!KNOWN_KEYS.has(key)) problems.push(`unknown setting "${key}": ignored (known: outlet)`);
  let outlet: string | null = null;
  if (record.outlet !== undefined && record.outlet !== null) {
    const value = typeof record.outlet === 'string' ? record.outlet.trim().replace(/\s+/g, ' ') : '';
    if (!value || value.length > MAX_OUTLET_LENGTH) problems.push(`"outlet" must be a name of 1 to ${MAX_OUTLET_LENGTH} characters: ignored`);
    else outlet = value;
  }
  return { settings: { outlet }, problems };
}

/** Reads a folder's `_source.yml`; a folder without one has no settings. */
export function readSourceSettings(folder: string): SettingsFile {
  const path = join(folder, SOURCE_SETTINGS_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { path, text: null, settings: { outlet: null }, problems: [] };
  }
  return { path, text, ...parseSourceSettings(text) };
}

/**
 * The outlet given for a source file: its folder's `_source.yml`, else the one of `root` (the
 * sources folder) when the file is below it, else `fallback` (`--outlet`).
 */
export function givenOutlet(file: string, fallback: string | null, root: string | null = null, read = readSourceSettings): string | null {
  const folder = dirname(file);
  const own = read(folder).settings.outlet;
  if (own) return own;
  if (root && folder !== root && folder.startsWith(root)) return read(root).settings.outlet ?? fallback;
  return fallback;
}
