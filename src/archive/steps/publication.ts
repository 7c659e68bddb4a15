import { byPublication } from '../dates.js';
import type { ArchiveRun } from './run.js';

/** Groups the articles by publication year, month and day; the undated apart. */
export function publicationGroups(run: ArchiveRun): void {
  const { years, undated } = byPublication(run.sorted);
  run.years = years;
  run.undated = undated;
}
