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
    .replace(/^[\s"“”‘’'([]+|[\s"“”‘’,.;:!?)\]]+$/gu, '')
    .replace(LEADING_ARTICLE, '')
    .replace(POSSESSIVE_END, (m) => (m.startsWith('s') ? 's' : ''))
    .trim();
}

/**
 * The forms of an extraction's entities, normalised, built once: resolving a phrase is then a few
 * map look-ups instead of a scan of every entity and alias (speakers are resolved many times per article).
 */
export class EntityIndex {
  /** Per kind, in the order people, organisations, places: normalised form → the first entity with it. */
  private readonly byForm: [ResolvedEntity['kind'], Map<string, string>][] = [];
  /** Normalised last word of each person's name → the people with it. */
  private readonly bySurname = new Map<string, string[]>();

  constructor(result: Extraction) {
    const groups: [ResolvedEntity['kind'], Entity[]][] = [
      ['person', result.people],
      ['organization', result.organizations],
      ['place', result.places],
    ];
    for (const [kind, list] of groups) {
      const map = new Map<string, string>();
      for (const e of list) {
        for (const f of [e.name, ...e.aliases]) {
          const key = k(f);
          if (!map.has(key)) map.set(key, e.name);
        }
      }
      this.byForm.push([kind, map]);
    }
    for (const p of result.people) {
      const last = k(p.name).split(' ').at(-1)!;
      const names = this.bySurname.get(last);
      if (names) names.push(p.name);
      else this.bySurname.set(last, [p.name]);
    }
  }

  resolve(mention: string): ResolvedEntity | null {
    const cleaned = cleanMention(mention);
    if (!cleaned) return null;
    const forms = [cleaned, splitTitle(cleaned.split(/\s+/), '').name.join(' ')].filter(Boolean).map(k);
    for (const form of forms) {
      for (const [kind, map] of this.byForm) {
        const name = map.get(form);
        if (name !== undefined) return { kind, name };
      }
    }
    // A surname alone: the one person whose name ends with it.
    const last = forms[forms.length - 1];
    if (last && !last.includes(' ')) {
      const people = this.bySurname.get(last) ?? [];
      if (people.length === 1) return { kind: 'person', name: people[0] };
    }
    return null;
  }
}

export function resolveEntity(result: Extraction, mention: string): ResolvedEntity | null {
  return new EntityIndex(result).resolve(mention);
}
