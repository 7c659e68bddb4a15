/**
 * The sentences of an article body, numbered in reading order: the anchors (`#s-1`, `#s-2`, ...)
 * that the article page gives each sentence, and where an item's evidence sentence is: by the
 * index the record stores (evidenceLocator), found again by its text only in a body an editor
 * changed (sentenceFinder). The renderer (src/site/render.ts) numbers the same tokens the same way.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { splitSentences } from '../ingest/sentences.js';
import { bodyHash } from '../model/evidence.js';
import type { ArticleRecord } from '../model/record.js';

export interface BodySentence {
  /** Anchor id on the article page ("s-12"). */
  id: string;
  text: string;
}

/** A top-level paragraph or heading of the body with the sentences it holds. */
export type NumberedToken = (Tokens.Paragraph | Tokens.Heading) & { sentences?: BodySentence[] };

export function anchorId(n: number): string {
  return `s-${n}`;
}

/** The text a reader sees in inline tokens (escapes resolved, raw HTML as the text it shows). */
export function inlinePlain(tokens: Token[] | undefined): string {
  let out = '';
  for (const t of tokens ?? []) {
    if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length && t.type !== 'codespan') out += inlinePlain(t.tokens);
    else if (t.type === 'br') out += ' ';
    else out += (t as { text?: string }).text ?? '';
  }
  return out;
}

/** The sentences of a paragraph; a heading is one sentence, as ingest counts it (src/ingest/index.ts). */
function tokenSentences(tok: NumberedToken): string[] {
  const text = inlinePlain(tok.tokens);
  if (tok.type === 'heading') return text.trim() ? [text.trim()] : [];
  return splitSentences(text).map((s) => s.text);
}

/**
 * Lexes a body and gives each top-level paragraph and heading its sentences, numbered from 1: the
 * body's sentences as ingest numbered them, so that a record's sentence index `i` is `s-{i+1}`.
 */
export function numberTokens(tokens: Token[]): BodySentence[] {
  const all: BodySentence[] = [];
  for (const t of tokens) {
    if (t.type !== 'paragraph' && t.type !== 'heading') continue;
    const tok = t as NumberedToken;
    tok.sentences = [];
    for (const text of tokenSentences(tok)) {
      const sentence = { id: anchorId(all.length + 1), text };
      tok.sentences.push(sentence);
      all.push(sentence);
    }
  }
  return all;
}

export function lexBody(body: string): Token[] {
  return new Lexer({ gfm: true }).lex(body) as unknown as Token[];
}

export function bodySentences(body: string): BodySentence[] {
  return numberTokens(lexBody(body));
}

/** Whitespace (including no-break spaces) collapsed, quotes and dashes folded: for matching only. */
export function normSentence(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").trim().toLowerCase();
}

/**
 * Finds the anchor of an evidence sentence: the body sentence equal to it, else the first body
 * sentence it begins with (evidence that spans sentences), else the body sentence containing it.
 * The title and dek are not in the body: their anchors are "headline" and "dek".
 */
export function sentenceFinder(sentences: BodySentence[], title?: string, dek?: string | null): (sentence: string | undefined) => string | null {
  const exact = new Map<string, string>();
  const norm = sentences.map((s) => ({ id: s.id, n: normSentence(s.text) }));
  for (const s of norm) if (!exact.has(s.n)) exact.set(s.n, s.id);
  const cache = new Map<string, string | null>();
  const nTitle = title ? normSentence(title) : null;
  const nDek = dek ? normSentence(dek) : null;
  const raw = new Map<string, string | null>();
  return (sentence) => {
    if (!sentence) return null;
    const known = raw.get(sentence);
    if (known !== undefined) return known;
    const n = normSentence(sentence);
    if (!n) return null;
    const hit = exact.get(n) ?? cache.get(n);
    if (hit !== undefined) {
      raw.set(sentence, hit);
      return hit;
    }
    let found: string | null = null;
    for (const s of norm) {
      if (s.n.length >= 12 && n.startsWith(s.n)) {
        found = s.id;
        break;
      }
    }
    if (!found)
      for (const s of norm)
        if (n.length >= 12 && s.n.includes(n)) {
          found = s.id;
          break;
        }
    if (!found && n === nTitle) found = 'headline';
    if (!found && n === nDek) found = 'dek';
    cache.set(n, found);
    raw.set(sentence, found);
    return found;
  };
}

/** Finds the anchor of an item's evidence: its text and, when the record has it, its sentence index. */
export type EvidenceLocator = (sentence: string | undefined, index?: number | null) => string | null;

/** Does the body sentence `bodyText` hold the start of the evidence `evidence` (one sentence, or several from it on)? */
function beginsEvidence(bodyText: string, evidence: string): boolean {
  if (bodyText && evidence.startsWith(bodyText)) return true;
  const b = normSentence(bodyText);
  const e = normSentence(evidence);
  return b.length > 0 && (e === b || e.startsWith(b));
}

/**
 * The anchor of each item's evidence in the record's body. An item's stored sentence index is
 * read as it is when the body is the one it was taken on (the hash in `source.body`), the index is
 * one of the body's sentences and that sentence is the evidence. Otherwise — a body an editor
 * changed, an item an editor added without an index, evidence from the header — the evidence is
 * found by its text (sentenceFinder).
 */
export function evidenceLocator(sentences: BodySentence[], r: Pick<ArticleRecord, 'body' | 'title' | 'dek' | 'source'>): EvidenceLocator {
  let byText: ReturnType<typeof sentenceFinder> | null = null;
  const indexesHold = r.source.body !== undefined && r.source.body === bodyHash(r.body);
  return (sentence, index) => {
    if (!sentence) return null;
    if (indexesHold && index != null && index < sentences.length && beginsEvidence(sentences[index].text, sentence)) return sentences[index].id;
    byText ??= sentenceFinder(sentences, r.title, r.dek);
    return byText(sentence);
  };
}
