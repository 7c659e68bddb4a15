/**
 * How alike two articles are, as a reader would judge it: TF-IDF vectors over the words of the
 * title and the lead (the first words of the text, where a news article says what happened) and
 * the article's resolved entities, compared by cosine. A term weighs by its rarity in the archive
 * (inverse document frequency), so two articles about the same event — the same rare names and
 * words — are alike, and two that share only words every article uses are not. Terms held by a
 * large share of the archive are dropped outright, as stop words are.
 *
 * Work is bounded for large archives: pairs are found through an inverted index of the terms
 * held by few articles, never by comparing every pair; the accumulators are reused.
 */
import lunr from 'lunr';
import { analysisPipeline } from '../lib/analysis.js';
import { plainText } from '../write/markdown.js';

/** Words of the text read as its lead (after the title). */
export const LEAD_WORDS = 60;
/** A title word counts this many times a lead word; a name, this much once. */
export const TITLE_WEIGHT = 2;
export const NAME_WEIGHT = 2;
/** A term held by more than this share of the archive (and more than MIN_COMMON articles) is common: dropped. */
export const COMMON_SHARE = 0.05;
/**
 * A name (a resolved entity) is common only when held by more than this share: a name says more
 * than a word ("General Motors" in a fifth of an archive about carmakers still tells its
 * stories apart from the others'), and its IDF already weighs it down.
 */
export const NAME_COMMON_SHARE = 0.2;
/** In a small archive, a term held by this many articles or fewer is never common. */
export const MIN_COMMON = 25;
/** However large the archive, a term held by more articles than this is common. */
export const MAX_DISTINCTIVE_ARTICLES = 200;

/** A word as the text writes it (dotted abbreviations and apostrophes kept inside). */
const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
/** Numbers (years, amounts) say little about which event an article is of. */
const NUMBER = /^[\d.,']+$/;

/** Name keys (people, organisations) begin with this, place keys with PLACE_PREFIX, word keys with "w:". */
export const NAME_PREFIX = 'n:';
/** A place is a name too, but a broad one: two articles naming one country are not thereby alike. */
export const PLACE_PREFIX = 'g:';

const pipeline = analysisPipeline();
const termOf = new Map<string, string | null>();

/** A word → its analysed term (the search's analysis: folded, stop words dropped, stemmed), or null. */
function term(word: string): string | null {
  const lower = word.toLowerCase();
  let t = termOf.get(lower);
  if (t === undefined) {
    if (termOf.size > 200_000) termOf.clear();
    const out = NUMBER.test(lower) ? [] : pipeline.run([new lunr.Token(lower, {})]);
    t = out.length ? String(out[0]) : null;
    if (t && t.length < 2) t = null;
    termOf.set(lower, t);
  }
  return t;
}

/** What an article is compared by. */
export interface ArticleText {
  title: string;
  /** The body (Markdown); only its lead is read. */
  body: string;
  /** Keys of its people and organisations (resolved entities), each once. */
  names: string[];
  /** Keys of its places. */
  places?: string[];
}

/** Characters of the body read first for its lead: many more than LEAD_WORDS words take. */
const LEAD_CHARS = 2000;

/**
 * The plain text of the body's first paragraphs, enough for its first LEAD_WORDS words (their
 * words are those of the whole body's plain text: the cut falls between paragraphs, where no word
 * or escape spans it). A long body is not made plain text whole for 60 words.
 */
export function lead(body: string): string {
  for (let chars = LEAD_CHARS; ; chars *= 2) {
    const cut = body.indexOf('\n\n', chars);
    if (cut < 0) return plainText(body);
    const text = plainText(body.slice(0, cut));
    let words = 0;
    for (const _ of text.matchAll(WORD)) if (++words > LEAD_WORDS) return text;
  }
}

/** Term → raw weight (before IDF) of one article. */
export function articleTerms(a: ArticleText): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (key: string, w: number) => tf.set(key, (tf.get(key) ?? 0) + w);
  for (const m of a.title.matchAll(WORD)) {
    const t = term(m[0]);
    if (t) add('w:' + t, TITLE_WEIGHT);
  }
  let n = 0;
  for (const m of lead(a.body).matchAll(WORD)) {
    if (++n > LEAD_WORDS) break;
    const t = term(m[0]);
    if (t) add('w:' + t, 1);
  }
  // Repeated words count less than their number (1 + log tf), as in most TF-IDF weightings.
  for (const [k, v] of tf) tf.set(k, 1 + Math.log(v));
  for (const key of new Set(a.names)) tf.set(NAME_PREFIX + key, NAME_WEIGHT);
  for (const key of new Set(a.places ?? [])) tf.set(PLACE_PREFIX + key, NAME_WEIGHT);
  return tf;
}

/** The articles holding one distinctive term, and the term's weight in each (parallel arrays, in article order). */
export interface Posting {
  articles: Int32Array;
  weights: Float64Array;
  /** Which count of `Alike` a shared term adds to. */
  kind: 'names' | 'places' | 'words';
}

