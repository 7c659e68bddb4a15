/** The three kinds of named entity the extractor tells apart (what build.ts classifies a group of mentions as). */
export type Kind = 'person' | 'organization' | 'place';
