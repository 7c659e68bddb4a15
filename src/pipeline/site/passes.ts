/** A large site is rendered in several Eleventy runs (passes): the share of each. */

/**
 * Pages of one template rendered in one Eleventy run. Eleventy keeps every page it renders (its
 * HTML, twice: with and without the layout) until the run ends; a large site is rendered in several
 * runs (passes), each of at most this many pages per template, so that no run holds the whole site.
 */
export const PAGES_PER_PASS = 800;

/** The pages of a template a pass renders: its share of the pages to render, in their order. */
export function passShare<T>(todo: T[], pass: number, perPass = PAGES_PER_PASS): T[] {
  return todo.slice(pass * perPass, (pass + 1) * perPass);
}

/** Passes needed to render a template's pages. */
export function passesFor(pages: number, perPass = PAGES_PER_PASS): number {
  return Math.max(1, Math.ceil(pages / perPass));
}