export interface SimilarityIndex {
  size: number;
  /** Distinctive terms (held by 2 articles or more, and not common), with their postings. */
  postings: Map<string, Posting>;
  /** Per article, its distinctive terms (keys of `postings`) in a fixed order. */
  terms: string[][];
  /** Per article, the weight of each of its `terms` (same order). */
  weights: Float64Array[];
  /** Per article, the length of its TF-IDF vector (over all its terms that are not common). */
  norm: Float64Array;
  /** IDF of a term. */
  idf: (key: string) => number;
}

function kindOf(key: string): Posting['kind'] {
  return key.startsWith(NAME_PREFIX) ? 'names' : key.startsWith(PLACE_PREFIX) ? 'places' : 'words';
}

export function similarityIndex(texts: ArticleText[]): SimilarityIndex {
  const n = texts.length;
  const vectors = texts.map(articleTerms);
  const df = new Map<string, number>();
  for (const v of vectors) for (const k of v.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const limitOf = (share: number) => Math.max(MIN_COMMON, Math.min(MAX_DISTINCTIVE_ARTICLES, Math.floor(n * share)));
  const wordLimit = limitOf(COMMON_SHARE);
  const nameLimit = limitOf(NAME_COMMON_SHARE);
  const idf = (key: string) => Math.log(1 + n / (df.get(key) ?? 1));
  /** Postings being filled: a distinctive term's df is its final length. */
  const postings = new Map<string, Posting & { filled: number }>();
  const terms: string[][] = [];
  const weights: Float64Array[] = [];
  const norm = new Float64Array(n);
  vectors.forEach((v, i) => {
    const mine: string[] = [];
    const mineWeights: number[] = [];
    let sum = 0;
    for (const [k, tf] of [...v].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const d = df.get(k)!;
      if (d > (k.startsWith('w:') ? wordLimit : nameLimit)) continue;
      const w = tf * idf(k);
      sum += w * w;
      if (d < 2) continue;
      let list = postings.get(k);
      if (!list) postings.set(k, (list = { articles: new Int32Array(d), weights: new Float64Array(d), kind: kindOf(k), filled: 0 }));
      list.articles[list.filled] = i;
      list.weights[list.filled++] = w;
      mine.push(k);
      mineWeights.push(w);
    }
    norm[i] = Math.sqrt(sum) || 1;
    terms.push(mine);
    weights.push(Float64Array.from(mineWeights));
  });
  return { size: n, postings, terms, weights, norm, idf };
}

/** The articles alike to one article: cosine similarity, and how many distinctive names and words they share. */
export interface Alike {
  /** Article indices, in the order first met. */
  list: number[];
  similarity: Float64Array;
  /** Shared people and organisations. */
  names: Int32Array;
  places: Int32Array;
  words: Int32Array;
}

/**
 * Visits, for every article, the articles sharing distinctive terms with it. The accumulators are
 * reused from one article to the next (a large archive has millions of such pairs). A pair's
 * similarity is summed over its shared terms in one fixed order, the same from either side.
 */
export function forEachAlike(index: SimilarityIndex, visit: (i: number, alike: Alike) => void): void {
  const n = index.size;
  const dot = new Float64Array(n);
  /** Whether an article is in `a.list` already. */
  const met = new Uint8Array(n);
  const a: Alike = { list: [], similarity: new Float64Array(n), names: new Int32Array(n), places: new Int32Array(n), words: new Int32Array(n) };
  for (let i = 0; i < n; i++) {
    const keys = index.terms[i];
    const own = index.weights[i];
    for (let t = 0; t < keys.length; t++) {
      const { articles, weights, kind } = index.postings.get(keys[t])!;
      const wi = own[t];
      const count = a[kind];
      for (let p = 0; p < articles.length; p++) {
        const j = articles[p];
        if (j === i) continue;
        if (!met[j]) {
          met[j] = 1;
          a.list.push(j);
        }
        dot[j] += wi * weights[p];
        count[j]++;
      }
    }
    for (const j of a.list) a.similarity[j] = dot[j] / (index.norm[i] * index.norm[j]);
    visit(i, a);
    for (const j of a.list) {
      dot[j] = 0;
      met[j] = 0;
      a.similarity[j] = 0;
      a.names[j] = 0;
      a.places[j] = 0;
      a.words[j] = 0;
    }
    a.list.length = 0;
  }
}

/**
 * The similarity of two articles, the same number forEachAlike gives the pair (their shared terms'
 * products summed in article x's term order), or null when they share no distinctive term.
 */
export function pairSimilarity(index: SimilarityIndex, x: number, y: number): number | null {
  const [kx, ky, wx, wy] = [index.terms[x], index.terms[y], index.weights[x], index.weights[y]];
  let dot = 0;
  let shared = false;
  for (let p = 0, q = 0; p < kx.length && q < ky.length;) {
    if (kx[p] === ky[q]) {
      dot += wx[p++] * wy[q++];
      shared = true;
    } else if (kx[p] < ky[q]) p++;
    else q++;
  }
  return shared ? dot / (index.norm[x] * index.norm[y]) : null;
}

/** The distinctive terms two articles share, rarest first (then by key). */
export function sharedTerms(index: SimilarityIndex, x: number, y: number): string[] {
  const other = new Set(index.terms[y]);
  return index.terms[x].filter((k) => other.has(k)).sort((p, q) => index.idf(q) - index.idf(p) || (p < q ? -1 : 1));
}
