/** The claimant after the content: "The plant will close, the company said." / "..., said Djamal." */
import { speechVerb } from '../attribution/verbs.js';
import { isSpeakerPhrase } from '../attribution/subject.js';
import { trimContent, type ClaimParser } from './candidate.js';

/** What may follow the verb at the end: a time or the channel ("on Monday", "in a statement"). */
const TIME_TAIL = String.raw`(?:\s+(?:yesterday|today|tonight|earlier|later|(?:on|last|this|late|early)\s+\w+(?:\s+\d{1,2})?|in\s+(?:a|an)\s+(?:statement|interview|email|e-mail|letter|release)))?`;
/** Only verbs of saying close a sentence as its attribution ("announced today another event" does not). */
const CLOSING_VERBS =
  'said|says|added|adds|wrote|writes|explained|noted|stated|argued|insisted|warned|claimed|alleged|reported|confirmed|denied|admitted|say|told\\s+(?:me|us|reporters|journalists|the\\s+[a-z]+)|told\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,3}';
const SPEAKER_VERB_AT_END = new RegExp(String.raw`^(.{12,}?),\s+([^,"“”]{2,80}?)\s+(?:[a-z]+ly\s+)?(${CLOSING_VERBS})${TIME_TAIL}\s*[.!]?$`, 'su');
const VERB_SPEAKER_AT_END = new RegExp(String.raw`^(.{12,}?),\s+(${CLOSING_VERBS})\s+([^,"“”]{2,80}?)(?:,\s+(?:who|which|the|a|an)\b[^"“”]*)?\s*[.!]?$`, 'su');
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
    return [
      { phrase: phrase.trim(), at, stance, cue: verb.replace(/\s+/g, ' '), text: trimContent(content), textAt: sentence.start, how: 'trailing', sentence },
    ];
  },
};
