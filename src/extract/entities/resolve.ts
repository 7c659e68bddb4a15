/**
 * resolveEntity: the canonical entity for a form used in the text ("Dong", "the CSIS",
 * "Trudeau's", "Prime Minister Justin Trudeau"), for the quotes and claims extractors.
 */
import type { Entity, Extraction } from '../../types.js';
import { splitTitle } from './titles.js';

export interface ResolvedEntity {
  kind: 'person' | 'organization' | 'place';
  name: string;
}

const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;
const POSSESSIVE_END = /(?:['’]s|s['’])$/u;
const k = (s: string): string => s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();

function cleanMention(mention: string): string {
  return mention
    .trim()
    .replace(/^[\s"“”‘’'(\[]+|[\s"“”‘’,.;:!?)\]]+$/gu, '')
    .replace(LEADING_ARTICLE, '')
    .replace(POSSESSIVE_END, (m) => (m.startsWith('s') ? 's' : ''))
    .trim();
}

export function resolveEntity(result: Extraction, mention: string): ResolvedEntity | null {
  const cleaned = cleanMention(mention);
  if (!cleaned) return null;
  const groups: [ResolvedEntity['kind'], Entity[]][] = [
    ['person', result.people],
    ['organization', result.organizations],
    ['place', result.places],
  ];
  const forms = [cleaned, splitTitle(cleaned.split(/\s+/), '').name.join(' ')].filter(Boolean).map(k);
  for (const form of forms) {
    for (const [kind, list] of groups) {
      const hit = list.find((e) => k(e.name) === form || e.aliases.some((a) => k(a) === form));
      if (hit) return { kind, name: hit.name };
    }
  }
  // A surname alone: the one person whose name ends with it.
  const last = forms[forms.length - 1];
  if (last && !last.includes(' ')) {
    const people = result.people.filter((p) => k(p.name).split(' ').at(-1) === last);
    if (people.length === 1) return { kind: 'person', name: people[0].name };
  }
  return null;
}
