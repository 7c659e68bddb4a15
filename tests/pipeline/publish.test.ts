/** Publishing by one rename of a link: from nothing, over a plain folder, over an earlier version. */
import { describe, it, expect, afterAll, vi } from 'vitest';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newVersionDir, publish, publishedDir, removeOldVersions, versionsDir } from '../../src/pipeline/publish.js';

const root = mkdtempSync(join(tmpdir(), 'news-archive-publish-'));
const out = join(root, '_site');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function version(text: string): string {
  const dir = newVersionDir(out);
  writeFileSync(join(dir, 'index.html'), text);
  return dir;
}

describe('publish', () => {
  it('moves a plain _site folder aside once, then points _site at the new folder by a relative link', () => {
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'plain');
    expect(publishedDir(out)).toBe(out);
    const v1 = version('one');
    const previous = publish(out, v1);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readlinkSync(out)).toBe(
      join(
        '._site.versions',
        readdirSync(versionsDir(out)).find((n) => join(versionsDir(out), n) === v1)!,
      ),
    );
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('one');
    expect(readFileSync(join(previous!, 'index.html'), 'utf8')).toBe('plain');
  });

  it('replaces one version by the next, and removes all but the ones kept, with what killed builds left', async () => {
    const v1 = publishedDir(out)!;
    const v2 = version('two');
    expect(publish(out, v2)).toBe(v1);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('two');
    mkdirSync(join(root, '._site.building-123'));
    writeFileSync(join(root, '._site.link-456'), '');
    await removeOldVersions(out, [publishedDir(out)]);
    expect(readdirSync(versionsDir(out)).map((n) => join(versionsDir(out), n))).toEqual([v2]);
    expect(readdirSync(root).sort()).toEqual(['._site.versions', '_site']);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });

  it('with `background`, deletes the folders in a process of its own', async () => {
    const kept = publishedDir(out)!;
    const old = version('old');
    for (let i = 0; i < 200; i++) writeFileSync(join(old, `page-${i}.html`), 'x');
    await removeOldVersions(out, [kept], { background: true });
    await vi.waitFor(() => expect(existsSync(old)).toBe(false), { timeout: 10_000, interval: 50 });
    expect(readdirSync(versionsDir(out)).map((n) => join(versionsDir(out), n))).toEqual([kept]);
  });

  it('knows no published site when the link points at nothing', () => {
    rmSync(publishedDir(out)!, { recursive: true });
    expect(publishedDir(out)).toBeNull();
    const v3 = version('three');
    expect(publish(out, v3)).toBeNull();
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('three');
  });
});
