/**
 * "Ansel Adams, Chuck Close, Walker Evans, Robert Mapplethorpe, and Helmut Newton", "Romelu
 * Lukaku, Yannick Carrasco, and Dries Mertens": a name no cue has claimed, shaped like a person's
 * name, listed among people and nothing else, is one of them.
 */
import { inList, listedWith, type Group } from './groups.js';
import { ORG_SUFFIXES, PLACE_SUFFIXES, isFirstName, isLexOrg, isLexPlace } from './lexicon.js';
import { isTitleWord } from './titles.js';
import { isEnglishWord } from './english.js';

/** A capitalised word of letters, or an initial ("J."). */
/** Articles that open names of places and titles of works in other languages ("Les Saintes", "La Dominique"). */
const FOREIGN_ARTICLE = /^(?:La|Le|Les|El|Los|Las|Il|Lo|Gli|Der|Die|Das|Den|Het|De|Des|Du|Al)$/;
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{M}]*)*|\p{Lu}\.)$/u;

/**
 * Two or three words that could be a person's name, known as no place or body: a given name may
 * be an English word ("Dries Mertens"), no word may be one of organisations or places.
 */
function nameOfTwoOrThreeWords(g: Group): boolean {
  const t = g.tokens;
  if (t.length < 2 || t.length > 3 || !t.every((w) => NAME_WORD.test(w)) || isLexPlace(g.form) || isLexOrg(g.form)) return false;
  // ("People Power": English words alone name no one, unless after a known given name; "Les Saintes": a name opened by an article is a place's or a work's.)
  if ((t.every((w) => isEnglishWord(w)) && !isFirstName(t[0])) || FOREIGN_ARTICLE.test(t[0])) return false;
  return !t.some((w) => ORG_SUFFIXES.has(w.toLowerCase()) || PLACE_SUFFIXES.has(w.toLowerCase()) || isTitleWord(w));
}

/** Merge step: unclaimed names of two or three words listed among people are people. */
export const listedAmongPeople = {
  name: 'listed-among-people',
  run({ all, groups }: { all: Group[]; groups: Map<string, Group> }): void {
    for (const g of all) {
      if (g.into || g.kind !== null || g.dropped || g.orgCue > 0 || !nameOfTwoOrThreeWords(g)) continue;
      const listed = g.mentions.filter(inList);
      if (listed.some((m) => listedWith(m, groups, 'person')) && !listed.some((m) => listedWith(m, groups, 'place') || listedWith(m, groups, 'organization'))) {
        g.kind = 'person';
        // By its neighbours alone: a text about places drops it (place-texts.ts).
        g.guessed = true;
      }
    }
  },
};
