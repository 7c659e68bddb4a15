/**
 * The verbs that report speech, with the stance each one gives a claim.
 * General English only: inflected forms are listed so that every regex stays a plain alternation.
 * Verbs are matched in lower case only ("States" in "United States" is a name, not a verb).
 */
import type { Stance } from '../../types.js';

export interface SpeechVerb {
  stance: Stance;
  /**
   * What may follow: 'clause' takes a that-clause or a bare clause ("said the deal is off"),
   * 'that' only a that-clause ("announced that"), 'object' a noun phrase or a clause
   * ("denied the accusations", "called for an inquiry"), 'to' an infinitive ("plans to close",
   * "claims to have seen"), 'object' also takes one.
   */
  takes: 'clause' | 'that' | 'object' | 'to';
  /** Only a document, poll or record says it this way ("the poll found", "the logs indicate"). */
  documentary?: boolean;
  /** The verb names the hearer first ("told reporters that"). */
  hearer?: boolean;
}

function forms(list: string, verb: SpeechVerb): [string, SpeechVerb][] {
  return list.split(' ').map((f) => [f.replace(/_/g, ' '), verb]);
}

const SAYS: SpeechVerb = { stance: 'states', takes: 'clause' };
const TELLS: SpeechVerb = { stance: 'states', takes: 'clause', hearer: true };
const STATES_THAT: SpeechVerb = { stance: 'states', takes: 'that' };
const WARNS: SpeechVerb = { stance: 'states', takes: 'that', hearer: true };
const ALLEGES: SpeechVerb = { stance: 'alleges', takes: 'that' };
const ACCUSES: SpeechVerb = { stance: 'alleges', takes: 'object' };
const DENIES: SpeechVerb = { stance: 'denies', takes: 'object' };
const REPORTS: SpeechVerb = { stance: 'reports', takes: 'that' };
const CALLS: SpeechVerb = { stance: 'calls-for', takes: 'object' };
const ADMITS: SpeechVerb = { stance: 'admits', takes: 'object' };
const ANNOUNCES: SpeechVerb = { stance: 'announces', takes: 'that' };
const PLANS: SpeechVerb = { stance: 'plans', takes: 'to' };
const BELIEVES: SpeechVerb = { stance: 'believes', takes: 'clause' };
const CRITICISES: SpeechVerb = { stance: 'criticises', takes: 'object' };
const PRAISES: SpeechVerb = { stance: 'praises', takes: 'object' };
const PROMISES: SpeechVerb = { stance: 'plans', takes: 'object' };
const SHOWS: SpeechVerb = { stance: 'reports', takes: 'clause', documentary: true };

/** Every inflected form → its reading. Multi-word forms use a space. */
export const SPEECH_VERBS: ReadonlyMap<string, SpeechVerb> = new Map([
  ...forms('said says say saying', SAYS),
  ...forms('told tells tell telling', TELLS),
  ...forms('assured assures informed informs reminded reminds warned warns warning cautioned', WARNS),
  ...forms('stated', SAYS),
  ...forms('added adds stating explained explains noted noting wrote writes writing tweeted tweets', STATES_THAT),
  ...forms('argued argues arguing insisted insists insisting maintained maintains maintaining', STATES_THAT),
  ...forms('remarked commented replied responded stressed stresses emphasized emphasised pointed_out', STATES_THAT),
  ...forms('suggested suggests indicated indicates observed observes states', STATES_THAT),
  ...forms('predicted predicts predicting estimated estimates', BELIEVES),
  ...forms('declared declares confirmed confirms confirming', STATES_THAT),
  ...forms('announced announces announcing has_announced', ANNOUNCES),
  ...forms('promised promises promising pledged pledges vowed vows', PROMISES),
  ...forms(
    'plans planned planning intends intend intended intending wants want wanted hopes hope hoping aims aimed seeks sought has_decided have_decided decided',
    PLANS,
  ),
  ...forms('believes believe believed thinks think thought feels felt expects expect expected fears fear feared', BELIEVES),
  ...forms('criticised criticized criticises criticizes condemned condemns blamed blames attacked opposed opposes', CRITICISES),
  ...forms('praised praises welcomed welcomes defended defends applauded hailed', PRAISES),
  ...forms('show shows showed found finds indicate concluded concludes suggest', SHOWS),
  ...forms('went_on_to_say goes_on_to_say', SAYS),
  ...forms('claimed claims claiming alleged alleges alleging asserted asserts asserting contended contends', ALLEGES),
  ...forms('accused accuses accusing', ACCUSES),
  ...forms('denied denies denying refuted refutes', DENIES),
  ...forms('reported reports reporting revealed reveals revealing disclosed', REPORTS),
  ...forms(
    'called_for calls_for calling_for called_on calls_on urged urges urging demanded demands demanding appealed_for pressed_for asked requested requests pleaded_with',
    CALLS,
  ),
  ...forms('admitted admits admitting acknowledged acknowledges conceded concedes', ADMITS),
]);

function alternation(keys: Iterable<string>): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/ /g, '\\s+'))
    .join('|');
}

/** Any speech verb as a whole lower-case word; group 1 is the verb. */
export const SPEECH_VERB = new RegExp(`(?<![\\p{L}'’-])(${alternation(SPEECH_VERBS.keys())})(?![\\p{L}'’-])`, 'gu');

/** Verbs that may close an attribution after a quotation ("," he said / said Dong). */
export const ATTRIBUTION_VERBS = alternation(
  [...SPEECH_VERBS.entries()]
    .filter(
      ([k, v]) =>
        !/ing$/.test(k) &&
        !k.includes(' ') &&
        v.takes !== 'to' &&
        !v.documentary &&
        v.stance !== 'criticises' &&
        v.stance !== 'praises' &&
        v.stance !== 'believes',
    )
    .map(([k]) => k)
    .concat([
      'asked',
      'asks',
      'continued',
      'continues',
      'recalled',
      'recalls',
      'quipped',
      'joked',
      'exclaimed',
      'concluded',
      'concludes',
      'answered',
      'reads',
      'read',
    ]),
);

export function speechVerb(form: string): SpeechVerb | undefined {
  return SPEECH_VERBS.get(form.toLowerCase().replace(/\s+/g, ' '));
}
