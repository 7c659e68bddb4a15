/** What a reader types → the Lunr query string, the phrases to check, and the URL state. */
import { describe, it, expect } from 'vitest';
import { parseQuery, plainQuery, compactDate } from '../../src/search/query.js';
import { naturalDates as dates } from '../../src/client/dates/index.js';
import { stateFromParams, paramsFromState, hasQuestion, toggleChoice, choicesOf } from '../../src/client/state.js';

describe('parseQuery', () => {
  it('passes Lunr syntax through: required, prohibited, fuzzy, wildcard, field, boost; other words are required', () => {
    expect(parseQuery('+kovrig -spavor').lunr).toBe('+kovrig -spavor');
    expect(parseQuery('goverment~1').lunr).toBe('+goverment~1');
    expect(parseQuery('resign*').lunr).toBe('+resign*');
    expect(parseQuery('title:consul^2 toronto').lunr).toBe('+title:consul^2 +toronto');
    expect(parseQuery('title:consul^2 toronto', { any: true }).lunr).toBe('title:consul^2 toronto');
  });

  it('requires every word by default; the any-word switch leaves them optional', () => {
    expect(parseQuery('Steve Jobs')).toEqual({ lunr: '+Steve +Jobs', phrases: [], anyOf: [], dates: [] });
    expect(parseQuery('Steve Jobs', { any: true }).lunr).toBe('Steve Jobs');
  });

  it('makes a group of words joined by OR, one of which is enough; the other words stay required', () => {
    expect(parseQuery('Steve OR Jobs')).toMatchObject({ lunr: 'Steve Jobs', anyOf: [['Steve', 'Jobs']] });
    expect(parseQuery('apple iphone OR ipad OR mac')).toMatchObject({ lunr: '+apple iphone ipad mac', anyOf: [['iphone', 'ipad', 'mac']] });
    // A dangling or doubled OR is no operator; lower-case "or" is a word (a stop word).
    expect(parseQuery('jobs OR').lunr).toBe('+jobs OR');
    expect(parseQuery('jobs or cuts').lunr).toBe('+jobs or +cuts');
    expect(parseQuery('a OR OR b')).toMatchObject({ lunr: 'a b', anyOf: [['a', 'b']] });
    expect(parseQuery('a OR b', { any: true })).toMatchObject({ lunr: 'a b', anyOf: [] });
  });

  it('never requires a word the analysis drops (stop words), however it is given', () => {
    expect(parseQuery('Fences inside the body').lunr).toBe('+Fences +inside the +body');
    expect(parseQuery('+the +body').lunr).toBe('the +body');
    expect(parseQuery('"the body"').lunr).toBe('the +body');
    expect(plainQuery('the body:')).toBe('the +body');
  });

  it('keeps dotted abbreviations and diacritics for the shared pipeline to normalise', () => {
    expect(parseQuery('U.S. stocks').lunr).toBe('+U.S. +stocks');
    expect(parseQuery('"U.S. stocks"')).toMatchObject({ lunr: '+u.s. +stocks', phrases: ['u.s. stocks'] });
    expect(parseQuery('"Zoë Smith"').lunr).toBe('+zoë +smith');
  });

  it('rewrites dates as written to the compact tokens the index holds', () => {
    expect(parseQuery('2021-09-24').lunr).toBe('+20210924');
    expect(parseQuery('Kovrig 2021-09').lunr).toBe('+Kovrig +202109');
    expect(parseQuery('2021').lunr).toBe('+2021');
    expect(parseQuery('13 June 2005', { dates }).lunr).toBe('+20050613');
    expect(parseQuery('Kovrig June 2005', { dates }).lunr).toBe('+Kovrig +200506');
    expect(parseQuery('Sept. 24, 2021', { dates }).lunr).toBe('+20210924');
    expect(parseQuery('between March and May 2009', { dates })).toMatchObject({
      lunr: '200903 200904 200905',
      anyOf: [['200903', '200904', '200905']],
      dates: [{ text: 'between March and May 2009', from: '2009-03', to: '2009-05' }],
    });
    // A month or weekday without a year is a word: "Theresa May", "USA Today".
    expect(parseQuery('Theresa May', { dates }).lunr).toBe('+Theresa May'); // "may" is one of Lunr's stop words
    expect(parseQuery('USA Today', { dates }).lunr).toBe('+USA +Today');
    // Before the date library has loaded, only ISO dates are read.
    expect(parseQuery('13 June 2005').lunr).toBe('+13 +June +2005');
    expect(compactDate('released on 2021-09-24 and 2023-03')).toBe('released on 20210924 and 202303');
  });

  it('restricts person:"..." to the people field, each word required', () => {
    expect(parseQuery('person:"Han Dong"')).toMatchObject({ lunr: '+people:han +people:dong', phrases: [] });
    expect(parseQuery('person:Trudeau resign').lunr).toBe('+people:trudeau +resign');
  });

  it('requires the words of a phrase and keeps the phrase for the position check', () => {
    expect(parseQuery('"consul general" Toronto')).toMatchObject({ lunr: '+consul +general +Toronto', phrases: ['consul general'] });
    expect(parseQuery('-"consul general"')).toMatchObject({ lunr: '-consul -general', phrases: [] });
    expect(parseQuery('person:"Han Dong" "foreign interference"')).toMatchObject({
      lunr: '+people:han +people:dong +foreign +interference',
      phrases: ['foreign interference'],
    });
  });

  it('falls back to the plain words of a query Lunr cannot parse', () => {
    expect(plainQuery('title: "2021-09-24 ^')).toBe('+title +20210924');
    expect(plainQuery('title: "2021-09-24 ^', { any: true })).toBe('title 20210924');
    expect(plainQuery('Trudeau\'s  "Liberal"')).toBe("+trudeau's +liberal");
  });
});

