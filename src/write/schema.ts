/**
 * The record's schema, as the writer and the site check it: defined once in src/model/record.ts
 * (re-exported here for the modules that read and write record files).
 */
export { recordSchema, formatIssues } from '../model/record.js';
export type { RecordData, ArticleRecord } from '../model/record.js';
