import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

const roleOf = (r: ReturnType<typeof names>, name: string) => r.raw.people.find((p) => p.name === name)?.role;

describe('roles apart from names', () => {
  it('splits "NDP Leader" and "Conservative Leader" off the names (Natural News, 2023-03-24)', () => {
    const r = names([
      'Prior to Dong\'s announcement, Conservative Leader Pierre Poilievre tweeted that the allegations were "serious reports of actions that threaten the core of our Canadian democracy."',
      'NDP Leader Jagmeet Singh, meanwhile, called for Dong to be removed from the Liberal caucus pending an investigation of the "extremely serious allegations."',
    ]);
    expect(r.people).toEqual(['Jagmeet Singh', 'Pierre Poilievre']);
    expect(roleOf(r, 'Pierre Poilievre')).toBe('Conservative Leader');
    expect(roleOf(r, 'Jagmeet Singh')).toBe('NDP Leader');
  });

  it('reads a role given before the name by apposition (LifeSiteNews)', () => {
    const r = names([
      'Former Canadian ambassador to China, David Mulroney, told LifeSiteNews recently that Trudeau’s opposition to launching a full independent public inquiry only serves to embolden the communist regime.',
    ]);
    expect(r.people).toEqual(['David Mulroney']);
    expect(roleOf(r, 'David Mulroney')).toBe('Former Canadian ambassador to China');
  });

  it('reads a role given after the name by apposition (LifeSiteNews)', () => {
    const r = names([
      'Tensions between China and Canada have been running at all-time highs since the 2019 arrest of Meng Wanzhou, the CFO for Chinese tech company Huawei.',
    ]);
    expect(r.people).toEqual(['Meng Wanzhou']);
    expect(roleOf(r, 'Meng Wanzhou')).toBe('CFO for Chinese tech company Huawei');
  });

  it('keeps "former" with the title (LifeSiteNews)', () => {
    const r = names([
      'However, the “independent” rapporteur is former Governor General David Johnston, a known longtime family friend of Trudeau and member of the Pierre Elliot Trudeau Foundation.',
    ]);
    expect(r.people).toContain('David Johnston');
    expect(roleOf(r, 'David Johnston')).toBe('former Governor General');
  });
});
