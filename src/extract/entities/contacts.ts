/**
 * Authors and contacts written with their e-mail address: "Bruna Anastacio
 * brunaanastacio@hotmail.com", "Michiel Cock m.p.cock@vu.nl". Papers' author lines and press
 * releases' contacts are Title Case lines, where capitals alone say little: an address made of
 * the name before it says that the name is a person's ("Greenpeace International
 * info@greenpeace.org" is a body's).
 */
import { fold } from './gazetteer.js';

/** An e-mail address right after the name, bracketed or not: its local part. */
const EMAIL_AFTER = /^\s*[(<[]?([\p{L}\p{N}._%+-]+)@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;

/** Is the name followed by an e-mail address? */
export const emailAfter = (after: string): boolean => EMAIL_AFTER.test(after);

/** Is the name followed by an address whose local part holds its first or last word ("lotte.wilms@", "m.p.cock@")? */
export function addressOfName(name: string[], after: string): boolean {
  const local = EMAIL_AFTER.exec(after)?.[1];
  if (!local) return false;
  const folded = fold(local);
  return [name[0], name[name.length - 1]].some((w) => w.length >= 3 && folded.includes(fold(w).replace(/[^a-z]/g, '')));
}
