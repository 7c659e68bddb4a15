/**
 * Market reports name companies by the move of their shares: "Glaxo Wellcome rose 21 pence to
 * 9.84 pounds", "Toyota Motor Corp fell 30 yen", "Daimler shares rose 2.10 marks". A name whose
 * price rose or fell by an amount of money is a company (an organisation), however
 * much it looks like a person's name ("Morgan Stanley").
 */

/** A verb of a price's move, then an amount in money or percent, right after the name (its "shares" between). */
const PRICE_MOVE_AFTER = new RegExp(
  String.raw`^\s+(?:shares?\s+|stock\s+)?(?:rose|fell|gained|lost|slipped|climbed|dropped|added|eased|jumped|tumbled|slid|firmed|shed|advanced|declined|edged\s+(?:up|down|higher|lower)|(?:was|were|closed)\s+(?:up|down))\s+(?:by\s+)?` +
    // an amount: "21", "$1.25", "87 1/2", "1-1/2", "nine"
    String.raw`(?:[$£€¥]\s?)?(?:\d[\d.,]*(?:[\s-]\d\/\d)?|one|two|three|four|five|six|seven|eight|nine|ten|half\s+a)\s*` +
    // in money or percent, or to a new price ("1-1/2 to $45")
    String.raw`(?:pence|p\b|pennies|cents?|yen|marks?|pfennigs?|francs?|centimes|pounds?|dollars?|percent|per\s+cent|%|lire|kroner|kronor|crowns?|pesos?|rupees?|rand|baht|ringgit|guilders?|schillings?|to\s+[$£€¥]?\d)`,
  'i',
);

/** Does the text after a name say its shares moved by an amount ("rose 21 pence", "fell 87 1/2 cents")? */
export function isPriceMove(after: string): boolean {
  return PRICE_MOVE_AFTER.test(after);
}
