/** Entry of assets/dates.js: the natural date reader, for the search page to load when a query holds a year. */
import { naturalDates } from './index.js';
import type { DateReader } from '../../search/date-reader.js';

(globalThis as unknown as { newsArchiveDates?: DateReader }).newsArchiveDates = naturalDates;
