/**
 * The sources folder: the usable source files, one folder deep, each with the outlet given for it
 * (its folder's _source.yml, else the sources folder's, else --outlet).
 */
import { readdirSync, statSync, existsSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { readSourceSettings, SOURCE_SETTINGS_FILE, type SettingsFile } from '../../ingest/source-settings.js';
import type { BuildContext } from '../context.js';
import { problem } from './problems.js';

export interface SourceEntry {
  /** The path below the sources folder, with "/": "a.txt", "reuters/b.txt". */
  name: string;
  path: string;
  /** The outlet given for it: its folder's _source.yml, else the sources folder's, else --outlet. */
  outlet: string | null;
}

/** A folder named like a text file is a source that became a folder, not a folder of sources. */
const TEXT_FILE_NAME = /\.(?:txt|text|md|markdown)$/i;

type EntryKind = 'file' | 'folder' | null;

/** Whether an entry of the sources folder is a source file, a folder of sources, or neither (reported). */
function classify(ctx: BuildContext, path: string, entry: Dirent, nested: boolean): EntryKind {
  if (entry.name.startsWith('.')) {
    problem(ctx, path, 'read', 'a hidden file (its name starts with a dot): skipped', 'warning');
    return null;
  }
  let isFile = entry.isFile();
  if (entry.isSymbolicLink()) {
    try {
      isFile = statSync(path).isFile();
    } catch {
      problem(ctx, path, 'read', 'a broken link');
      return null;
    }
  }
  if (entry.isDirectory()) {
    if (!nested && !TEXT_FILE_NAME.test(entry.name)) return 'folder';
    problem(ctx, path, 'read', nested ? 'a folder inside a folder of sources: not read (sources are read one folder deep)' : 'is a folder, not a text file');
    return null;
  }
  if (!isFile) {
    // A FIFO, socket or device: reading it could block the build forever.
    problem(ctx, path, 'read', 'not a regular file (a pipe, socket or device): skipped');
    return null;
  }
  return 'file';
}

/** A folder's _source.yml, its problems reported. */
function folderSettings(ctx: BuildContext, folder: string): SettingsFile {
  const file = readSourceSettings(folder);
  for (const reason of file.problems) problem(ctx, file.path, 'read', reason, 'warning');
  return file;
}

/**
 * Every usable file of the sources folder and of its sub-folders (one level deep), with the
 * outlet given for it; folders' _source.yml files are settings, not sources. Hidden files and
 * what cannot be read as a file are reported or skipped.
 */
export function listSources(ctx: BuildContext): SourceEntry[] {
  const dir = ctx.options.sourcesDir;
  if (!existsSync(dir)) return [];
  const rootOutlet = folderSettings(ctx, dir).settings.outlet ?? ctx.options.outlet;
  const out: SourceEntry[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === SOURCE_SETTINGS_FILE) continue;
    const path = join(dir, entry.name);
    const kind = classify(ctx, path, entry, false);
    if (kind === 'file') out.push({ name: entry.name, path, outlet: rootOutlet });
    if (kind !== 'folder') continue;
    const outlet = folderSettings(ctx, path).settings.outlet ?? rootOutlet;
    for (const inner of readdirSync(path, { withFileTypes: true })) {
      if (inner.name === SOURCE_SETTINGS_FILE) continue;
      const innerPath = join(path, inner.name);
      if (classify(ctx, innerPath, inner, true) === 'file') out.push({ name: `${entry.name}/${inner.name}`, path: innerPath, outlet });
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The names of everything in the sources folder and its sub-folders, usable or not. */
export function presentNames(dir: string): Set<string> {
  const names = new Set<string>();
  if (!existsSync(dir)) return names;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name !== SOURCE_SETTINGS_FILE) names.add(entry.name);
    if (entry.isDirectory() && !TEXT_FILE_NAME.test(entry.name) && !entry.name.startsWith('.')) {
      for (const inner of readdirSync(join(dir, entry.name))) if (inner !== SOURCE_SETTINGS_FILE) names.add(`${entry.name}/${inner}`);
    }
  }
  return names;
}
