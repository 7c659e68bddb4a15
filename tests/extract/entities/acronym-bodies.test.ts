/** An acronym before a noun naming a kind of body is that body (MEANTIME 062, "Russian markets to remain closed until Friday"). */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/index.js';
import { extract } from '../../../src/extract/index.js';

const names = (sentence: string) => {
  const r = extract(ingest('t.txt', Buffer.from(`Markets\n\nSeptember 18, 2008\n\n${sentence}\n`)));
  return r.organizations.map((o) => o.name);
};

describe('acronyms named as bodies', () => {
  it('takes "the RTS exchanges" as an organisation and never joins two acronyms by "and"', () => {
    const orgs = names('The Russian government has continued to hold all stock markets closed until Friday, including the MICEX and RTS exchanges.');
    expect(orgs).toContain('RTS');
    expect(orgs).not.toContain('Micex and RTS');
    expect(orgs).not.toContain('MICEX and RTS');
  });

  it('leaves an acronym before a common noun that is no body alone', () => {
    expect(names('The SMOS satellite measured the salinity of the sea surface.')).toEqual([]);
  });
});
