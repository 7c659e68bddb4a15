// "X and Y Rivers": plain words, "and", then a name ending in a word of places share its head
// (src/extract/entities/spans.ts). Quoted: GUM (Zeldes 2017), GUM_voyage_phoenix (Wikivoyage,
// CC BY-SA 3.0), GUM_interview_libertarian (Wikinews, CC BY 2.5), shortened; the others are written
// for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('two names sharing one head are one place', () => {
  it('two rivers named together (GUM_voyage_phoenix)', () => {
    const r = names(['The Salt and Verde Rivers of central Arizona were explored by settlers.']);
    expect(r.places).toEqual(['Arizona', 'Salt and Verde Rivers']);
  });

  it('a factory named by its two products (GUM_interview_libertarian)', () => {
    const r = names(['Well we just had one in the United States at the Republic Windows and Doors Factory, it is hard to know.']);
    expect(r.places).toEqual(['Republic Windows and Doors Factory', 'United States']);
  });
});

describe('names joined by "and" stay two names', () => {
  it('two companies, the first a known name', () => {
    const r = names(['The deal between Ford and General Motors fell apart.']);
    expect(r.organizations).toEqual(['Ford', 'General Motors']);
  });

  it('a known place after "and"', () => {
    const r = names(['The Untied Nations and United States have both criticised the plan.']);
    expect(r.places).toEqual(['United States']);
  });

  it('a name and a body whose last word is no word of places', () => {
    const r = names(['He read a quote from Lord Diplock and Browning and War Office in court.']);
    expect(r.places).toEqual([]);
  });
});
