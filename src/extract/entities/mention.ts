/** One name as written in one place of the text, with the cues around it (made by mentions.ts). */
export interface Mention {
  form: string;
  tokens: string[];
  /** The span as written, with its title ("MP Han Dong"). */
  written: string;
  /** Another form of the same name ("Martin Luther King" for "Martin Luther King Jr."). */
  shortForm?: string;
  role: string | null;
  evidence: string;
  initial: boolean;
  headline: boolean;
  /** Cue strengths. */
  person: number;
  org: number;
  place: number;
  /** "X, California": the place with its state/country. */
  placeWithRegion?: string;
  /** The kind the form itself says, whatever the context ("I-44", "Route 66": a place). */
  kindHint?: 'person' | 'organization' | 'place';
  /** Text right after the mention (for acronyms in parentheses). */
  after: string;
  before: string;
}
