/**
 * Editors' archive-wide entity file, `content/entities.yml`: a YAML list of operations applied on
 * every build, after the merge rules have had their say.
 *
 *   - merge: [Apple, Apple Inc.]                        these names are one entity
 *   - split: { name: Apple Corps, from: Apple Inc. }    never one entity, whatever the rules say
 *   - split: { name: Bush, articles: [<record id>], to: George H. W. Bush }
 *                                                       "Bush" in these articles is that entity
 *   - rename: { from: Apple Computer, to: Apple }       the entity's page shows this name
 *   - retype: { name: Europe, to: place }               person, organization (organisation) or place
 *
 * Names match any name or alias of an entity, ignoring case and spacing. A file that is not YAML
 * or holds an entry that is none of these fails the build with the file's name and the reason;
 * an operation whose names the archive no longer has is reported and skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import matter from 'gray-matter';
import type { Kind } from './graph.js';

const yaml = (matter as unknown as { engines: { yaml: { parse(s: string): unknown } } }).engines.yaml;

/** Where the file lives, under the project's root. */
export const ENTITIES_FILE = 'content/entities.yml';

const name = z.string().trim().min(1);
const kind = z.enum(['person', 'organization', 'organisation', 'place']).transform((k): Kind => (k === 'organisation' ? 'organization' : k));

export const mergeOp = z.object({ merge: z.array(name).min(2) }).strict();
export const splitOp = z
  .object({
    split: z.union([z.object({ name, from: name }).strict(), z.object({ name, articles: z.array(name).min(1), to: name }).strict()]),
  })
  .strict();
export const renameOp = z.object({ rename: z.object({ from: name, to: name }).strict() }).strict();
export const retypeOp = z.object({ retype: z.object({ name, to: kind }).strict() }).strict();
export const entityOp = z.union([mergeOp, splitOp, renameOp, retypeOp]);
export type EntityOp = z.infer<typeof entityOp>;

/** A broken entities file: the build stops with the file and the reason. */
export class EntitiesFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

function describeIssue(error: z.ZodError): string {
  const first = error.issues[0];
  return first ? `${first.path.join('.') || 'entry'}: ${first.message}` : 'not valid';
}

/** The operations in the file's text; throws EntitiesFileError naming `file` when it is broken. */
export function parseEntitiesFile(text: string, file: string): EntityOp[] {
  let parsed: unknown;
  try {
    parsed = yaml.parse(text);
  } catch (err) {
    throw new EntitiesFileError(file, `not YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (parsed === null || parsed === undefined) return [];
  if (!Array.isArray(parsed)) throw new EntitiesFileError(file, 'must be a YAML list of operations (merge, split, rename, retype)');
  return parsed.map((entry, i) => {
    const checked = entityOp.safeParse(entry);
    if (!checked.success) {
      throw new EntitiesFileError(
        file,
        `entry ${i + 1} is not a merge, split, rename or retype operation (${describeIssue(checked.error)}): ${JSON.stringify(entry)}`,
      );
    }
    return checked.data;
  });
}

/** The operations of the file at `path` (none when there is no file). */
export function readEntitiesFile(path: string, shownAs = path): EntityOp[] {
  if (!existsSync(path)) return [];
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new EntitiesFileError(shownAs, `cannot be read: ${(err as Error).message}`);
  }
  return parseEntitiesFile(text, shownAs);
}
