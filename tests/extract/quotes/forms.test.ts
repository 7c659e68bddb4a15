// Sentences marked MEANTIME come from the MEANTIME corpus (Minard et al. 2016), Wikinews, CC BY 4.0.
import { describe, expect, it } from 'vitest';
import { quotesOf, said } from './helpers.js';

const DONG = { people: ['Han Dong', 'Michael Spavor', 'Michael Kovrig'], organizations: ['Global News', 'House of Commons'] };

describe('quote forms', () => {
  it('reads a curly quotation with the speaker after it', () => {
    const q = quotesOf('“I raised the status of Michael Spavor and Michael Kovrig and called for their immediate release,” Dong told the news outlet.', DONG);
    expect(said(q)).toEqual([['Han Dong', 'I raised the status of Michael Spavor and Michael Kovrig and called for their immediate release']]);
    expect(q[0].sentence).toBe('“I raised the status of Michael Spavor and Michael Kovrig and called for their immediate release,” Dong told the news outlet.');
  });

  it('gives the next paragraph of the quotation the same speaker', () => {
    const q = quotesOf(
      '“I raised the status of Michael Spavor and Michael Kovrig and called for their immediate release,” Dong told the news outlet.\n\n' +
        '“At every opportunity before they returned home, I adamantly demanded their release to Canada without delay. Any suggestions otherwise are false and are attempts to mislead you and your readers, and slander me.”',
      DONG,
    );
    expect(q[1]).toEqual({
      speaker: 'Han Dong',
      speakerKind: 'person',
      text: 'At every opportunity before they returned home, I adamantly demanded their release to Canada without delay. Any suggestions otherwise are false and are attempts to mislead you and your readers, and slander me.',
      sentence:
        '“At every opportunity before they returned home, I adamantly demanded their release to Canada without delay. Any suggestions otherwise are false and are attempts to mislead you and your readers, and slander me.”',
      // The quotation's two sentences, from the body's second sentence on (the first paragraph is one sentence).
      sentenceIndex: 1,
    });
  });

  it('reads straight quotes split around the attribution as two quotes of one speaker', () => {
    const q = quotesOf(
      '"To all my colleagues in the parliament, media reports today quoting unverified and anonymous sources have attacked my reputation and called into question my loyalty to Canada," Dong said during an emotional speech to the House of Commons. "Let me be clear, what has been reported is false."',
      DONG,
    );
    expect(said(q)).toEqual([
      [
        'Han Dong',
        'To all my colleagues in the parliament, media reports today quoting unverified and anonymous sources have attacked my reputation and called into question my loyalty to Canada',
      ],
      ['Han Dong', 'Let me be clear, what has been reported is false.'],
    ]);
  });

  it('reads "said X" after the quotation', () => {
    const q = quotesOf(
      '"I\'m confident that when the truth is revealed and all of this has then transpired, we\'ll have a better understanding as to what has happened," said Liberal MP Charles Sousa, who worked with Dong in the Ontario legislature.',
      { people: ['Charles Sousa', 'Han Dong'] },
    );
    expect(said(q)).toEqual([
      [
        'Charles Sousa',
        "I'm confident that when the truth is revealed and all of this has then transpired, we'll have a better understanding as to what has happened",
      ],
    ]);
  });

  it('gives a partial quotation to the subject of the sentence', () => {
    const q = quotesOf(
      'Trudeau claimed that Dong was an “outstanding member of our team and suggestions that he is not loyal to Canada should not be entertained.”',
      {
        people: ['Justin Trudeau', 'Han Dong'],
      },
    );
    expect(said(q)).toEqual([['Justin Trudeau', 'outstanding member of our team and suggestions that he is not loyal to Canada should not be entertained.']]);
  });

  it('reads a tweet reported with a partial quotation', () => {
    const q = quotesOf(
      'Prior to Dong\'s announcement, Conservative Leader Pierre Poilievre tweeted that the allegations were "serious reports of actions that threaten the core of our Canadian democracy."',
      { people: ['Pierre Poilievre', 'Han Dong'] },
    );
    expect(said(q)).toEqual([['Pierre Poilievre', 'serious reports of actions that threaten the core of our Canadian democracy.']]);
  });

  it('reads an email: the quotation after "he wrote" goes to the one who emailed', () => {
    const q = quotesOf(
      'Dong emailed the media outlet, saying he did not advise Beijing to delay releasing the two from prison. "I raised the status of Michael Spavor and Michael Kovrig and called for their immediate release," he wrote.',
      DONG,
    );
    expect(said(q)).toEqual([['Han Dong', 'I raised the status of Michael Spavor and Michael Kovrig and called for their immediate release']]);
  });

  it('reads "saying:" before the quotation (MEANTIME)', () => {
    const q = quotesOf(
      'Deputy Defense Secretary Wolfowitz published an open-article in the Congressional Record, saying: "After we have selected an appropriate alternative, we intend to require competition."',
      { organizations: ['Congressional Record'] },
    );
    expect(said(q)).toEqual([['Wolfowitz', 'After we have selected an appropriate alternative, we intend to require competition.']]);
  });

  it('reads "X quoted Y as saying" as a quote of Y (MEANTIME)', () => {
    const q = quotesOf('"We do not need to buy aircraft from Europe as long as the flying ban stays unrevoked," Detik.com quoted Djamal as saying.', {
      people: ['Jusman Syafii Djamal'],
      organizations: ['Detik.com'],
    });
    expect(said(q)).toEqual([['Jusman Syafii Djamal', 'We do not need to buy aircraft from Europe as long as the flying ban stays unrevoked']]);
  });

  it('keeps the second part of a quotation after "an official said," (MEANTIME)', () => {
    const q = quotesOf(
      '"We expect this to be a very short, 30-to-60-day bankruptcy process, during which the company will function normally," a top administration official said, "People will be able to buy cars, they will have their warranties honored, and everything should go on normally."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['a top administration official', 'a top administration official']);
    expect(q[1].text).toBe('People will be able to buy cars, they will have their warranties honored, and everything should go on normally.');
  });
});
