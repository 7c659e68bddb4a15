/**
 * A record that differs from what the build last wrote was edited by hand: the difference
 * becomes corrections (appended to the source's corrections file) before anything is rewritten.
 */
import { relative } from 'node:path';
import { hashOf } from '../../lib/hash.js';
import { parseRecord } from '../../write/markdown.js';
import { recordSchema, type ArticleRecord } from '../../write/schema.js';
import type { CorrectableRecord } from '../../corrections/apply.js';
import { diffRecords } from '../../corrections/diff.js';
import { correctionPath, appendCorrections } from '../../corrections/file.js';
import { crashPoint } from '../crash.js';
import type { BuildContext } from '../context.js';
import { generatedCopyPath } from './manifest.js';
import { problem } from './problems.js';

function correctable(r: ArticleRecord): CorrectableRecord {
  return { data: recordSchema.parse(r), body: r.body, boilerplate: r.boilerplate ?? null };
}

export type EditOutcome = 'absorbed' | 'reformatted' | 'blocked';

/**
 * A record that differs from what the build last wrote was edited by hand: the difference
 * becomes corrections (appended to the source's corrections file) before anything is rewritten.
 * When that cannot be done, the edited file is left as it is and the build says why.
 */
export function absorbHandEdit(ctx: BuildContext, sourceName: string, recordPath: string, text: string, generatedText: string | null): EditOutcome {
  const { cacheDir, correctionsDir } = ctx.options;
  const copy = generatedCopyPath(cacheDir, sourceName);
  let edited: ArticleRecord;
  try {
    edited = parseRecord(recordPath, text);
  } catch (err) {
    problem(
      ctx,
      recordPath,
      'correction',
      `edited by hand but cannot be read (${(err as Error).message.replace(`${recordPath}: `, '')}): left as it is; fix it, or delete it to regenerate`,
    );
    return 'blocked';
  }
  let generated: ArticleRecord;
  try {
    if (generatedText === null) throw new Error('no copy');
    generated = parseRecord(copy, generatedText);
  } catch {
    problem(
      ctx,
      recordPath,
      'correction',
      'edited by hand, and the build has no copy of what it wrote to compare with: left as it is; move the change into content/corrections, or delete the record to regenerate',
    );
    return 'blocked';
  }
  const ops = diffRecords(correctable(generated), correctable(edited));
  if (!ops.length) {
    problem(ctx, recordPath, 'correction', 'reformatted by hand with no field changed: written again', 'warning');
    return 'reformatted';
  }
  const corrPath = correctionPath(correctionsDir, sourceName);
  // Named by what was edited into what: appended once, even if this build is killed before the record is rewritten.
  const marker = `(edit ${hashOf(`${generatedText}\u0000${text}`).slice(0, 16)})`;
  const appended = appendCorrections(corrPath, sourceName, ops, `From a hand edit of content/articles/${edited.id}.md`, marker);
  if (appended !== null) {
    ctx.corrections.fromEdits += ops.length;
    crashPoint('hand-edit-appended');
  }
  problem(
    ctx,
    recordPath,
    'correction',
    `edited by hand: kept as ${ops.length} correction${ops.length === 1 ? '' : 's'} in ${relative(ctx.options.root, corrPath)}`,
    'warning',
  );
  return 'absorbed';
}
