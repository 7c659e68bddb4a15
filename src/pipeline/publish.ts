/**
 * Publishing a site atomically. `_site` is a symbolic link to one complete site folder in
 * `._site.versions/` beside it. A build writes a new folder there (Eleventy's output, the search
 * index, and links to the unchanged pages of the current folder), then points `_site` at it with
 * one rename of a new link over the old one: at every instant a reader of `_site` finds the old
 * site or the new one, whole. The folder it replaced is kept until the next build (a reader may
 * still be in it); the next build, holding the build lock, deletes every folder but the published
 * one, so nothing a killed build left behind stays.
 *
 * A site folder is never changed once published (its unchanged pages are hard links shared with
 * the next folder, and nothing writes into a published file).
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';

/** Folder beside the output that holds its versions. */
export function versionsDir(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.versions`);
}

/** The folder `_site` points at: null when there is no published site. */
export function publishedDir(outDir: string): string | null {
  try {
    const st = lstatSync(outDir);
    if (st.isSymbolicLink()) {
      const target = readlinkSync(outDir);
      const abs = isAbsolute(target) ? target : resolve(dirname(outDir), target);
      return existsSync(abs) ? abs : null;
    }
    return st.isDirectory() ? outDir : null;
  } catch {
    return null;
  }
}

/** A name for the published folder: identifies it in the site manifest. */
export function versionName(dir: string | null): string | null {
  return dir === null ? null : basename(dir);
}

/** A new, empty folder for the next version of the site. */
export function newVersionDir(outDir: string): string {
  const parent = versionsDir(outDir);
  mkdirSync(parent, { recursive: true });
  const dir = join(parent, `${Date.now().toString(36)}-${process.pid}-${randomBytes(3).toString('hex')}`);
  mkdirSync(dir);
  return dir;
}

/**
 * Points `_site` at `dir` with one rename (a new link renamed over the old). A `_site` that is a
 * plain folder (a site built before versions, or made by hand) is moved into the versions first.
 * Returns the folder that was published before.
 */
export function publish(outDir: string, dir: string): string | null {
  const before = publishedDir(outDir);
  let st: ReturnType<typeof lstatSync> | null = null;
  try {
    st = lstatSync(outDir);
  } catch {
    /* nothing there */
  }
  let previous = before;
  if (st && !st.isSymbolicLink()) {
    // A real folder cannot be replaced by a link in one rename: it moves aside first (once).
    previous = join(versionsDir(outDir), `legacy-${Date.now().toString(36)}`);
    renameSync(outDir, previous);
  }
  const link = join(dirname(outDir), `.${basename(outDir)}.link-${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(relative(dirname(outDir), dir), link, 'dir');
  renameSync(link, outDir);
  return previous;
}

/**
 * Deletes the site folders that are neither published nor kept, and what earlier layouts and
 * killed builds left beside the output (`._site.building-*`, `._site.old-*`, `._site.link-*`).
 * Call it only while holding the build lock (the folders to delete are chosen then; no later build
 * makes or publishes a folder of those names). With `background`, the deleting (tens of thousands
 * of files) is left to a process of its own that outlives the build: the build neither waits for it
 * nor shares libuv's thread pool with it, and what it has not deleted when stopped, the next build
 * deletes.
 */
export async function removeOldVersions(outDir: string, keep: (string | null)[], { background = false } = {}): Promise<void> {
  const kept = new Set(keep.filter((k): k is string => k !== null).map((k) => resolve(k)));
  const parent = versionsDir(outDir);
  const doomed: string[] = [];
  if (existsSync(parent)) {
    for (const name of readdirSync(parent)) {
      const p = join(parent, name);
      if (!kept.has(resolve(p))) doomed.push(p);
    }
  }
  const prefix = `.${basename(outDir)}.`;
  for (const name of existsSync(dirname(outDir)) ? readdirSync(dirname(outDir)) : []) {
    if (!name.startsWith(prefix) || name === basename(parent)) continue;
    const rest = name.slice(prefix.length);
    if (/^(building|old|link)-/.test(rest)) doomed.push(join(dirname(outDir), name));
  }
  if (background) return removeInBackground(doomed);
  await Promise.all(doomed.map((p) => rm(p, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined)));
}

/** The background deleter: plain JavaScript, so it starts the same compiled or under tsx. */
const REMOVE_SOURCE = `for (const p of process.argv.slice(1)) { try { require('node:fs').rmSync(p, { recursive: true, force: true, maxRetries: 3 }); } catch {} }`;

/** Deletes paths in a detached process (the build does not wait for it). */
function removeInBackground(paths: string[]): void {
  if (!paths.length) return;
  try {
    spawn(process.execPath, ['-e', REMOVE_SOURCE, ...paths], { detached: true, stdio: 'ignore' }).unref();
  } catch {
    /* not started: the next build deletes them */
  }
}
