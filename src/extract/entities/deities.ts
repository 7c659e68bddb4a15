/**
 * God, named: "devote himself to God", "It's almost like God to some extent". Gods are people
 * to most annotators (GUM counts gods, saints and fictional characters as people). The word is
 * written capitalised in oaths and interjections too ("God, I don't know!", "God knows"), which
 * open their sentence: only "God" alone inside a sentence is the name; inside a longer span
 * ("Son of God", "God Save the Queen") it names no one on its own.
 */

/** Is the span the name "God", inside its sentence? */
export const namesGod = (tokens: string[], initial: boolean): boolean => !initial && tokens.length === 1 && tokens[0] === 'God';
