/**
 * `npm run eval -- [folder...]`: scores the extractor. A folder with gold.json is scored as
 * the seeds; a folder with articles/ and gold/ as a MEANTIME-style corpus, or as a GUM-style one
 * (whole texts annotated, scored per genre) when its gold files carry a `genre`. Without folders:
 * ../shared/seeds, ../shared/corpus/meantime, ../shared/corpus/gum, the wire-service set dev/wire
 * (a gold.json of kind "wire": names and the header's date, per split; see wire.ts) and the
 * attribution dev set dev/attribution (quotes and claims; see attribution.ts). `--json` prints JSON.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evaluateAttribution, isAttributionFolder } from './attribution.js';
import { evaluateGum, isGumFolder } from './gum.js';
import { evaluateMeantime } from './meantime.js';
import { evaluateSeeds, sumSeeds } from './seeds.js';
import { scores, worst, type Tally } from './score.js';
import { evaluateResolution, type ResolutionScore } from './resolve.js';
import { evaluateWire, isWireFolder, type WireSplit } from './wire.js';

const DEFAULT_FOLDERS = ['../shared/seeds', '../shared/corpus/meantime', '../shared/corpus/gum', 'dev/wire', 'dev/attribution'];

function row(label: string, t: Tally): string {
  const s = scores(t);
  const f = (x: number) => x.toFixed(3);
  return `${label.padEnd(14)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

function details(label: string, t: Tally, n: number): string[] {
  const out: string[] = [];
  if (t.misses.length) out.push(`  ${label} misses: ${worst(t.misses, n).join('; ')}`);
  if (t.falseFinds.length) out.push(`  ${label} false finds: ${worst(t.falseFinds, n).join('; ')}`);
  return out;
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const n = Number(argv.find((a) => a.startsWith('--worst='))?.slice(8) ?? 15);
  const folders = argv.filter((a) => !a.startsWith('--'));
  const results: Record<string, unknown> = {};
  const lines: string[] = [];
  for (const folder of (folders.length ? folders : DEFAULT_FOLDERS).map((f) => resolve(f))) {
    if (isWireFolder(folder)) {
      const r = evaluateWire(folder);
      lines.push(
        `== ${folder} (wire, ${r.articles} articles, ${(r.bytes / 1e6).toFixed(3)} MB, extract ${(r.bytes / 1e6 / (r.extractMs / 1000)).toFixed(2)} MB/s)`,
      );
      const kinds = ['people', 'organizations', 'places'] as const;
      const dateRow = (s: WireSplit) =>
        `date           ${(s.dates.right / Math.max(1, s.dates.dated)).toFixed(3)}  (${s.dates.right}/${s.dates.dated} headers with a year; ${s.dates.invented.length} dates invented for headers without one)`;
      for (const k of kinds) lines.push(row(k, r[k]));
      lines.push(dateRow(r));
      for (const [split, g] of Object.entries(r.splits).sort()) {
        lines.push(`  -- split ${split} (${g.articles})`);
        for (const k of kinds) lines.push('  ' + row(k, g[k]));
        lines.push('  ' + dateRow(g));
      }
      for (const p of r.problems) lines.push(`  problem: ${p}`);
      for (const k of kinds) lines.push(...details(k, r[k], n));
      if (r.dates.wrong.length) lines.push(`  dates wrong: ${r.dates.wrong.join('; ')}`);
      if (r.dates.invented.length) lines.push(`  dates invented: ${r.dates.invented.join('; ')}`);
      const splitScores = (s: WireSplit) => ({
        articles: s.articles,
        ...Object.fromEntries(kinds.map((k) => [k, scores(s[k])])),
        date: { accuracy: s.dates.right / Math.max(1, s.dates.dated), right: s.dates.right, dated: s.dates.dated, invented: s.dates.invented.length },
      });
      results[folder] = {
        kind: 'wire',
        ...splitScores(r),
        splits: Object.fromEntries(Object.entries(r.splits).map(([k, s]) => [k, splitScores(s)])),
        problems: r.problems,
      };
    } else if (existsSync(join(folder, 'gold.json'))) {
      const reports = evaluateSeeds(folder);
      lines.push(`== ${folder} (seeds, ${reports.length} articles)`);
      for (const r of reports) {
        for (const m of r.metadata)
          lines.push(
            `  ${r.file.slice(0, 3)} ${m.field.padEnd(10)} ${m.ok ? 'ok ' : 'BAD'} expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.got)}`,
          );
      }
      const kinds = ['people', 'organizations', 'places', 'dates', 'quotes', 'claims'] as const;
      const sums = Object.fromEntries(kinds.map((k) => [k, sumSeeds(reports, k)]));
      for (const k of kinds) lines.push(row(k, sums[k]));
      for (const k of kinds) lines.push(...details(k, sums[k], n));
      results[folder] = {
        kind: 'seeds',
        metadata: reports.map((r) => ({ file: r.file, metadata: r.metadata })),
        ...Object.fromEntries(kinds.map((k) => [k, scores(sums[k])])),
      };
    } else if (isAttributionFolder(folder)) {
      const r = evaluateAttribution(folder);
      const s = scores(r.contents);
      const src = scores(r.sources);
      lines.push(
        `== ${folder} (attribution, ${r.articles} articles, ${(r.bytes / 1e6).toFixed(3)} MB, quotes+claims ${(r.bytes / 1e6 / (r.attributionMs / 1000)).toFixed(2)} MB/s)`,
      );
      lines.push(row('contents', r.contents));
      lines.push(`sources        accuracy ${src.precision.toFixed(3)} of ${src.tp + src.fp} contents found`);
      for (const [k, t] of Object.entries(r.byKind).sort()) lines.push(`  source ${k.padEnd(13)} R ${scores(t).recall.toFixed(3)}  (${t.tp}/${t.tp + t.fn})`);
      for (const [k, t] of Object.entries(r.byType).sort()) lines.push(`  type   ${k.padEnd(13)} R ${scores(t).recall.toFixed(3)}  (${t.tp}/${t.tp + t.fn})`);
      for (const p of r.problems) lines.push(`  problem: ${p}`);
      lines.push(...details('contents', r.contents, n));
      if (r.sources.falseFinds.length) lines.push(`  wrong sources: ${worst(r.sources.falseFinds, n).join('; ')}`);
      results[folder] = {
        kind: 'attribution',
        articles: r.articles,
        contents: s,
        sourceAccuracy: src.precision,
        byKind: Object.fromEntries(Object.entries(r.byKind).map(([k, t]) => [k, scores(t)])),
        byType: Object.fromEntries(Object.entries(r.byType).map(([k, t]) => [k, scores(t)])),
        mbPerSecond: r.bytes / 1e6 / (r.attributionMs / 1000),
        problems: r.problems,
      };
    } else if (isGumFolder(folder)) {
      const r = evaluateGum(folder);
      lines.push(
        `== ${folder} (GUM, ${r.articles} documents, ${(r.bytes / 1e6).toFixed(3)} MB, extract ${(r.bytes / 1e6 / (r.extractMs / 1000)).toFixed(2)} MB/s)`,
      );
      const kinds = ['people', 'organizations', 'places'] as const;
      for (const k of kinds) lines.push(row(k, r[k]));
      for (const [genre, g] of Object.entries(r.genres).sort()) {
        lines.push(`  -- ${genre} (${g.articles})`);
        for (const k of kinds) lines.push('  ' + row(k, g[k]));
      }
      for (const [split, g] of Object.entries(r.splits).sort()) {
        lines.push(`  -- split ${split} (${g.articles})`);
        for (const k of kinds) lines.push('  ' + row(k, g[k]));
      }
      for (const k of kinds) lines.push(...details(k, r[k], n));
      results[folder] = {
        kind: 'gum',
        articles: r.articles,
        ...Object.fromEntries(kinds.map((k) => [k, scores(r[k])])),
        genres: Object.fromEntries(Object.entries(r.genres).map(([genre, g]) => [genre, Object.fromEntries(kinds.map((k) => [k, scores(g[k])]))])),
        splits: Object.fromEntries(Object.entries(r.splits).map(([split, g]) => [split, Object.fromEntries(kinds.map((k) => [k, scores(g[k])]))])),
      };
    } else {
      const r = evaluateMeantime(folder);
      lines.push(`== ${folder} (${r.articles} articles, ${(r.bytes / 1e6).toFixed(3)} MB, extract ${(r.bytes / 1e6 / (r.extractMs / 1000)).toFixed(2)} MB/s)`);
      const kinds = ['people', 'organizations', 'places', 'dates'] as const;
      for (const k of kinds) lines.push(row(k, r[k]));
      for (const k of kinds) lines.push(...details(k, r[k], n));
      results[folder] = { kind: 'meantime', articles: r.articles, ...Object.fromEntries(kinds.map((k) => [k, scores(r[k])])) };
    }
  }
  // Entity resolution across one archive of the seeds and the MEANTIME folder (when both are scored).
  const chosen = (folders.length ? folders : DEFAULT_FOLDERS).map((f) => resolve(f));
  const seeds = chosen.find((f) => existsSync(join(f, 'gold.json'))) ?? null;
  const meantime = chosen.find((f) => existsSync(join(f, 'articles')) && !isGumFolder(f) && !existsSync(join(f, 'gold.json')));
  if (meantime) {
    const { before, after } = evaluateResolution(seeds, meantime);
    lines.push(`== entity resolution (${seeds ? 'seeds + ' : ''}${after.articles} MEANTIME articles, one archive)`);
    const line = (label: string, s: ResolutionScore) =>
      `${label.padEnd(14)} split ${s.split.length}/${s.multiArticle} (${((100 * s.split.length) / Math.max(1, s.multiArticle)).toFixed(1)}%)  merged ${s.merged.length}  places/orgs as people ${s.placesAsPeople.length}  entities ${s.entities}`;
    lines.push(line('unresolved', before), line('resolved', after));
    for (const x of after.split) lines.push(`  split: ${x.name} → ${x.entities.join(' | ')}`);
    for (const x of after.merged) lines.push(`  merged: ${x.entity} carries ${x.names.join(' + ')}`);
    for (const x of after.placesAsPeople) lines.push(`  as a person: ${x.name} (${x.entity})`);
    results.resolution = {
      before: { split: before.split.length, merged: before.merged.length, placesAsPeople: before.placesAsPeople.length, multiArticle: before.multiArticle },
      after,
    };
  }
  console.log(json ? JSON.stringify(results, null, 2) : lines.join('\n'));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
