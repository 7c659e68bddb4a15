/**
 * People, organisations and places. A pipeline of cheap steps:
 *   segments (title, dek, sentences) → capitalised spans (spans.ts) and numbered roads (roads.ts)
 *   → mentions with titles split off and cues noted (mentions.ts, titles.ts, roles.ts, citations.ts
 *   for cited authors, cases.ts for parties of court cases) → entities classified and merged
 *   (build.ts classifies each form, then runs the ordered merge steps of merges.ts on the groups of
 *   groups.ts; acronyms.ts: an acronym needs evidence of a body; shape.ts: unknown names shaped
 *   like a person's; rules of one kind each: regnal.ts "Tsar Aleksei I", nicknames.ts, bynames.ts
 *   "Apollinaris of Laodicea", credits.ts "Image: X", contacts.ts names before e-mail addresses,
 *   deities.ts, examples.ts "gods, such as Zeus", listed-people.ts, person-appositions.ts,
 *   place-appositions.ts, campuses.ts), with compromise's lexicon for first names, places and companies and SCOWL's
 *   common English words (english.ts). Wire-service pages: line-ups (rosters.ts), cricket
 *   scorecards (scorecards.ts), competitors with their side in brackets (competitors.ts) and the
 *   team after it (results-teams.ts), headlines' desk labels (sections.ts), share prices
 *   (price-moves.ts), storms (storms.ts). Organisations: coined single words with evidence of a body
 *   (coined-names.ts), national teams in match reports (national-teams.ts), affiliation lines of
 *   papers (affiliations.ts), airlines (airlines.ts), a nationality before a state's body
 *   (demonym-bodies.ts).
 * No full parse: about 1 MB of text per second and more.
 */
import type { Entity, IngestedDoc, Person } from '../../types.js';
import type { Extractor } from '../context.js';
import { buildEntities } from './build.js';
import { lowerWords, mentionsOf, segmentsOf } from './mentions.js';

export { EntityIndex, resolveEntity, type ResolvedEntity } from './resolve.js';

export function extractEntities(doc: IngestedDoc): { people: Person[]; organizations: Entity[]; places: Entity[] } {
  const lower = lowerWords(doc);
  const mentions = mentionsOf(doc, segmentsOf(doc), lower);
  return buildEntities(doc, mentions, lower);
}

export const entities: Extractor = {
  name: 'entities',
  run(ctx) {
    const doc =
      ctx.result.outlet && ctx.result.outlet !== ctx.doc.header.outlet ? { ...ctx.doc, header: { ...ctx.doc.header, outlet: ctx.result.outlet } } : ctx.doc;
    const found = extractEntities(doc);
    ctx.result.people = found.people;
    ctx.result.organizations = found.organizations;
    ctx.result.places = found.places;
  },
};
