/** The attribution inside the content: "Since then, he says, the plane has flown for nearly thirty hours." */
import { isSpeakerPhrase } from '../attribution/subject.js';
import { speechVerb } from '../attribution/verbs.js';
import { trimContent, type ClaimParser } from './candidate.js';

const INTERPOSED =
  /^(.{3,}?),\s+((?:he|she|they|it|we)|(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|(?:(?:the|some|many|most|several|two|three)\s+)?(?:[a-z]+\s+){0,2}[a-z]+s)\s+(said|says|say|stated|added|explained|noted|argued|insisted|claimed|believe|believes|warned|warn|reported|wrote|told\s+\w+)\s*,\s+(.{3,})$/su;
/** Quoted content is direct speech, read by the quote extractor. */
const QUOTED = /^\s*["“]/;

export const interposedAttribution: ClaimParser = {
  name: 'interposed',
  parse(sentence) {
    const s = sentence.text;
    const m = INTERPOSED.exec(s);
    if (!m || QUOTED.test(m[1]) || !isSpeakerPhrase(m[2])) return [];
    const verb = m[3].split(/\s+/)[0];
    return [
      {
        phrase: m[2],
        at: sentence.start + m[1].length + m[0].slice(m[1].length).indexOf(m[2]),
        stance: speechVerb(verb)?.stance ?? 'states',
        text: trimContent(`${m[1]} ${m[4]}`),
        textAt: sentence.start,
        cue: m[3],
        how: 'interposed',
        sentence,
      },
    ];
  },
};
