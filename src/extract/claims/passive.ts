/**
 * Passive allegations: "it was alleged by sources that ...", "Dong was alleged by security
 * officials as being ...", "Dong is also alleged to have told ..." (no agent: see index.ts).
 */
import { trimContent, type Candidate, type ClaimParser } from './candidate.js';

const IT_PASSIVE = /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+)?(alleged|claimed|reported)(?:\s+by\s+([^,]{2,80}?))?\s+that\s+(.+)$/isu;
const SUBJECT_PASSIVE =
  /(?:^|[,;]\s+|\bthat\s+)((?:the\s+)?\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*)*|he|she|they)\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+)?(alleged|accused|reported|claimed|said|rumou?red)(?:\s+by\s+([^,]{2,80}?))?\s+(?:as\s+|to\s+|of\s+)(.+)$/su;
const STANCE: Record<string, Candidate['stance']> = {
  alleged: 'alleges',
  accused: 'alleges',
  claimed: 'alleges',
  rumoured: 'alleges',
  rumored: 'alleges',
  reported: 'reports',
  said: 'states',
};

export const passiveAllegation: ClaimParser = {
  name: 'passive',
  parse(sentence) {
    const s = sentence.text;
    const it = IT_PASSIVE.exec(s);
    if (it) {
      return [
        {
          phrase: it[2]?.trim() ?? '',
          at: it[2] ? sentence.start + s.indexOf(it[2], it.index) : sentence.start,
          stance: STANCE[it[1].toLowerCase()] ?? 'alleges',
          text: trimContent(it[3]),
          textAt: sentence.start + s.lastIndexOf(it[3]),
          how: 'passive',
          sentence,
        },
      ];
    }
    const p = SUBJECT_PASSIVE.exec(s);
    if (!p) return [];
    const rest = p[4].replace(/^being\s+/, 'being ');
    return [
      {
        phrase: p[3]?.trim() ?? '',
        at: p[3] ? sentence.start + s.indexOf(p[3], p.index) : sentence.start,
        stance: STANCE[p[2].toLowerCase()] ?? 'alleges',
        text: trimContent(`${p[1]} ${rest}`),
        textAt: sentence.start + p.index + p[0].indexOf(p[1]),
        how: 'passive',
        sentence,
      },
    ];
  },
};
