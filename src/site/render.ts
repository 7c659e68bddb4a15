/**
 * Article bodies: Markdown rendered by marked, with raw HTML shown as text, links limited to
 * safe schemes, images shown as links, and the names of people linked to their pages.
 */
import { Marked, Parser, type Tokens, type Token } from 'marked';
import { encode } from 'html-entities';
import { lexBody, numberTokens, type NumberedToken, type BodySentence } from '../archive/sentences.js';
import { escapeRegExp } from '../lib/regexp.js';

const SAFE_URL = /^(?:https?:|mailto:|\/|#|\.\.?\/)/i;

export function safeUrl(href: string | null | undefined): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  return SAFE_URL.test(trimmed) && !/^\/\//.test(trimmed) ? trimmed : null;
}

export function escapeHtml(text: string): string {
  return encode(text, { mode: 'specialChars', level: 'html5' });
}

export interface NameLink {
  /** A form of the name as the text writes it. */
  form: string;
  href: string;
}

const linkers = new WeakMap<NameLink[], (escapedText: string) => string>();

/** The replacer for one list of links, made once per list (a page renders many text pieces). */
function linker(links: NameLink[]): (escapedText: string) => string {
  let fn = linkers.get(links);
  if (fn) return fn;
  const forms = [...links].sort((a, b) => b.form.length - a.form.length);
  const byForm = new Map(forms.map((l) => [escapeHtml(l.form), l.href]));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${[...byForm.keys()].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const replace = (m: string) => `<a class="name" href="${escapeHtml(byForm.get(m)!)}">${m}</a>`;
  fn = (escapedText: string) => escapedText.replace(re, replace);
  linkers.set(links, fn);
  return fn;
}

/** Wraps each occurrence of a name form in an already-escaped text in a link. Longest forms first. */
export function linkNames(escapedText: string, links: NameLink[]): string {
  if (!links.length) return escapedText;
  return linker(links)(escapedText);
}

function renderer(links: NameLink[]) {
  return {
    html(token: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(token.text);
    },
    link(this: { parser: { parseInline(t: Tokens.Generic[]): string } }, token: Tokens.Link): string {
      const href = safeUrl(token.href);
      const text = this.parser.parseInline(token.tokens);
      return href ? `<a href="${escapeHtml(href)}" rel="nofollow noopener">${text}</a>` : text;
    },
    image(token: Tokens.Image): string {
      const href = safeUrl(token.href);
      const alt = escapeHtml(token.text || 'image');
      return href ? `<a href="${escapeHtml(href)}" rel="nofollow noopener">[${alt}]</a>` : `[${alt}]`;
    },
    text(token: Tokens.Text | Tokens.Escape): string {
      if ('tokens' in token && token.tokens)
        return (this as unknown as { parser: { parseInline(t: Tokens.Generic[]): string } }).parser.parseInline(token.tokens);
      return linkNames(escapeHtml(token.text), links);
    },
  };
}

const plain = new Marked({ gfm: true, async: false });
plain.use({ renderer: renderer([]) as never });

/** Plain inline content: text, escapes and raw HTML (shown as text). Sentences of it can be wrapped. */
function isPlain(tokens: Token[] | undefined): boolean {
  return (tokens ?? []).every((t) => t.type === 'text' || t.type === 'escape' || t.type === 'html' || t.type === 'br');
}

function sentenceSpans(sentences: BodySentence[], links: NameLink[]): string {
  return sentences.map((s) => `<span class="s" id="${s.id}">${linkNames(escapeHtml(s.text), links)}</span>`).join(' ');
}

function emptyAnchors(sentences: BodySentence[]): string {
  return sentences.map((s) => `<span class="s-anchor" id="${s.id}"></span>`).join('');
}

/**
 * An article body with each sentence anchored (`id="s-1"`, `s-2`, ... as numbered by
 * src/archive/sentences.ts), so the facts beside the text can link to the sentence they came
 * from. A paragraph of plain text has each sentence wrapped in a span; a paragraph with inline
 * markup (links) keeps its markup and gets empty anchors before it; a heading gets them before it.
 */
export function renderArticle(body: string, links: NameLink[] = []): { html: string; sentences: BodySentence[] } {
  const m = new Marked({ gfm: true, async: false });
  const base = renderer(links);
  m.use({
    renderer: {
      ...base,
      paragraph(this: { parser: Parser }, token: Tokens.Paragraph): string {
        const t = token as NumberedToken;
        if (!t.sentences) return `<p>${this.parser.parseInline(token.tokens)}</p>\n`;
        if (isPlain(token.tokens)) return `<p>${sentenceSpans(t.sentences, links)}</p>\n`;
        return `<p>${emptyAnchors(t.sentences)}${this.parser.parseInline(token.tokens)}</p>\n`;
      },
      heading(this: { parser: Parser }, token: Tokens.Heading): string {
        const t = token as NumberedToken;
        const anchors = t.sentences ? emptyAnchors(t.sentences) : '';
        const depth = Math.min(6, Math.max(2, token.depth));
        return `${anchors}<h${depth}>${this.parser.parseInline(token.tokens)}</h${depth}>\n`;
      },
    } as never,
  });
  const tokens = lexBody(body);
  const sentences = numberTokens(tokens);
  return { html: m.parser(tokens as never) as string, sentences };
}

/** Markdown with the safe renderer and no name links (article bodies use renderArticle). */
export function renderMarkdown(markdown: string): string {
  return plain.parse(markdown) as string;
}
