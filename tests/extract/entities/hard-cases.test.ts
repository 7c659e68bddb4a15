import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('hard cases', () => {
  it('keeps Unicode names whole', () => {
    const r = names(['Polish striker Łukasz Fabiański and French midfielder Zoë Martin were named in the squad on Monday, coach Nguyễn Văn Minh said.']);
    expect(r.people).toEqual(expect.arrayContaining(['Łukasz Fabiański', 'Zoë Martin', 'Nguyễn Văn Minh']));
  });

  it('keeps particles and hyphens inside names', () => {
    const r = names([
      "Saudi Crown Prince Mohammed bin Salman met French President Jean-Luc Moreau and Spanish envoy Maria de la Vega in Riyadh on Tuesday, while art critic Conor O'Brien spoke about Vincent van Gogh.",
    ]);
    expect(r.people).toEqual(expect.arrayContaining(['Mohammed bin Salman', 'Jean-Luc Moreau', 'Maria de la Vega', "Conor O'Brien", 'Vincent van Gogh']));
    expect(r.places).toContain('Riyadh');
  });

  it('keeps initials inside names', () => {
    const r = names(['Former President George W. Bush met Robert F. Kennedy Jr. at the library on Friday.']);
    expect(r.people).toEqual(['George W. Bush', 'Robert F. Kennedy Jr.']);
  });

  it('finds a name at the start of a sentence and drops the common word before another', () => {
    const r = names([
      'Interestingly, this comes after the NDP joined the Trudeau Liberals on Tuesday in the House of Commons to vote against a CPC motion.',
      'Trudeau claimed that Dong was an outstanding member of the team.',
    ]);
    expect(r.organizations).toEqual(expect.arrayContaining(['NDP', 'House of Commons']));
    expect(r.organizations).not.toContain('Interestingly');
  });

  it('reads an ALL CAPS headline without shouting names', () => {
    const r = names(['Apple chief executive Steve Jobs showed the new phone in San Francisco on Monday.'], 'STEVE JOBS UNVEILS NEW PHONE IN SAN FRANCISCO');
    expect(r.people).toEqual(['Steve Jobs']);
    expect(r.places).toEqual(['San Francisco']);
  });

  it('finds full names in a sports results list', () => {
    const r = names(['Results: 1. Mo Farah (Britain) 27:30.42; 2. Kenenisa Bekele (Ethiopia) 27:31.10; 3. Galen Rupp (United States) 27:32.04.']);
    expect(r.people).toEqual(['Galen Rupp', 'Kenenisa Bekele', 'Mo Farah']);
    expect(r.places).toEqual(['Britain', 'Ethiopia', 'United States']);
  });
});
