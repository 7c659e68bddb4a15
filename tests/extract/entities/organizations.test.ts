import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';
import { acronymMatches } from '../../../src/extract/entities/acronyms.js';

describe('organisations and acronyms', () => {
  it('links an acronym written in parentheses to its full name (LifeSiteNews)', () => {
    const r = names([
      'According to the Global News, the sources from Canadian Security Intelligence Service (CSIS) told them that the Chinese Communist Party (CCP) was in favor of having the Liberals win the 2021 federal election.',
    ]);
    const csis = r.raw.organizations.find((o) => o.name === 'Canadian Security Intelligence Service')!;
    expect(csis.aliases).toContain('CSIS');
    const ccp = r.raw.organizations.find((o) => o.name === 'Chinese Communist Party')!;
    expect(ccp.aliases).toContain('CCP');
    expect(r.organizations).toContain('Global News');
  });

  it('links an acronym used later to the full name by its initials (LifeSiteNews)', () => {
    const r = names([
      'MP Han Dong was alleged to have told a diplomat that freeing the two Michaels early would benefit the Conservative Party of Canada.',
      'Opposition parties, notably the CPC, have been for weeks demanding that Trudeau launch a full, independent public inquiry.',
    ]);
    const cpc = r.raw.organizations.find((o) => o.name === 'Conservative Party of Canada')!;
    expect(cpc.aliases).toContain('CPC');
  });

  it('matches initials in order, skipping function words', () => {
    expect(acronymMatches('CPC', 'Conservative Party of Canada')).toBe(true);
    expect(acronymMatches('UAW', 'United Auto Workers')).toBe(true);
    expect(acronymMatches('SIA', 'Singapore Airlines')).toBe(true);
    expect(acronymMatches('CSIS', 'Chinese Communist Party')).toBe(false);
    expect(acronymMatches('GM', 'Global News')).toBe(false);
  });

  it('finds airlines and an aircraft maker, not the aircraft (MEANTIME 007)', () => {
    // MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
    const r = names(['Air Canada has ordered US$6 billion in new airliners, while Air India has signed a deal for a further US$7 billion.', 'The Air Canada deal includes firm orders for 18 777s and 14 of the new mid-size, long-range 787 Dreamliner.']);
    expect(r.organizations).toEqual(['Air Canada', 'Air India']);
  });

  it('keeps "General Motors" whole at the start of a sentence (MEANTIME 120)', () => {
    // MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
    const r = names(['General Motors (GM) has named Mary Barra as its new chief executive officer.']);
    expect(r.organizations).toEqual(['General Motors']);
    expect(r.raw.organizations[0].aliases).toEqual(['GM']);
  });
});
