/**
 * The generated archive: N raw article texts that behave like real news for the pipeline and
 * for a search index. Article i depends only on (seed, i): a 1,000-article archive is the
 * first thousand of the 10,000 one, and "one more article" is article N.
 *
 *   length       log-normal words, median 600, a long tail cut at 3,000
 *   vocabulary   corpus words plus a synthetic lexicon drawn Zipf–Mandelbrot, so the number of
 *                distinct words grows like Heaps' law (≈ 100,000 at 10,000 articles)
 *   cast         people, organisations and places drawn Zipf from pools of thousands
 *   header       the four header forms of the seeds and the dev set, dates over twenty years
 *   quotes       quoted paragraphs with their attributions, reported speech
 */
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Rng, Zipf, paretoRank } from './rng.js';
import { buildPools, syntheticLemma, inflect, type Pools } from './lexicon.js';
import { loadCorpus, ATTRIBUTION, DEFAULT_CORPUS, type Corpus, type Unit, type EntityType } from './corpus.js';

export const GENERATOR_VERSION = 1;

export interface GeneratorOptions {
  seed: string;
  corpusDir?: string;
  /** Share of replaceable corpus words that become synthetic words. */
  replace?: number;
  /** Zipf–Mandelbrot exponent and offset of the synthetic lexicon. */
  lexiconA?: number;
  lexiconQ?: number;
}

export type HeaderForm = 'date-dek' | 'byline' | 'date-line';

