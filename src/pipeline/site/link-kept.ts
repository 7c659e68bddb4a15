import { copyFile, link, lstat, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Links in flight at once: the file system calls run on libuv's threads while Eleventy renders. */
const LINKS_IN_FLIGHT = 32;

/**
 * Files of the published site given to the new folder as they are: hard links (copies where links
 * are not possible). Runs beside Eleventy's rendering; resolves with the files and bytes given.
 */
export async function linkKept(from: string, to: string, files: string[]): Promise<{ files: number; bytes: number }> {
  const dirs = new Map<string, Promise<unknown>>();
  let linked = 0;
  let bytes = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const f = files[next++];
      const target = join(to, f);
      const dir = dirname(target);
      let made = dirs.get(dir);
      if (!made) dirs.set(dir, (made = mkdir(dir, { recursive: true })));
      await made;
      try {
        await link(join(from, f), target);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue; // rendered after all
        await copyFile(join(from, f), target);
      }
      const { size } = await lstat(target); // read before adding: `bytes += await …` would lose updates
      linked++;
      bytes += size;
    }
  };
  await Promise.all(Array.from({ length: LINKS_IN_FLIGHT }, worker));
  return { files: linked, bytes };
}
