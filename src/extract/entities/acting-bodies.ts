/**
 * A capitalised name of two words or more that no cue has classified, written after "the", is an
 * organisation when the text shows it as one: it does what companies and teams do ("the Red Sox
 * won the World Series") or is listed beside an organisation ("the Northrop Grumman and EADS
 * North America team"). "The" alone is no evidence ("the Festival of Angels", "the End of the World").
 */
import { COMPANY_VERB_AFTER } from './org-cues.js';
import { listedWithOrg, type Group } from './groups.js';

const THE_BEFORE = /\bthe\s+$/i;

/** Does this mention, after "the", act as a body or stand in a list beside one? */
function actsAsBody(m: Group['mentions'][number], groups: Map<string, Group>): boolean {
  return THE_BEFORE.test(m.before) && m.person <= 0 && (COMPANY_VERB_AFTER.test(m.after) || listedWithOrg(m, groups));
}

/** The merge step: unclassified multi-word names acting as bodies become organisations. */
export const actingBodies = {
  name: 'acting-bodies',
  run({ all, groups }: { all: Group[]; groups: Map<string, Group> }): void {
    for (const g of all) {
      if (g.kind !== null || g.dropped || g.into || g.tokens.length < 2 || g.titled) continue;
      if (g.mentions.some((m) => actsAsBody(m, groups))) g.kind = 'organization';
    }
  },
};
