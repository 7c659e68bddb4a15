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
   * ("denied the accusations", "called for an inquiry").
   */
  takes: 'clause' | 'that' | 'object';
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

/** Every inflected form → its reading. Multi-word forms use a space. */
export const SPEECH_VERBS: ReadonlyMap<string, SpeechVerb> = new Map([
  ...forms('said says say saying', SAYS),
  ...forms('told tells tell telling', TELLS),
  ...forms('assured assures informed informs reminded reminds warned warns warning cautioned', WARNS),
  ...forms('stated', SAYS),
  ...forms('added adds stating explained explains noted noting wrote writes writing tweeted tweets', STATES_THAT),
  ...forms('argued argues arguing insisted insists insisting maintained maintains maintaining', STATES_THAT),
  ...forms('remarked commented replied responded stressed stresses emphasized emphasised pointed_out', STATES_THAT),
  ...forms('predicted predicts estimated estimates suggested suggests indicated indicates believes', STATES_THAT),
  ...forms('announced announces announcing declared declares confirmed confirms confirming promised promises pledged vowed', STATES_THAT),
  ...forms('went_on_to_say goes_on_to_say', SAYS),
  ...forms('claimed claims claiming alleged alleges alleging', ALLEGES),
  ...forms('accused accuses accusing', ACCUSES),
  ...forms('denied denies denying refuted refutes', DENIES),
  ...forms('reported reports reporting revealed reveals revealing disclosed showed shows', REPORTS),
  ...forms('called_for calls_for calling_for urged urges urging demanded demands demanding appealed_for pressed_for', CALLS),
  ...forms('admitted admits admitting acknowledged acknowledges conceded concedes', ADMITS),
]);

function alternation(keys: Iterable<string>): string {
  return [...keys].sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '\\s+')).join('|');
}

/** Any speech verb as a whole lower-case word; group 1 is the verb. */
export const SPEECH_VERB = new RegExp(`(?<![\\p{L}'’-])(${alternation(SPEECH_VERBS.keys())})(?![\\p{L}'’-])`, 'gu');

/** Verbs that may close an attribution after a quotation ("," he said / said Dong). */
export const ATTRIBUTION_VERBS = alternation(
  [...SPEECH_VERBS.keys()]
    .filter((k) => !/ing$/.test(k) && !k.includes(' '))
    .concat(['asked', 'asks', 'continued', 'continues', 'recalled', 'recalls', 'quipped', 'joked', 'exclaimed', 'concluded', 'concludes', 'answered', 'reads', 'read']),
);

export function speechVerb(form: string): SpeechVerb | undefined {
  return SPEECH_VERBS.get(form.toLowerCase().replace(/\s+/g, ' '));
}
