/** The size of a built site: file count and bytes, for the build summary. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function siteStats(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  try {
    walk(dir);
  } catch {
    return { files: 0, bytes: 0 };
  }
  return { files, bytes };
}

/** "1,234 files, 5.6 MB". */
export function formatStats(s: { files: number; bytes: number }): string {
  const size = s.bytes >= 1e6 ? `${(s.bytes / 1e6).toFixed(1)} MB` : `${(s.bytes / 1e3).toFixed(1)} kB`;
  return `${s.files.toLocaleString('en')} files, ${size}`;
}
