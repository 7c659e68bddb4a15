/** What a reader types → the Lunr query string, the phrases to check, and the URL state. */
import { describe, it, expect } from 'vitest';
import { parseQuery, plainQuery, compactDate } from '../../src/client/query.js';
import { stateFromParams, paramsFromState, hasQuestion } from '../../src/client/state.js';

describe('parseQuery', () => {
  it('passes Lunr syntax through: required, prohibited, fuzzy, wildcard, field, boost', () => {
    expect(parseQuery('+kovrig -spavor').lunr).toBe('+kovrig -spavor');
    expect(parseQuery('goverment~1').lunr).toBe('goverment~1');
    expect(parseQuery('resign*').lunr).toBe('resign*');
    expect(parseQuery('title:consul^2 toronto').lunr).toBe('title:consul^2 toronto');
  });

  it('rewrites ISO dates to the compact tokens the index holds', () => {
    expect(parseQuery('2021-09-24').lunr).toBe('20210924');
    expect(parseQuery('Kovrig 2021-09').lunr).toBe('Kovrig 202109');
    expect(parseQuery('2021').lunr).toBe('2021');
    expect(compactDate('released on 2021-09-24 and 2023-03')).toBe('released on 20210924 and 202303');
  });

  it('restricts person:"..." to the people field, each word required', () => {
    expect(parseQuery('person:"Han Dong"')).toEqual({ lunr: '+people:han +people:dong', phrases: [] });
    expect(parseQuery('person:Trudeau resign').lunr).toBe('+people:trudeau resign');
  });

  it('requires the words of a phrase and keeps the phrase for the position check', () => {
    expect(parseQuery('"consul general" Toronto')).toEqual({ lunr: '+consul +general Toronto', phrases: ['consul general'] });
    expect(parseQuery('-"consul general"')).toEqual({ lunr: '-consul -general', phrases: [] });
    expect(parseQuery('person:"Han Dong" "foreign interference"')).toEqual({
      lunr: '+people:han +people:dong +foreign +interference',
      phrases: ['foreign interference'],
    });
  });

  it('falls back to the plain words of a query Lunr cannot parse', () => {
    expect(plainQuery('title: "2021-09-24 ^')).toBe('title 20210924');
    expect(plainQuery('Trudeau\'s  "Liberal"')).toBe('trudeaus liberal');
  });
});

describe('search state in the URL', () => {
  it('reads every parameter and leaves defaults out when writing', () => {
    const req = stateFromParams(new URLSearchParams('q=Kovrig&from=2021-09&to=2021-12&on=mentioned&sort=date&person=Han+Dong&outlet=CBC&year=2023'));
    expect(req).toEqual({ q: 'Kovrig', from: '2021-09', to: '2021-12', dateField: 'mentioned', sort: 'date', person: 'Han Dong', outlet: 'CBC', year: '2023' });
    expect(paramsFromState(req).toString()).toBe('q=Kovrig&from=2021-09&to=2021-12&on=mentioned&sort=date&person=Han+Dong&outlet=CBC&year=2023');
    expect(paramsFromState(stateFromParams(new URLSearchParams('q=x&sort=relevance&on=published'))).toString()).toBe('q=x');
  });

  it('knows an empty question', () => {
    expect(hasQuestion(stateFromParams(new URLSearchParams('q=++')))).toBe(false);
    expect(hasQuestion(stateFromParams(new URLSearchParams('from=2021')))).toBe(true);
  });
});
