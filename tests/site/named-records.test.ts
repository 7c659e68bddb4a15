/**
 * The search index process indexes the records it read itself, with the names the build resolved
 * (src/site/named-records.ts): the same documents the build would index, or an error when the two
 * did not read the same records. The seeds and three MEANTIME articles (Minard et al. 2016, Wikinews,
 * CC BY 4.0).
 */
import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { archiveOrder } from '../../src/archive/index.js';
import { resolveEntities } from '../../src/archive/resolve/index.js';
import { resolvedSearchRecords } from '../../src/site/data-plugin.js';
import { namedRecords, namesJob, searchBases } from '../../src/site/named-records.js';
import type { LoadedRecords, SiteRecord } from '../../src/site/records.js';
import { seedRecords, recordsOf } from '../search/records.js';
import { MEANTIME } from '../helpers/project.js';

const dir = join(MEANTIME, 'articles');
const records: SiteRecord[] = [
  ...seedRecords(),
  ...recordsOf(
    dir,
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .slice(0, 3),
  ),
].map((r, i) => ({ ...r, contentHash: `hash-${i}` }));
const sorted = archiveOrder(records);
const resolution = resolveEntities(sorted);
const loaded: LoadedRecords = { records: [...records].reverse(), anchors: new Map() };
const bases = searchBases(loaded);

describe('named records', () => {
  it('are the documents the build would index, in its order', () => {
    const job = namesJob(sorted, resolution);
    expect(job.records.map((r) => r.id)).toEqual(sorted.map((r) => r.id));
    expect(namedRecords(bases, job)).toEqual(resolvedSearchRecords(sorted, resolution, loaded.anchors));
  });

  it("carry the names as resolved: each under its entity's name, the article's own forms as aliases", () => {
    const job = namesJob(sorted, resolution);
    const seed = job.records.find((r) => r.names.people.some((p) => p.name === 'Han Dong'))!;
    expect(seed.names.people.find((p) => p.name === 'Han Dong')).toEqual({ name: 'Han Dong', aliases: ['MP Han Dong', 'Dong'] });
  });

  it('refuse records that are not the ones the build read', () => {
    const job = namesJob(sorted, resolution);
    const changed = { ...job, records: job.records.map((r, i) => (i === 1 ? { ...r, contentHash: 'another' } : r)) };
    expect(() => namedRecords(bases, changed)).toThrow(`the record ${job.records[1].id} changed while the site was built`);
    expect(() => namedRecords(bases, { records: job.records.slice(1) })).toThrow('the build read 4 records, the index process 5');
  });
});
