/** Stories: articles about one event, found on one similarity index that related articles use too. */
import { refOf } from '../entities.js';
import { findStories, recordSimilarity } from '../stories.js';
import { compareStory } from '../compare.js';
import type { ArchiveStory } from '../types.js';
import type { ArchiveRun } from './run.js';
import { relatedCandidates } from './related.js';

/**
 * Indexes how alike the articles are: words of titles and leads, and the resolved entities
 * (src/archive/similarity.ts); keeps the shown name of each entity term.
 */
export function similarity(run: ArchiveRun): void {
  const { res, refs } = run;
  const shownName = new Map<string, string>();
  run.similarity = recordSimilarity(run.sorted, (_r, i) => {
    const keys = { people: new Set<string>(), organizations: new Set<string>(), places: new Set<string>() };
    for (const m of res.articles[i]) {
      const e = res.entities[m.entity];
      const ref = refs[m.entity];
      const key = { person: 'p:', organization: 'o:', place: 'l:' }[e.kind] + ref.id;
      // Single-word names ("Dong") are too ambiguous to link articles on their own.
      if (e.kind === 'person' && !e.name.trim().includes(' ')) continue;
      (e.kind === 'person' ? keys.people : e.kind === 'organization' ? keys.organizations : keys.places).add(key);
      shownName.set(key, e.name);
    }
    return keys;
  });
  run.shownName = shownName;
}

/** Finds the stories, each compared across its articles; each article is told its story. */
export function stories(run: ArchiveRun): void {
  const { articles, byId } = run;
  const storyOf = new Int32Array(articles.length).fill(-1);
  const position = new Map(articles.map((a, i) => [a.id, i]));
  const related = relatedCandidates(run);
  run.stories = findStories(run.sorted, run.similarity, run.shownName, related.visit).map((s, k): ArchiveStory => {
    const members = s.articles.map((id) => byId.get(id)!);
    for (const m of members) {
      m.story = { id: s.id, names: s.names };
      storyOf[position.get(m.id)!] = k;
    }
    return { ...s, refs: members.map(refOf), comparison: compareStory(members) };
  });
  run.storyOf = storyOf;
  run.relatedCandidates = related.candidates;
}
