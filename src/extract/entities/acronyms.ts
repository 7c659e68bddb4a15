/**
 * Acronyms linked to full names. Either written side by side ("Canadian Security Intelligence
 * Service (CSIS)") or matched by initials: every capitalised word of the name gives its initial,
 * in order, and may give one more letter of its own ("SIA" = SIngapore Airlines) or none if it is
 * a function word ("CPC" = Conservative Party of Canada).
 */

const SMALL = /^(?:of|the|and|&|for|de|du|la|le|on|in|at)$/i;

function letters(acronym: string): string {
  return acronym.replace(/[.&]/g, '').replace(/s$/, '').toUpperCase();
}

/** Do the acronym's letters spell the name's capitalised words in order? */
export function acronymMatches(acronym: string, name: string): boolean {
  const acr = letters(acronym);
  const words = name.split(/[\s-]+/).filter((w) => w && !SMALL.test(w));
  if (words.length < 2 || acr.length < 2) return false;
  // Dynamic walk: word index i, letter index j.
  const go = (i: number, j: number): boolean => {
    if (i === words.length) return j === acr.length;
    if (j >= acr.length) return false;
    const w = words[i].toUpperCase();
    if (w[0] !== acr[j]) return false;
    // Initial alone, or initial plus one inner letter of the same word.
    if (go(i + 1, j + 1)) return true;
    if (j + 1 < acr.length && w.slice(1).includes(acr[j + 1]) && go(i + 1, j + 2)) return true;
    return false;
  };
  return go(0, 0);
}
