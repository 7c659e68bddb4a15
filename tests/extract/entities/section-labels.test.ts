// Kind of error: the desk's label of an ALL-CAPS wire headline taken for an organisation.
// Headlines are our own.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/index.js';
import { extractEntities } from '../../../src/extract/entities/index.js';

function entities(title: string) {
  const r = extractEntities(ingest('t.txt', Buffer.from(`${title}\n\nROME 1996-08-22\n\nThe coach named his side on Thursday .\n`)));
  return { organizations: r.organizations.map((o) => o.name), places: r.places.map((p) => p.name) };
}

describe('section labels of wire headlines', () => {
  it('"RUGBY UNION - ..." and "MOTOR RACING - ..." name no organisation', () => {
    expect(entities('RUGBY UNION - VACCARI BACK FOR ITALY AFTER A YEAR .')).toEqual({ organizations: [], places: ['Rome', 'Italy'] });
    expect(entities('MOTOR RACING - BERGER QUICKEST IN PRACTICE .').organizations).toEqual([]);
  });

  it('a label that is a known place is still a place', () => {
    expect(entities('ITALY - PRODI WINS CONFIDENCE VOTE .').places).toEqual(['Rome', 'Italy']);
  });
});