export interface GeneratedArticle {
  name: string;
  text: string;
  meta: {
    published: string;
    form: HeaderForm;
    dateline: boolean;
    words: number;
    paragraphs: number;
    quotes: number;
    people: number[];
    organizations: number[];
    places: number[];
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const ROLES = [
  'a spokesman for',
  'a spokeswoman for',
  'the chief executive of',
  'a director at',
  'the chairman of',
  'an analyst at',
  'a lawyer for',
  'the president of',
  'a senior official at',
  'an economist at',
];
const START = Date.UTC(2005, 0, 1);
const DAYS = 7305; // twenty years

export class Generator {
  readonly corpus: Corpus;
  readonly pools: Pools;
  private readonly zPeople: Zipf;
  private readonly zOrgs: Zipf;
  private readonly zPlaces: Zipf;
  private readonly zOutlets: Zipf;
  private readonly zAuthors: Zipf;
  private readonly replace: number;
  private readonly a: number;
  private readonly q: number;

  constructor(readonly options: GeneratorOptions) {
    this.corpus = loadCorpus(options.corpusDir ?? DEFAULT_CORPUS);
    this.pools = buildPools(options.seed, this.corpus.names);
    this.zPeople = new Zipf(this.pools.people.length, 1.0);
    this.zOrgs = new Zipf(this.pools.organizations.length, 0.9);
    this.zPlaces = new Zipf(this.pools.places.length, 1.0);
    this.zOutlets = new Zipf(this.pools.outlets.length, 1.0);
    this.zAuthors = new Zipf(this.pools.authors.length, 0.9);
    this.replace = options.replace ?? 0.3;
    this.a = options.lexiconA ?? 2.0;
    this.q = options.lexiconQ ?? 3000;
  }

  article(i: number): GeneratedArticle {
    const rng = new Rng(`${this.options.seed}:article:${i}`);
    const { corpus, pools } = this;
    const day = new Date(START + rng.int(DAYS) * 86_400_000);
    const published = day.toISOString().slice(0, 10);
    const year = day.getUTCFullYear();
    const target = Math.max(80, Math.min(3000, Math.round(rng.logNormal(580, 0.62))));

    const distinct = (z: Zipf, n: number) => {
      const out: number[] = [];
      for (let tries = 0; out.length < n && tries < n * 20; tries++) {
        const r = z.draw(rng);
        if (!out.includes(r)) out.push(r);
      }
      return out;
    };
    const cast = {
      PER: distinct(this.zPeople, Math.min(15, 1 + Math.floor(target / 250) + rng.int(3))),
      ORG: distinct(this.zOrgs, Math.min(14, 2 + Math.floor(target / 250) + rng.int(2))),
      LOC: distinct(this.zPlaces, Math.min(10, 1 + Math.floor(target / 350) + rng.int(2))),
    };
    const introduced = { PER: 0, ORG: 0, LOC: 0 };
    const personName = (idx: number, full: boolean) => (full ? pools.people[idx].full : pools.people[idx].surname);
    const name = (type: EntityType, alias: boolean, title = false): string => {
      const list = cast[type];
      let k: number;
      if (title) k = introduced[type] < list.length ? introduced[type] : rng.int(list.length);
      else if (introduced[type] < list.length && (introduced[type] === 0 || rng.chance(alias ? 0.2 : 0.6))) k = introduced[type]++;
      else k = rng.int(Math.max(1, introduced[type]));
      const idx = list[k];
      const first = !title && k === introduced[type] - 1 && !seen.has(`${type}${idx}`);
      seen.add(`${type}${idx}`);
      if (type === 'PER') return personName(idx, title ? false : first || rng.chance(0.2));
      return type === 'ORG' ? pools.organizations[idx] : pools.places[idx];
    };
    const seen = new Set<string>();
    const word = (w: string): string => (rng.chance(this.replace) ? inflect(syntheticLemma(paretoRank(rng, this.a, this.q)), w) : w);
    const render = (u: Unit, title = false): string =>
      u.parts
        .map((p) => {
          switch (p.k) {
            case 't':
              return p.s;
            case 'w':
              return word(p.s);
            case 'e':
              return name(p.type, p.alias, title);
            case 'y': {
              const y = year + p.delta;
              return y >= 1900 && y <= year + 5 ? String(y) : p.s;
            }
          }
        })
        .join('');

    // Body: the units of one source article in order, then runs from others, up to the length.
    const s0 = corpus.articles[rng.int(corpus.articles.length)];
    const title = render(s0.title, true);
    const units: Unit[] = [];
    let words = 0;
    let src = s0;
    let pos = 0;
    let run = src.units.length;
    while (words < target) {
      if (pos >= src.units.length || run <= 0) {
        src = corpus.articles[rng.int(corpus.articles.length)];
        pos = rng.int(Math.max(1, src.units.length - 2));
        run = rng.range(3, 8);
      }
      const u = src.units[pos++];
      run--;
      if (!u) continue;
      if (words > 0 && words + u.words > 2850) break;
      units.push(u);
      words += u.words;
    }

    const form: HeaderForm = rng.weighted<HeaderForm>([
      ['date-dek', 25],
      ['byline', 25],
      ['date-line', 50],
    ]);
    const rendered = units.map((u) => ({ text: render(u), quote: u.quote }));
    let dek: string | null = null;
    if (form === 'date-dek') dek = rendered.shift()!.text;

    // Quotes: some plain paragraphs become quoted speech with an attribution.
    let quotes = 0;
    for (const r of rendered) {
      if (r.quote) {
        quotes++;
        continue;
      }
      if (r.text.split(' ').length < 6 || !rng.chance(0.12)) continue;
      r.text = this.quote(rng, r.text, name, pools);
      r.quote = !r.text.startsWith('According to') && !/ said that /.test(r.text);
      if (r.quote) quotes++;
    }
    // Paragraphs: one to three units; a quote stays alone.
    const paragraphs: string[] = [];
    for (let k = 0; k < rendered.length;) {
      const n = rendered[k].quote
        ? 1
        : rng.weighted([
            [1, 55],
            [2, 30],
            [3, 15],
          ]);
      const group: string[] = [];
      while (group.length < n && k < rendered.length && (group.length === 0 || !rendered[k].quote)) group.push(rendered[k++].text);
      paragraphs.push(group.join(' '));
    }

    const hasDateline = rng.chance(form === 'date-dek' ? 0.8 : form === 'byline' ? 0.1 : 0.3);
    if (hasDateline && paragraphs.length) {
      const city = pools.cities[this.zPlaces.draw(rng) % pools.cities.length].toUpperCase();
      const outlet = pools.outlets[this.zOutlets.draw(rng)];
      const month = MONTHS[day.getUTCMonth()];
      const style = rng.weighted([
        [0, 60],
        [1, 25],
        [2, 15],
      ]);
      const line = style === 0 ? `${city} (${outlet}) ––` : style === 1 ? `${city}, ${month} ${day.getUTCDate()} (${outlet}) -` : `${city} —`;
      paragraphs[0] = `${line} ${paragraphs[0]}`;
    }

    let header: string;
    if (form === 'date-dek') header = `date ${published} ${dek}\n\n`;
    else if (form === 'byline') header = `${title}\nBy ${pools.authors[this.zAuthors.draw(rng)]} // ${published}\n`;
    else header = `${title}\n\n${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${year}\n\n`;
    const text = header + paragraphs.join('\n\n') + '\n';
    return {
      name: `${String(i).padStart(6, '0')}.txt`,
      text,
      meta: {
        published,
        form,
        dateline: hasDateline,
        words: text.split(/\s+/).filter(Boolean).length,
        paragraphs: paragraphs.length,
        quotes,
        people: [...seen].filter((s) => s.startsWith('PER')).map((s) => Number(s.slice(3))),
        organizations: [...seen].filter((s) => s.startsWith('ORG')).map((s) => Number(s.slice(3))),
        places: [...seen].filter((s) => s.startsWith('LOC')).map((s) => Number(s.slice(3))),
      },
    };
  }

  /** A paragraph as quoted or reported speech of someone in the article. */
  private quote(rng: Rng, text: string, name: (t: EntityType, alias: boolean) => string, pools: Pools): string {
    const body = text.replace(/[.!?]+$/, '');
    const lower = body.charAt(0).toLowerCase() + body.slice(1);
    const style = rng.weighted([
      [0, 30],
      [1, 20],
      [2, 15],
      [3, 10],
      [4, 10],
      [5, 15],
    ]);
    switch (style) {
      case 0:
        return `"${body}," ${name('PER', false)} said.`;
      case 1:
        return `"${body}," said ${name('PER', false)}, ${rng.pick(ROLES)} ${name('ORG', false)}.`;
      case 2:
        return `${name('PER', false)}, ${rng.pick(ROLES)} ${name('ORG', false)}, said: "${body}."`;
      case 3:
        return `"${body}," ${name('PER', true)} told ${pools.outlets[rng.int(pools.outlets.length)]} on ${rng.pick(WEEKDAYS)}.`;
      case 4:
        return `According to ${name('PER', false)}, ${lower}.`;
      default:
        return `${name('PER', true)} said that ${lower}.`;
    }
  }
}

/** Writes articles [0, n) into `sourcesDir` and the attribution beside it. */
export function writeArchive(gen: Generator, root: string, n: number, onProgress?: (i: number) => void): { bytes: number; words: number } {
  const sources = join(root, 'content', 'sources');
  rmSync(sources, { recursive: true, force: true });
  mkdirSync(sources, { recursive: true });
  writeFileSync(join(root, 'NOTICE.txt'), ATTRIBUTION + '\n');
  let bytes = 0;
  let words = 0;
  for (let i = 0; i < n; i++) {
    const a = gen.article(i);
    writeFileSync(join(sources, a.name), a.text);
    bytes += Buffer.byteLength(a.text);
    words += a.meta.words;
    if (onProgress && i % 500 === 0) onProgress(i);
  }
  return { bytes, words };
}
