import { describe, expect, it } from 'vitest';
import { names, doc } from './helpers.js';
import { extractEntities, resolveEntity } from '../../../src/extract/entities/index.js';
import { emptyExtraction } from '../../../src/extract/index.js';

const SEED_000 = [
  'Canadian MP Han Dong resigned from the Liberal Party last night only hours after a news report broke.',
  'In an email to Global News, Dong admitted that he had a discussion with Consul General Han, however, he denied that his conversation was about delaying the release of the “two Canadian Michaels.”',
  'After the story broke, Dong late Wednesday told the House of Commons that he would be stepping away from Prime Minister Justin Trudeau’s Liberal Party.',
  'However, the “independent” rapporteur is former Governor General David Johnston, a known longtime family friend of Trudeau and member of the Pierre Elliot Trudeau Foundation.',
];

describe('aliases and merging', () => {
  it('joins a surname to the full name and keeps the titled forms as aliases (LifeSiteNews)', () => {
    const r = names(SEED_000);
    const dong = r.raw.people.find((p) => p.name === 'Han Dong')!;
    expect(dong.aliases).toEqual(expect.arrayContaining(['Dong', 'Canadian MP Han Dong']));
    expect(dong.role).toBe('MP');
    expect(dong.mentions).toBe(3);
    const trudeau = r.raw.people.find((p) => p.name === 'Justin Trudeau')!;
    expect(trudeau.aliases).toEqual(expect.arrayContaining(['Trudeau', 'Prime Minister Justin Trudeau']));
  });

  it('never merges "Consul General Han" with Han Dong, nor the Trudeau Foundation with Justin Trudeau', () => {
    const r = names(SEED_000);
    expect(r.people).toEqual(['David Johnston', 'Han', 'Han Dong', 'Justin Trudeau']);
    expect(r.raw.people.find((p) => p.name === 'Han')!.aliases).toEqual(['Consul General Han']);
    expect(r.organizations).toContain('Pierre Elliot Trudeau Foundation');
  });

  it('resolves forms used in the text to the canonical entity', () => {
    const d = doc(SEED_000);
    const result = { ...emptyExtraction(), ...extractEntities(d) };
    expect(resolveEntity(result, 'Dong')).toEqual({ kind: 'person', name: 'Han Dong' });
    expect(resolveEntity(result, "Trudeau's")).toEqual({ kind: 'person', name: 'Justin Trudeau' });
    expect(resolveEntity(result, 'Prime Minister Justin Trudeau')).toEqual({ kind: 'person', name: 'Justin Trudeau' });
    expect(resolveEntity(result, 'the House of Commons')).toEqual({ kind: 'organization', name: 'House of Commons' });
    expect(resolveEntity(result, 'Consul General Han')).toEqual({ kind: 'person', name: 'Han' });
    expect(resolveEntity(result, 'the diplomat')).toBeNull();
  });

  it('joins a company name with and without its suffix (MEANTIME 030)', () => {
    // MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
    const r = names(['Apple Inc. reported a first quarter profit of US$1 billion, or 1.14 cents per share.', 'Apple sold 21 million iPods in the quarter.']);
    expect(r.organizations).toEqual(['Apple Inc.']);
    expect(r.raw.organizations[0].aliases).toEqual(['Apple']);
  });
});
