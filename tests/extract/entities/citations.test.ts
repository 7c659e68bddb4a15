// Sentences from GUM (Zeldes 2017), academic papers under CC BY 4.0 (GUM_academic_games,
// GUM_academic_replication) and a Wikipedia biography under CC BY-SA 3.0 (GUM_bio_goode); the
// others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';
import { citesScholarly, isCitedAuthor } from '../../../src/extract/entities/citations.js';

describe('cited authors are people', () => {
  it('authors in parenthesised citations, "&" pairs included, are people, not firms (GUM_academic_games)', () => {
    const r = names([
      'With respect to the contributions of digital games to improvement of cognitive processes, researchers suggest that regular practice has a significant influence on improving the performance related to basic visual skills (Li, Polat, Scalzo, & Bavelier, 2010); on the ability to perceive objects simultaneously (Dye & Bavelier, 2010; Feng, Spence, & Pratt, 2007).',
      'Other studies suggest potential to improve overall intelligence capacity of elementary school children (Miller & Robertson, 2010), and to better performance of working memory ability (Klingberg et al., 2002).',
    ]);
    expect(r.people).toEqual(['Bavelier', 'Dye', 'Feng', 'Klingberg', 'Li', 'Miller', 'Polat', 'Pratt', 'Robertson', 'Scalzo', 'Spence']);
    expect(r.organizations).toEqual([]);
  });

  it('"X (1989)" and "X and Y 1997" in a text that cites as scholars do (GUM_academic_replication)', () => {
    const r = names([
      'One indication of the importance of replication is found in the calls for replication research: from Santos (1989) through Polio and Gass 1997 to very recent proposals for specific replication studies, such as Vandergrift and Cross 2017 and even a book-length treatment (Porte, 2012).',
    ]);
    expect(r.people).toEqual(['Cross', 'Gass', 'Polio', 'Porte', 'Santos', 'Vandergrift']);
  });

  it('"according to Levinson (1983)" with a citation elsewhere in the paper', () => {
    const r = names(['Deixis is the anchoring of talk in its context, according to Levinson (1983).', 'The notion has a long history (Bühler, 1934).']);
    expect(r.people).toEqual(['Bühler', 'Levinson']);
  });

  it('a film with its year in a biography is no person (GUM_bio_goode)', () => {
    const r = names([
      'Other notable film roles include The Lookout (2007), A Single Man (2009), Cemetery Junction (2010), Stoker (2013), Belle (2013), The Imitation Game (2014) and Self/less (2015).',
    ]);
    expect(r.people).toEqual([]);
  });

  it('a product or event with a year is no author', () => {
    expect(isCitedAuthor('the company shipped ', ' 2000 in February', false)).toBe(false);
    expect(isCitedAuthor('the company shipped ', ' (1995) to stores', false)).toBe(false);
    expect(isCitedAuthor('(', ' et al., 2005)', false)).toBe(true);
    expect(citesScholarly('Germany beat Brazil 2-1 in 1998.')).toBe(false);
    expect(citesScholarly('as shown before (Moretti, 2013).')).toBe(true);
  });
});

describe('long lists of citations', () => {
  it('authors after the semicolon of the citation before are cited too, a common word included (GUM_academic_replication)', () => {
    const r = names([
      'These perceptions hold across fields (Berez-Kroeker et al., 2017; Branco, Cohen, Vossen, Ide, & Calzolari, 2017; Chambers, 2017; Schmidt, 2009), and they are thought to matter.',
      'Others replicated them (Marsden, Williams, & Liu, 2013; McManus & Marsden, 2017; Morgan-Short, Heil, Botero-Moriaty, & Ebert, 2012).',
    ]);
    expect(r.people).toEqual([
      'Berez-Kroeker',
      'Botero-Moriaty',
      'Branco',
      'Calzolari',
      'Chambers',
      'Cohen',
      'Ebert',
      'Heil',
      'Ide',
      'Liu',
      'Marsden',
      'McManus',
      'Morgan-Short',
      'Schmidt',
      'Vossen',
      'Williams',
    ]);
  });

  it('a common word opening a credit with "et al." is no author: "Image: Daily et al."', () => {
    const r = names(['Studies of the shelf are many (Smith et al., 2010).', 'A map of the shelf. Image: Daily et al.']);
    expect(r.people).toEqual(['Smith']);
  });
});
