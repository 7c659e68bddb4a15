// Kind of error: news agencies on wire copy. The agency of a dateline keeps the form the text
// writes ("(AP)") as an alias of its archive name, and a well-known agency named in a sentence is
// an organisation, never a person. Texts are our own.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/index.js';
import { extractEntities } from '../../../src/extract/entities/index.js';
import { names } from './helpers.js';

const orgs = (text: string) => extractEntities(ingest('t.txt', Buffer.from(text))).organizations.map((o) => ({ name: o.name, aliases: o.aliases }));

describe('news agencies', () => {
  it('the agency of an AP dateline is the Associated Press, also written "AP"', () => {
    expect(
      orgs('Jury clears builder in collapse\n\nDENVER (AP) — A jury on Friday cleared a builder of blame for the collapse of a parking garage.\n'),
    ).toEqual([{ name: 'Associated Press', aliases: ['AP'] }]);
  });

  it('an outlet written out in full has no other form', () => {
    expect(orgs('Copper eases\n\nLONDON, Aug 22 (Reuters) - Copper prices eased on Thursday after stocks rose.\n')).toEqual([{ name: 'Reuters', aliases: [] }]);
  });

  it('a well-known agency named in a sentence is an organisation', () => {
    const r = names(['The talks will go on , Interfax news agency said .', 'The Xinhua news agency reported that 30 people had died .']);
    expect(r.organizations).toEqual(['Interfax', 'Xinhua']);
    expect(r.people).toEqual([]);
  });
});
