// Sentences from GUM (Zeldes 2017): GUM_bio_gordon and GUM_bio_jerome (Wikipedia, CC BY-SA 3.0),
// GUM_voyage_isfahan (Wikivoyage, CC BY-SA 3.0), shortened; the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

const person = (r: ReturnType<typeof names>, name: string) => r.raw.people.find((p) => p.name === name);

describe('regnal numbers', () => {
  it('"Tsar Aleksei I": the numeral "I" after a ruler\'s title is part of the name, and the name without it an alias', () => {
    const r = names([
      'In 1661, after further experiences as a soldier of fortune, he joined the Russian army under Tsar Aleksei I, and in 1665 was sent to England.',
    ]);
    expect(r.people).toEqual(['Aleksei I']);
    expect(person(r, 'Aleksei I')?.aliases.sort()).toEqual(['Aleksei', 'Tsar Aleksei I']);
  });

  it('"Pope Damasus I, who died": a pope\'s numeral', () => {
    const r = names(['The protégé of Pope Damasus I, who died in December of 384, Jerome was known for his teachings on Christian moral life.']);
    expect(r.people).toEqual(['Damasus I', 'Jerome']);
  });

  it('two rulers of one name are two people, each also named without the numeral', () => {
    const r = names([
      'The city has an Armenian Quarter called Jolfa established by Shah Abbas I in the 1600s.',
      'Built by Shah Abbas II between 1656 and 1662.',
    ]);
    expect(r.people).toEqual(['Abbas I', 'Abbas II']);
    expect(person(r, 'Abbas II')?.aliases).toContain('Abbas');
  });

  it('"Charles I of England": the numeral before "of" and the realm', () => {
    const r = names(['Charles I of England was executed in 1649.']);
    expect(r.people).toEqual(['Charles I']);
    expect(r.places).toEqual(['England']);
  });

  it('the pronoun "I" after a name is no numeral', () => {
    const r = names(['In Paris I met Anna Berg.', 'When John Smith and I arrived, Mary I think was there.']);
    expect(r.people).toEqual(['Anna Berg', 'John Smith', 'Mary']);
    expect(r.places).toEqual(['Paris']);
  });

  it('"Malcolm X": a letter alone is no numeral, and gives no short form', () => {
    const r = names(['Malcolm X spoke in Harlem in 1964.']);
    expect(person(r, 'Malcolm X')?.aliases ?? []).not.toContain('Malcolm');
  });
});