describe('search state in the URL', () => {
  it('reads every parameter and leaves defaults out when writing', () => {
    const req = stateFromParams(
      new URLSearchParams(
        'q=Kovrig&from=2021-09&to=2021-12&on=mentioned&sort=date&person=Han+Dong&person=Charles+Sousa&org=NDP&place=Toronto&outlet=CBC&year=2023&year=2022',
      ),
    );
    expect(req).toEqual({
      q: 'Kovrig',
      from: '2021-09',
      to: '2021-12',
      dateField: 'mentioned',
      sort: 'date',
      people: ['Han Dong', 'Charles Sousa'],
      organizations: ['NDP'],
      places: ['Toronto'],
      outlets: ['CBC'],
      years: ['2023', '2022'],
    });
    expect(paramsFromState(req).toString()).toBe(
      'q=Kovrig&from=2021-09&to=2021-12&on=mentioned&sort=date&person=Han+Dong&person=Charles+Sousa&org=NDP&place=Toronto&outlet=CBC&year=2023&year=2022',
    );
    // A value given twice is chosen once; an empty one is no choice.
    expect(stateFromParams(new URLSearchParams('q=x&person=A&person=A&org=')).people).toEqual(['A']);
    expect(stateFromParams(new URLSearchParams('q=x&org=')).organizations).toBeUndefined();
    expect(paramsFromState(stateFromParams(new URLSearchParams('q=x&sort=relevance&on=published'))).toString()).toBe('q=x');
  });

  it('ticks and unticks one facet value, keeping the others', () => {
    const req = stateFromParams(new URLSearchParams('q=Kovrig&person=Han+Dong&year=2023'));
    const more = toggleChoice(req, 'people', 'Charles Sousa');
    expect(more.people).toEqual(['Han Dong', 'Charles Sousa']);
    expect(paramsFromState(more).toString()).toBe('q=Kovrig&person=Han+Dong&person=Charles+Sousa&year=2023');
    const less = toggleChoice(more, 'people', 'Han Dong');
    expect(less.people).toEqual(['Charles Sousa']);
    expect(paramsFromState(toggleChoice(less, 'people', 'Charles Sousa')).toString()).toBe('q=Kovrig&year=2023');
    expect(choicesOf(less)).toEqual({ people: ['Charles Sousa'], years: ['2023'] });
  });

  it('knows an empty question', () => {
    expect(hasQuestion(stateFromParams(new URLSearchParams('q=&place=Toronto')))).toBe(true);
    expect(hasQuestion(stateFromParams(new URLSearchParams('q=++')))).toBe(false);
    expect(hasQuestion(stateFromParams(new URLSearchParams('from=2021')))).toBe(true);
  });
});
