/** "According to X, ..." and "..., according to X." */
import { isSpeakerPhrase } from '../attribution/subject.js';
import { trimContent, type Candidate, type ClaimParser } from './candidate.js';

const ACCORDING_FIRST = /^according\s+to\s+([^,]{2,160}?)(?:,\s+(?:which|who)\b[^,]*)?,\s+(.{8,})$/isu;
const ACCORDING_LAST = /^(.{8,}?),?\s+according\s+to\s+([^,]{2,120}?)(?:,\s+(?:which|who)\b.*)?[.!]?$/isu;

/** "a series of reports in recent months by Global News and the Globe and Mail" is a source; "X believes that ..." is not. */
function isSourcePhrase(src: string): boolean {
  const head = src.replace(/\s+(?:in|by|from|of|released|published|issued)\b.*$/s, '');
  return isSpeakerPhrase(head) && !/\b(?:believes?|says?|said|that)\b/.test(src);
}

export const accordingTo: ClaimParser = {
  name: 'according',
  parse(sentence) {
    const s = sentence.text;
    const first = ACCORDING_FIRST.exec(s);
    if (first && isSourcePhrase(first[1])) {
      const c: Candidate = {
        phrase: first[1].trim(),
        at: sentence.start + s.indexOf(first[1]),
        stance: /\breports?\b|\bstory\b|\barticle\b|\bdocuments?\b/i.test(first[1]) ? 'reports' : 'states',
        text: trimContent(first[2]),
        textAt: sentence.start + s.lastIndexOf(first[2]),
        cue: 'according to',
        how: 'according',
        sentence,
      };
      return [c];
    }
    const last = ACCORDING_LAST.exec(s);
    if (!last || /^\s*["“]/.test(last[1]) || !isSourcePhrase(last[2]) || last[1].split(/\s+/).length < 4) return [];
    return [
      {
        phrase: last[2].trim(),
        at: sentence.start + s.lastIndexOf(last[2]),
        stance: /\breports?\b|\bstory\b|\barticle\b|\bdocuments?\b/i.test(last[2]) ? 'reports' : 'states',
        text: trimContent(last[1]),
        textAt: sentence.start,
        cue: 'according to',
        how: 'according',
        sentence,
      },
    ];
  },
};
