// Sentences from GUM (Zeldes 2017): GUM_bio_padalecki (Wikipedia, CC BY-SA 3.0), GUM_interview_gliders
// and GUM_interview_shalev (Wikinews, CC BY 2.5), shortened; the others are written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('towns named like people', () => {
  it('"Austin, Texas": a given name written with its state is the town, not the first name of a person named beside it', () => {
    const r = names([
      'On December 22, 2013, Cortese gave birth to their second son, Austin Shepherd "Shep" Padalecki.',
      'The couple resides in Austin, Texas with their three children.',
    ]);
    expect(r.people).toEqual(['Austin Shepherd "Shep" Padalecki']);
    expect(r.places).toEqual(['Austin', 'Texas']);
  });

  it('a first name alone still joins the full name when no region follows it', () => {
    const r = names(['Jared Padalecki was born in San Antonio, Texas.', 'In 2020, Jared moved to Dallas.']);
    expect(r.people).toEqual(['Jared Padalecki']);
    expect(r.places).toEqual(['Dallas', 'San Antonio', 'Texas']);
  });

  it('"Preston, Victoria, Australia On Saturday": names and commas opening a sentence and leading to a country are a dateline\'s places', () => {
    const r = names(['Preston, Victoria, Australia On Saturday, Wikinews interviewed Tina McKenzie, a former member of the national team.']);
    expect(r.people).toEqual(['Tina McKenzie']);
    expect(r.places).toEqual(['Australia', 'Preston', 'Victoria']);
  });

  it('an affiliation line\'s acronym is no place of a dateline ("Lattice Lab, CNRS, France")', () => {
    const r = names(['Lattice Lab, CNRS, France']);
    expect(r.places).toEqual(['France']);
  });

  it('"born in 1958 in Kibbutz Kinneret, Tiberias.": the word after a place and its comma is its region, not a person with a role', () => {
    const r = names(['Aner Shalev is an Israeli mathematician and writer born in 1958 in Kibbutz Kinneret, Tiberias.']);
    expect(r.people).toEqual(['Aner Shalev']);
    expect(r.places).toEqual(['Kibbutz Kinneret', 'Tiberias']);
  });

  it('a role before a full name still holds ("the ambassador to China, David Mulroney, said")', () => {
    const r = names(['The former ambassador to China, David Mulroney, said the talks had failed.']);
    expect(r.people).toEqual(['David Mulroney']);
    expect(r.raw.people[0].role).toBe('The former ambassador to China');
  });
});
