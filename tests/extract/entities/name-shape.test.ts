// Sentences from GUM (Zeldes 2017): Wikinews under CC BY 2.5 (GUM_news_worldcup) and Wikipedia
// biographies under CC BY-SA 3.0 (GUM_bio_moreau, GUM_bio_fillmore, GUM_bio_chao); others written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';
import { personShaped } from '../../../src/extract/entities/shape.js';

describe('names no word list knows', () => {
  it('two capitalised words that are no English words are a person (GUM_news_worldcup)', () => {
    const r = names(["Panama's attempt in the 54th minute, by Michael Murillo, was saved by Thibaut Courtois."]);
    expect(r.people).toEqual(['Michael Murillo', 'Thibaut Courtois']);
  });

  it('directors listed with their films are people, the films are not (GUM_bio_moreau)', () => {
    const r = names([
      'She also worked with a number of other notable directors such as Michelangelo Antonioni (La notte and Beyond the Clouds), Orson Welles (The Trial, Chimes at Midnight and The Immortal Story), Elia Kazan (The Last Tycoon), Wim Wenders (Until the End of the World).',
    ]);
    expect(r.people).toEqual(['Elia Kazan', 'Michelangelo Antonioni', 'Orson Welles', 'Wim Wenders']);
  });

  it('a theory, a field or a kind made of English words is no person (GUM_bio_fillmore)', () => {
    const r = names([
      'In 1968, he published his theory of Case Grammar (Fillmore 1968), which highlighted the fact that syntactic structure can be predicted by semantic participants.',
    ]);
    expect(r.people).not.toContain('Case Grammar');
    expect(personShaped(['Sea', 'Kayak'])).toBe(false);
    expect(personShaped(['Booker', 'Prize-winner'])).toBe(false);
  });

  it('titles in other languages and works with their year are no people', () => {
    expect(personShaped(['Les', 'Amants'])).toBe(false);
    expect(names(['The romantic comedy Chasing Liberty (2004) earned him a nomination.']).people).toEqual([]);
    expect(personShaped(['Xander', 'Bogaerts'])).toBe(true);
  });
});

describe('unknown names in wire-service sports copy', () => {
  it('a player at the start of a clause is a person; a team with its score is not', () => {
    expect(names(['Jurgen Klinsmann scored twice as the visitors won 3-0 on Saturday .']).people).toEqual(['Jurgen Klinsmann']);
    expect(names(['Galatasaray and Fenerbahce drew 1-1 in Istanbul ; Hakan Sukur scored for the home side .']).people).toEqual(['Hakan Sukur']);
    expect(names(['Results on Saturday : Sporting Braga 2 Maritimo Funchal 1 .']).people).toEqual([]);
  });

  it('a romanised given name ending in -ing is no English gerund (GUM_bio_chao)', () => {
    expect(names(['Late in his life, he was invited by Deng Xiaoping to return to China in 1981.']).people).toEqual(['Deng Xiaoping']);
    expect(names(['Chinese Premier Li Peng met Jiang Zemin and Wen Jinping on Thursday .']).people).toEqual(['Jiang Zemin', 'Li Peng', 'Wen Jinping']);
  });

  it('an English gerund or adverb at a sentence start is still no name', () => {
    expect(names(['Following Talks in Geneva, the delegates left.', 'Reportedly Bitter exchanges followed.']).people).toEqual([]);
  });
});
