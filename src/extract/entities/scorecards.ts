/**
 * Cricket scorecards, as the wire services print them: a batsman, how he was out and by whom
 * ("M. Atherton c Inzamam-ul-Haq b Wasim Akram 31", "J. Crawley lbw b Mushtaq Ahmed 106",
 * "G. Thorpe not out 54") and a bowler's figures ("Wasim Akram 18-3-52-1"). The names around the
 * dismissal's letters and before the figures are players, although a number follows them.
 */

/** How a batsman was out, after his name: caught, bowled, leg before, stumped, run out, not out. */
const DISMISSAL_AFTER = /^\s+(?:c\s*&\s*b|c|b|lbw|st|run\s+out|not\s+out|retired\s+(?:hurt|out)|hit\s+wicket)\s/;
/** The fielder or bowler's letter before his name ("c Inzamam-ul-Haq", "b Wasim Akram", "c & b Kumble"). */
const DISMISSAL_BEFORE = /(?:^|\s)(?:c\s*&\s*b|c|b|st)\s+$/;
/** A bowler's figures: overs, maidens, runs, wickets ("18-3-52-1", "9.4-1-41-3"). */
const BOWLING_FIGURES_AFTER = /^\s+\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}\b/;
/** The runs or the figures that end a batting or bowling line. */
const LINE_ENDS_IN_NUMBER = /\d\s*[.)]?\s*$/;

/** Is the name, with the text `before` and `after` it on its line, a player of a cricket scorecard? */
export function isScorecardName(before: string, after: string, line: string): boolean {
  if (BOWLING_FIGURES_AFTER.test(after)) return true;
  if (!LINE_ENDS_IN_NUMBER.test(line)) return false;
  return DISMISSAL_AFTER.test(after) || DISMISSAL_BEFORE.test(before);
}
