/** The phrase as written, without the punctuation chrono takes in at its edges ("February," → "February"). */
import type { Refiner } from 'chrono-node';

const LEADING = /^[\s,;(（]+/;
const TRAILING = /[\s,;:)）]+$|(?<![A-Z]\.[A-Za-z]|\b(?:a\.m|p\.m|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\.$/;

export const tidyTextRefiner: Refiner = {
  refine(_context, results) {
    for (const r of results) {
      const lead = LEADING.exec(r.text)?.[0].length ?? 0;
      r.index += lead;
      r.text = r.text.slice(lead).replace(TRAILING, '');
    }
    return results;
  },
};
