// Sentences from GUM (Zeldes 2017): GUM_academic_mutation (CC BY 4.0), GUM_bio_moreau,
// GUM_bio_jerome (Wikipedia, CC BY-SA 3.0), GUM_interview_herrick, GUM_interview_brotherhood,
// GUM_interview_stardust, GUM_news_lanterns, GUM_news_taxes (Wikinews, CC BY 2.5) and
// GUM_voyage_york (Wikivoyage, CC BY-SA 3.0), some shortened or reworded; the others are written
// for these tests.
import { describe, expect, it } from 'vitest';
import { bodyWordName, foreignBodyName, isTownNewspaper } from '../../../src/extract/entities/org-shapes.js';
import { names } from './helpers.js';

describe('"the" before a capitalised phrase is no evidence of an organisation', () => {
  it('events, ideas, phrases and things after "the" are no bodies', () => {
    const r = names([
      'She also worked with directors such as Wim Wenders on Until the End of the World.',
      'The official festivals are the Viking Festival and the Festival of Angels.',
      'In retrospect, we probably should have selected the GNU Free Document License instead.',
      'The Taipei lantern festival marks the end of the Chinese New Year celebrations.',
    ]);
    expect(r.organizations).toEqual([]);
  });

  it('a body named after "the" with a word of a body keeps its kind', () => {
    const r = names(['He is a member of the International Brotherhood of Magicians and of the Magic Castle Society.']);
    expect(r.organizations).toEqual(['International Brotherhood of Magicians', 'Magic Castle Society']);
  });
});

describe('words that name bodies', () => {
  it('bodies named in another language', () => {
    const r = names([
      'Suilen H. Alvarado works at the Universidade da Coruña and at the Laboratorio de Bases de Datos.',
      'Instituto Gonzaga, a catholic school in Milan, was asked to pay the tax.',
      'She established herself as one of the leading actresses of the Comédie-Française.',
    ]);
    expect(r.organizations).toEqual(
      expect.arrayContaining(['Comédie-Française', 'Instituto Gonzaga', 'Laboratorio de Bases de Datos', 'Universidade da Coruña']),
    );
    expect(r.places).toEqual(['Milan']);
    expect(foreignBodyName(['Centro'])).toBe(false);
    expect(foreignBodyName(['Rio', 'de', 'Janeiro'])).toBe(false);
  });

  it('a lab, a legion and a communion', () => {
    const r = names([
      'We scan the collector in the Cosmic Dust Lab at the space centre.',
      'York was home first to the Ninth Legion.',
      'Jerome is recognised as a saint by the Catholic Church and the Anglican Communion.',
    ]);
    expect(r.organizations).toEqual(expect.arrayContaining(['Anglican Communion', 'Cosmic Dust Lab', 'Ninth Legion']));
    expect(bodyWordName(['Lab'])).toBe(false);
    expect(bodyWordName(['Mary', 'Guild'])).toBe(true);
    expect(bodyWordName(['Henga', 'Lodge'])).toBe(false);
  });

  it('a town and a newspaper word is a newspaper', () => {
    expect(isTownNewspaper(['Chicago', 'Tribune'])).toBe(true);
    expect(isTownNewspaper(['The', 'Denver', 'Post'])).toBe(true);
    expect(isTownNewspaper(['Evening', 'Post'])).toBe(false);
    expect(isTownNewspaper(['Denver', 'Street'])).toBe(false);
    const r = names(['The story was first reported by the Boston Chronicle on Monday.']);
    expect(r.organizations).toEqual(['Boston Chronicle']);
    expect(r.places).toEqual([]);
  });
});

describe('names after "the" that act as bodies', () => {
  it('a name listed beside a company, or winning, is a body; one that only follows "the" is not', () => {
    // MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0, shortened.
    const r = names([
      'This imperils the Northrop Grumman and EADS North America team that won the contract.',
      'The new tanker was shown at the Paris Salon des Machines before the Winter Carnival of Magic.',
    ]);
    expect(r.organizations).toEqual(['EADS North America', 'Northrop Grumman']);
  });
});
