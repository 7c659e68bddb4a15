/**
 * Archive step: a wing of a venue named after a compass point ("Moscone West Convention Center",
 * "Moscone North Hall") is part of the venue named without it ("Moscone Center"), and a reader
 * looks it up there: it joins that venue when the archive has one. Both names must end with a
 * venue's word ("Center", "Hall", "Arena", "Stadium", "Convention Center"...): a compass point
 * after another name makes a place of its own ("Java West" is not "Java"; "London West" is not
 * London). With two candidates it joins neither and is a "may be" of each. A weak rule: an
 * article naming the venue and its wing as two places keeps them apart.
 */
import { noteFor, type ResolveContext, type ResolveStep } from '../context.js';
import { looseKey } from '../names.js';

/** "Core [Wing] [Kind] Word" in loose form: "moscone west convention center", "moscone center". */
const VENUE = /^(.+?)(?: (north|south|east|west))? (?:(?:convention|exhibition|conference|events?) )?(center|hall|arena|stadium|pavilion)$/;

interface Venue {
  /** The venue's name without its wing and kind: "moscone center". */
  base: string;
  wing: string | null;
}

/** "Moscone West Convention Center" → base "moscone center", wing "west"; null for a name that is no venue's. */
export function venueOf(name: string): Venue | null {
  const m = VENUE.exec(looseKey(name));
  return m ? { base: `${m[1]} ${m[3]}`, wing: m[2] ?? null } : null;
}

export const venueWings: ResolveStep = {
  name: 'venue-wing',
  scope: 'archive',
  describes: 'a wing of a venue ("West", "North") and the venue',
  run(ctx: ResolveContext) {
    const g = ctx.graph!;
    const venues = [...g.nodes.keys()]
      .filter((n) => g.nodes[n].votes.place.size > 0)
      .map((n) => ({ n, venue: venueOf(g.nodes[n].key) }))
      .filter((v): v is { n: number; venue: Venue } => v.venue !== null);
    const whole = new Map<string, number[]>();
    for (const { n, venue } of venues) if (!venue.wing) (whole.get(venue.base) ?? whole.set(venue.base, []).get(venue.base)!).push(n);
    for (const { n: wing, venue } of venues) {
      if (!venue.wing) continue;
      const clusters = new Map<number, number>();
      for (const n of whole.get(venue.base) ?? []) if (g.find(n) !== g.find(wing) && !clusters.has(g.find(n))) clusters.set(g.find(n), n);
      if (clusters.size === 1) {
        const n = [...clusters.values()][0];
        if (g.join(n, wing, noteFor(ctx, this.name, n, wing), true)) continue;
      }
      for (const n of clusters.values()) g.maybe.push([wing, n, this.name]);
    }
  },
};
