/**
 * Airlines by the shape of their names, and the carriers listed beside them or on a terminal's
 * line. Lines from GUM_voyage_phoenix (091) and GUM_voyage_chatham (082), Wikivoyage,
 * CC BY-SA 3.0 (Zeldes 2017), and our own.
 */
import { describe, expect, it } from 'vitest';
import { airlineShaped } from '../../../src/extract/entities/airlines.js';
import { names } from './helpers.js';

describe('airlines', () => {
  it("knows the shapes of carriers' names, not of places named after them", () => {
    expect(['Air Canada', 'Air Chathams', 'British Airways', 'Southwest Airlines', 'Norwegian Air'].map(airlineShaped)).toEqual([true, true, true, true, true]);
    expect(['Air Canada Centre', 'Air Force Base', 'Airport Road', 'Canada'].map(airlineShaped)).toEqual([false, false, false, false]);
  });

  it('takes "Air X" at a sentence\'s start for an airline', () => {
    const r = names(['Air Chathams fly 5 days per week, from either Christchurch, Auckland or Wellington.']);
    expect(r.organizations).toEqual(['Air Chathams']);
    expect(r.places).toEqual(['Auckland', 'Christchurch', 'Wellington']);
  });

  it("takes every carrier of a terminal's line for an airline, places' names too", () => {
    const r = names([
      'Terminal 2: Alaska (Gates 10 & 11), Great Lakes, Spirit, Sun Country, United',
      'Terminal 4: Aeroméxico, Air Canada, American, British Airways, Volaris, WestJet',
    ]);
    expect(r.organizations).toEqual([
      'Aeroméxico',
      'Air Canada',
      'Alaska',
      'British Airways',
      'Great Lakes',
      'Spirit',
      'Sun Country',
      'United',
      'Volaris',
      'WestJet',
    ]);
  });

  it('takes the names listed with an airline for airlines', () => {
    const r = names(['Flights to Halifax are offered by Air Canada, WestJet and Porter.']);
    expect(r.organizations).toEqual(['Air Canada', 'Porter', 'WestJet']);
    expect(r.places).toEqual(['Halifax']);
  });

  it('leaves lists of places without a carrier alone', () => {
    const r = names(['The line stops at Alaska, Great Lakes and Sun City before it turns back.']);
    expect(r.organizations).toEqual([]);
  });
});
