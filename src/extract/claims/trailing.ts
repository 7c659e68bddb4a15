/** The claimant after the content: "The plant will close, the company said." / "..., said Djamal." */
import { ATTRIBUTION_VERBS, speechVerb } from '../attribution/verbs.js';
import { isSpeakerPhrase } from '../attribution/subject.js';
import { trimContent, type ClaimParser } from './candidate.js';

const TIME_TAIL = String.raw`(?:\s+(?:on|in|at|during|yesterday|today|tonight|last|this|late|earlier|later|in\s+a)\b[^,"“”]*)?`;
const SPEAKER_VERB_AT_END = new RegExp(String.raw`^(.{12,}?),\s+([^,"“”]{2,80}?)\s+(?:[a-z]+ly\s+)?(${ATTRIBUTION_VERBS})${TIME_TAIL}\s*[.!]?$`, 'su');
const VERB_SPEAKER_AT_END = new RegExp(String.raw`^(.{12,}?),\s+(${ATTRIBUTION_VERBS})\s+([^,"“”]{2,80}?)(?:,\s+(?:who|which|the|a|an)\b[^"“”]*)?\s*[.!]?$`, 'su');
/** Quoted content is direct speech, read by the quote extractor. */
const QUOTED = /^\s*["“]/;

export const trailingAttribution: ClaimParser = {
  name: 'trailing',
  parse(sentence) {
    const s = sentence.text;
    const a = SPEAKER_VERB_AT_END.exec(s);
    const b = a ? null : VERB_SPEAKER_AT_END.exec(s);
    const [content, phrase, verb] = a ? [a[1], a[2], a[3]] : b ? [b[1], b[3], b[2]] : [];
    if (!content || !phrase || !verb || QUOTED.test(content) || !isSpeakerPhrase(phrase.trim())) return [];
    const stance = speechVerb(verb)?.stance ?? 'states';
    const at = sentence.start + s.indexOf(phrase, content.length);
    return [{ phrase: phrase.trim(), at, stance, text: trimContent(content), textAt: sentence.start, how: 'trailing', sentence }];
  },
};
