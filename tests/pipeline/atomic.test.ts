/** A build that fails half-way leaves the previous site whole, and no temporary folder behind. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { appendFileSync, cpSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tempProject, buildProject, removeProject } from '../helpers/project.js';
import { PACKAGE_TEMPLATES } from '../../src/paths.js';

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'base64');
    }
  };
  walk(dir);
  return out;
}

describe('a failed site build', () => {
  let root: string;
  beforeAll(() => {
    root = tempProject();
    cpSync(PACKAGE_TEMPLATES, join(root, 'templates'), { recursive: true });
  });
  afterAll(() => removeProject(root));

  it('keeps the previous _site as it was', async () => {
    const ok = await buildProject(root);
    expect(ok.status).toBe(0);
    const before = snapshot(join(root, '_site'));
    appendFileSync(join(root, 'templates', 'index.njk'), '\n{% include "no-such-partial.njk" %}\n');
    const failed = await buildProject(root);
    expect(failed.status).toBe(1);
    expect(failed.ctx.problems.filter((p) => p.stage === 'site').map((p) => p.file)).toEqual(['templates']);
    expect(snapshot(join(root, '_site'))).toEqual(before);
    expect(readdirSync(root).filter((n) => n.includes('building') || n.includes('.old-'))).toEqual([]);
  }, 120_000);
});
