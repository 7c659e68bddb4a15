// Kind of junk: nationality, language and creed words taken for entities or glued to a name.
// Wire-style sentences are our own; GUM sentences (Zeldes 2017, CC BY 4.0 / CC BY-SA 3.0) say where they come from.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('nationality, language and creed words are no entities', () => {
  it('a language or nationality alone is nothing', () => {
    const r = names(['The Spanish delegation spoke English and Latin at the talks, the Danish minister said.']);
    expect(r.people).toEqual([]);
    expect(r.organizations).toEqual([]);
    expect(r.places).toEqual([]);
  });

  it('plurals naming a people or a creed are groups, not entities', () => {
    const r = names(['Thousands of Muslims and Arabs gathered as Swedes and Danes watched from the border at Malmo.']);
    expect(r.people).toEqual([]);
    expect(r.organizations).toEqual([]);
    expect(r.places).toEqual(['Malmo']);
  });

  it('a nationality before a name is no part of it', () => {
    const r = names(['Dane Lars Holm scored twice and Briton Tim Henman lost in straight sets in Rotterdam on Sunday.']);
    expect(r.people).toEqual(['Lars Holm', 'Tim Henman']);
    expect(r.places).toEqual(['Rotterdam']);
  });

  it('keeps names that begin with a nationality word', () => {
    const r = names(['Airlines such as Thai Airways International fly from Latin America to South Korea.']);
    expect(r.organizations).toEqual(['Thai Airways International']);
    expect(r.places).toEqual(['Latin America', 'South Korea']);
    expect(r.people).toEqual([]);
  });

  it('"English captain" is a role, not an organisation (GUM news_soccer)', () => {
    const r = names(['Tunisia lost 1 – 2 to England, with a late goal from English captain Harry Kane.']);
    expect(r.people).toEqual(['Harry Kane']);
    expect(r.organizations).not.toContain('English');
  });
});
