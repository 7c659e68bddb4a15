/** Record ids and file names: `<published|undated>-<slug of the title>`, stable across rebuilds. */
import slugify from '@sindresorhus/slugify';
import { hashOf } from '../lib/hash.js';

const MAX_SLUG_WORDS_LENGTH = 60;

/** Text with no Latin transliteration (中国, عربى) still gets a distinct, stable slug. */
function fallback(text: string): string {
  return 'x' + hashOf(text, { length: 10 });
}

export function titleSlug(title: string): string {
  const slug = slugify(title, { decamelize: false });
  if (!slug) return fallback(title);
  if (slug.length <= MAX_SLUG_WORDS_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_WORDS_LENGTH);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_SLUG_WORDS_LENGTH) || 'article';
}

export function recordId(published: string | null, title: string): string {
  return `${published ?? 'undated'}-${titleSlug(title)}`;
}

/** A slug for any name (people, outlets, places): used in URLs. */
export function nameSlug(name: string): string {
  return slugify(name, { decamelize: false }) || fallback(name);
}
