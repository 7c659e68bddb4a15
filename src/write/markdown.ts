/**
 * Record ⇄ Markdown file. The front matter is YAML (gray-matter), checked by the shared
 * schema; the body is the article's paragraphs as Markdown, with every character that Markdown
 * or HTML would interpret escaped, so the text always shows as written.
 */
import matter from 'gray-matter';
import type { Paragraph } from '../types.js';
import { recordSchema, formatIssues, type ArticleRecord, type RecordData } from './schema.js';

/** Characters that CommonMark lets a backslash escape and that could start markup inline. */
const INLINE_SPECIAL = /[\\`*_[\]<>&|~!]/g;
/** Line starts that would turn a paragraph into a heading, list, quote, rule, table or fence. */
const BLOCK_START = /^(\s*)([#>+=-]|\d+[.)])/;

/**
 * GFM turns bare URLs and e-mail addresses into links, and backslash escapes do not work inside
 * them (the text would show "\_\_" and a stray "\&gt;"). A backslash before the ":" of "http://",
 * the "." of "www." or the "@" of an address stops the autolink; CommonMark drops it on rendering.
 */
const AUTOLINK_SCHEME = /((?:https?|ftp)):(?=\/\/)/gi;
const AUTOLINK_WWW = /(www)\.(?=\S)/gi;
const AUTOLINK_EMAIL = /([\p{L}\p{N}._+-])@(?=[\p{L}\p{N}_-])/gu;
/** An ATX heading's closing "#"s are dropped by Markdown: a heading that ends in "#" keeps it escaped. */
const HEADING_TRAILING_HASHES = /(^|\s)(#+)$/;

/** Text → Markdown that shows it as written: every character Markdown or HTML would read as markup gets a backslash. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(AUTOLINK_SCHEME, '$1\\:')
    .replace(AUTOLINK_WWW, '$1\\.')
    .replace(AUTOLINK_EMAIL, '$1\\@')
    .replace(
      BLOCK_START,
      (_m, sp: string, mark: string) => `${sp}${mark.replace(/^(\d+)?([#>+=.)-])$/, (_x, d: string | undefined, c: string) => `${d ?? ''}\\${c}`)}`,
    );
}

/**
 * A backslash and the character it escapes: every character escapeMarkdown puts a backslash before
 * (the inline specials, the block marks `#>+=-` and `.`/`)` after digits, and the autolink stops `:` `.` `@`).
 */
const ESCAPE_PAIR = /\\([\\`*_[\]<>&|~!#+=.):@-])/g;

/** The inverse of escapeMarkdown: `unescapeMarkdown(escapeMarkdown(s)) === s` for every string. */
export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(ESCAPE_PAIR, '$1');
}

export function paragraphsToMarkdown(paragraphs: Pick<Paragraph, 'text' | 'heading'>[]): string {
  return (
    paragraphs.map((p) => (p.heading ? `## ${escapeMarkdown(p.text).replace(HEADING_TRAILING_HASHES, '$1\\$2')}` : escapeMarkdown(p.text))).join('\n\n') + '\n'
  );
}

const BOILERPLATE_MARK = '<!-- news-archive: boilerplate -->';

export function toMarkdown(data: RecordData, body: string, boilerplate?: string | null): string {
  const checked = recordSchema.safeParse(data);
  if (!checked.success) throw new Error(`record ${data.id} does not fit the schema: ${formatIssues(checked.error)}`);
  const tail = boilerplate ? `\n${BOILERPLATE_MARK}\n\n${escapeMarkdown(boilerplate).replace(/\n{2,}/g, '\n\n')}\n` : '';
  // JSON-compatible YAML: no anchors, no custom tags, stable key order as given.
  return matter.stringify(body + tail, JSON.parse(JSON.stringify(checked.data)) as object);
}

const YAML_ONLY = {
  parse: () => {
    throw new Error('front matter in a language other than YAML is not accepted');
  },
};

export class RecordError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export function parseRecord(file: string, text: string): ArticleRecord {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines: { javascript: YAML_ONLY, js: YAML_ONLY, coffee: YAML_ONLY, json: YAML_ONLY } as never });
  } catch (err) {
    throw new RecordError(file, `front matter cannot be read: ${(err as Error).message.split('\n')[0]}`);
  }
  const checked = recordSchema.safeParse(parsed.data);
  if (!checked.success) throw new RecordError(file, formatIssues(checked.error));
  const [body, boilerplate] = parsed.content.split(`\n${BOILERPLATE_MARK}\n`);
  return { ...checked.data, body: body.replace(/^\n+/, ''), boilerplate: boilerplate?.trim() || null };
}

/** A heading's mark at a line start ("## "). */
const HEADING_MARK = /^#{1,6}\s+/gm;
/** Runs of white space, one space in the plain text. */
const SPACES = /\s+/g;

/** Markdown body → plain text (the heading marks and escapes the writer adds removed, src/write/markdown.ts). */
export function plainText(markdown: string): string {
  return unescapeMarkdown(markdown.replace(HEADING_MARK, '')).replace(SPACES, ' ').trim();
}
