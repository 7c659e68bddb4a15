// Kind of error: names in sports results, line-ups, scorers' lists and "X of Country" lists,
// in wire-service layout (tokenised, spaces before punctuation). Sentences are our own.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('names in results and lists', () => {
  it('"X of Country" is a person and a place', () => {
    const r = names(["Anna Berg of Norway won the women's 800 metres ahead of Maria Lopez of Spain ."]);
    expect(r.people).toEqual(['Anna Berg', 'Maria Lopez']);
    expect(r.places).toEqual(['Norway', 'Spain']);
    expect(r.organizations).toEqual([]);
  });

  it('a ranked results table with countries in parentheses', () => {
    const r = names(['1. Anna Berg ( Norway ) 2:01.45', '2. Maria Lopez ( Spain ) 2:02.10', '3. Ingrid Kristiansen ( Norway ) 2:03.00']);
    expect(r.people).toEqual(['Anna Berg', 'Ingrid Kristiansen', 'Maria Lopez']);
    expect(r.places).toEqual(['Norway', 'Spain']);
  });

  it('tennis results, with full names and with surnames alone', () => {
    const r = names(['Tim Henman ( Britain ) beat Pete Sampras ( U.S. ) 6-4 7-5', 'Seles ( U.S. ) beat Majoli ( Croatia ) 6-2 6-3']);
    expect(r.people).toEqual(['Majoli', 'Pete Sampras', 'Seles', 'Tim Henman']);
    expect(r.places).toEqual(['Britain', 'Croatia', 'U.S.']);
  });

  it("a scorers' list with minutes", () => {
    const r = names(['Scorers : Omar Said 23 , Lars Holm 67 , Jari Litmanen 88']);
    expect(r.people).toEqual(['Jari Litmanen', 'Lars Holm', 'Omar Said']);
    expect(r.organizations).toEqual([]);
  });

  it('a model number after a name is still a product, not a scorer', () => {
    const r = names(['The losses of Adam Air Flight 574 and Garuda Indonesia Flight 200 , which killed 102 and 21 people , led to the ban .']);
    expect(r.people).toEqual([]);
  });

  it('"X of Party" splits a member from the party (GUM news_election)', () => {
    const r = names(['Those returned included Frederick Fung of ADPL , Lee Cheuk-yan of the Labour Party and Claudia Mo of the Civic Party .']);
    expect(r.people).toEqual(['Claudia Mo', 'Frederick Fung', 'Lee Cheuk-yan']);
    expect(r.organizations).toEqual(['ADPL', 'Civic Party', 'Labour Party']);
  });

  it('a saint or monk named "X of Place" keeps the whole name', () => {
    const r = names(['Theodorus of Tabennese succeeded Pachomius as abbot.']);
    expect(r.people).not.toContain('Theodorus');
  });

  it('a standings table: "Major" is no title, and a city in capitals stays whole', () => {
    const r = names(
      [
        'Standings of Major League Baseball clubs after games played on Sunday ( tabulate under won , lost , winning percentage and games behind ) :',
        'AMERICAN LEAGUE',
        'W L PCT GB',
        'NEW YORK 74 55 .574 -',
        'BALTIMORE 67 62 .519 7',
      ],
      "BASEBALL - MAJOR LEAGUE STANDINGS AFTER SUNDAY 'S GAMES .",
    );
    expect(r.people).toEqual([]);
    expect(r.organizations).toEqual(['American League', 'Major League Baseball']);
    expect(r.places).toEqual(['Baltimore', 'New York']);
  });

  it('the sides of a result line are teams, never people', () => {
    const r = names([
      'Results of English premier league matches on Saturday :',
      'Newcastle 2 Wimbledon 0',
      'Chelsea 1 West Ham 3',
      'Leading goalscorers : 3 - Alan Shearer ( Newcastle ) , Fabrizio Ravanelli ( Middlesbrough )',
    ]);
    expect(r.people).toEqual(['Alan Shearer', 'Fabrizio Ravanelli']);
    expect(r.organizations).toEqual(expect.arrayContaining(['West Ham', 'Wimbledon']));
  });
});
