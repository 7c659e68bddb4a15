/**
 * Affiliation lines of papers name their institutions whole. Lines from GUM's academic papers
 * (CC BY 4.0, Zeldes 2017): GUM_academic_art (001), GUM_academic_enjambment (004),
 * GUM_academic_lighting (011), GUM_academic_librarians (010).
 */
import { describe, expect, it } from 'vitest';
import { affiliationParts } from '../../../src/extract/entities/affiliations.js';
import { names } from './helpers.js';

const texts = (line: string) => affiliationParts(line).map((p) => p.text);

describe('affiliation lines', () => {
  it('names the institution after an e-mail address', () => {
    expect(texts('Claire Warwick c.l.h.warwick@durham.ac.uk Durham University, United Kingdom')).toEqual(['Durham University']);
    expect(
      texts(
        'Michiel Cock m.p.cock@vu.nl Vrije Universiteit Amsterdam, the Netherlands Lotte Wilms lotte.wilms@kb.nl National Library of the Netherlands, the Netherlands',
      ),
    ).toEqual(['Vrije Universiteit Amsterdam', 'National Library of the Netherlands']);
  });

  it('names every institution of a line of parts ending in a country, acronyms too, lower-case words kept', () => {
    expect(texts('Lattice Lab, CNRS, France')).toEqual(['Lattice Lab', 'CNRS']);
    expect(texts('Universidad Nacional de Educación a Distancia, Spain')).toEqual(['Universidad Nacional de Educación a Distancia']);
    expect(texts('Electrical Engineering Department, Bataan Peninsula State University, 2100, Balanga City Bataan, Philippines')).toEqual([
      'Electrical Engineering Department',
      'Bataan Peninsula State University',
    ]);
  });

  it('finds nothing in sentences, in lists of places or in lines without a country', () => {
    expect(texts('We thank the staff of Durham University, United Kingdom.')).toEqual([]);
    expect(texts('Tempe, Mesa, Chandler, Arizona')).toEqual([]);
    expect(texts('Lattice Lab, CNRS')).toEqual([]);
    expect(texts('The Museum of Flight, Seattle, Washington')).toEqual([]);
  });

  it('makes the parts organisations of the article, and the person before the address a person', () => {
    const r = names(['Pablo Ruiz Fabo pabloruizfabo@gmail.com Lattice Lab, CNRS, France', 'We describe a method to detect enjambment in Spanish sonnets.']);
    expect(r.organizations).toEqual(['CNRS', 'Lattice Lab']);
    expect(r.people).toEqual(['Pablo Ruiz Fabo']);
    expect(r.places).toEqual(['France']);
  });
});
