import { peopleDetails, type PersonDetail } from '../people.js';
import type { ArchivePerson } from '../types.js';
import type { ArchiveRun } from './run.js';

/** A person gets an Atom feed when named in at least this many articles. */
export const PERSON_FEED_MIN_ARTICLES = 3;

/** Gives each person their quotes, claims, appearances, events and "may be" links, and says who has a feed. */
export function people(run: ArchiveRun): void {
  const people = run.lists.person;
  const details = peopleDetails(run.articles, people);
  const empty = (): PersonDetail => ({ quotes: [], claimsBy: [], claimsAbout: [], appearances: [], events: [], maybe: [] });
  run.people = people.map((p): ArchivePerson => {
    const d = details.get(p.id) ?? empty();
    // "May be" links: the resolution's ambiguous names, and a single name with a similar role.
    const maybe = [...(p.maybeAlso ?? []).filter((m) => m.href.startsWith('/people/')).map(({ id, name }) => ({ id, name }))];
    for (const m of d.maybe) if (!maybe.some((x) => x.id === m.id)) maybe.push(m);
    return { ...p, ...d, maybe, feed: p.articles.length >= PERSON_FEED_MIN_ARTICLES };
  });
}
