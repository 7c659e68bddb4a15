/**
 * Names of the world's large regions that the merge steps compare names with: continents and the
 * regions companies name their divisions after, and the names of countries' subdivisions
 * (states, provinces, regions: ISO 3166-2, package iso-3166). Loose forms (names.ts looseKey).
 */
import { iso31662 } from 'iso-3166';
import { looseKey } from './names.js';

/** Continents and the largest regions: a compound name after one is a region of its own ("Asia Pacific"). */
export const CONTINENTS: ReadonlySet<string> = new Set([
  'africa',
  'antarctica',
  'asia',
  'europe',
  'oceania',
  'america',
  'americas',
  'north america',
  'south america',
  'latin america',
  'eurasia',
]);

/**
 * Regions a company names a division after ("EADS North America", "Sony Europe", "Nissan Middle
 * East"): the continents and the usual business regions.
 */
export const BUSINESS_REGIONS: ReadonlySet<string> = new Set([...CONTINENTS, 'asia pacific', 'middle east', 'central america', 'emea', 'apac']);

let regions: Set<string> | null = null;

/** Whether a name is the name of a country's subdivision ("New York", "Kansas", "Quebec"). */
export function isRegionName(name: string): boolean {
  regions ??= new Set(iso31662.map((s) => looseKey(s.name)));
  return regions.has(looseKey(name));
}
