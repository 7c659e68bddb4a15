/** Word lists of general English used to read attributions. No names of people or companies. */

/** Titles and role words written before a name ("Conservative Leader", "MP", "Senator"). */
export const ROLE_WORDS = new Set(
  (
    'mr mrs ms miss pm dr prof sen senator rep representative gov governor president vice prime minister ' +
    'secretary chancellor leader mp mpp mla judge justice chief executive officer ceo cfo coo cto chairman ' +
    'chairwoman chair director spokesman spokeswoman spokesperson general gen colonel col captain capt ' +
    'lieutenant lt sergeant sgt ambassador consul mayor premier king queen prince princess pope sir lord lady ' +
    'deputy assistant undersecretary under attorney commissioner inspector professor dean coach manager analyst ' +
    'economist former acting interim special adviser advisor counsel head founder co-founder chief spokesperson ' +
    'minister-president councillor councilor alderman sheriff detective officer agent editor reporter correspondent ' +
    'journalist columnist host anchor candidate nominee member'
  ).split(' '),
);

/** Words that end an organisation's name ("Global News", "Liberal Party", "Ford Motor Company"). */
export const ORG_HEADS = new Set(
  (
    'news party inc inc. corp corp. corporation company co co. ltd group agency ministry service services bank ' +
    'times post mail press herald tribune journal telegraph guardian gazette association council committee commission ' +
    'court office department government airlines airline airways motors motor university institute foundation ' +
    'union federation society board authority administration network networks television radio broadcasting ' +
    'reuters police army navy force forces parliament congress senate house assembly caucus organization organisation ' +
    'exchange fund trust holdings industries systems technologies labs laboratories'
  ).split(' '),
);

/** Nouns that head an unnamed source ("two national security sources", "a spokesman from China"). */
export const SOURCE_HEADS = new Set(
  (
    'source sources official officials spokesman spokeswoman spokesperson spokespeople representative representatives ' +
    'analyst analysts expert experts observer observers critic critics investigator investigators police prosecutor ' +
    'prosecutors lawyer lawyers attorney attorneys witness witnesses resident residents economist economists ' +
    'diplomat diplomats aide aides insider insiders executive executives statement report reports story document ' +
    'documents study survey investigation memo email letter filing filings minister ministry government company ' +
    'firm agency office department party authorities officer officers researchers scientists doctors leaders ' +
    'leader member members employee employees worker workers union unions group groups campaigners activists ' +
    'protesters trader traders investor investors newspaper outlet network broadcaster website paper ' +
    'voters americans respondents citizens consumers parents patients adults democrats republicans independents households ' +
    'message messages tweet blog analyses poll polls results estimates logs records data figures analysis review audit filing study studies ruling lawsuit suit posts posting'
  ).split(' '),
);

/** Unnamed sources that make a report an allegation when it rests on them. */
export const UNNAMED_SOURCE =
  /\b(?:sources?|insiders?|(?:unnamed|anonymous|senior|security|intelligence)\s+(?:[a-z]+\s+)?officials?|officials\s+(?:speaking\s+)?on\s+(?:the\s+)?condition\s+of\s+anonymity|(?:people|someone|somebody|a\s+person)\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of))\b/i;

export const PERSON_PRONOUN = /^(?:he|she|him|her)$/i;
export const GROUP_PRONOUN = /^(?:they|them|it)$/i;

/** Determiners and quantifiers that may open a noun phrase. */
export const DETERMINER = new Set(
  (
    'a an the this that these those two three four five six seven eight nine ten several some many most one ' +
    'other its his her their both all no few various numerous multiple another each every our'
  ).split(' '),
);

/** Words that never end a noun phrase. */
export const NON_FINAL = new Set(
  'a an the of to in on at by for from with and or but as that which who whom whose than into over under about its his her their our'.split(' '),
);

/** Finite verbs and auxiliaries that a subject noun phrase never contains. */
export const FINITE = new Set('is was were are be been being has have had will would can could shall should may might must did does do not never'.split(' '));

/** Adverbs and time words that may stand between a subject and its verb ("Dong late Wednesday told"). */
export const BETWEEN_SUBJECT_AND_VERB =
  /(?:\s+|^)(?:also|meanwhile|recently|later|again|then|further|previously|publicly|reportedly|repeatedly|once|first|earlier|subsequently|now|still|yesterday|today|tonight|has|have|had|is|was|are|were|will|would|could|may|might|did|does|do|not|never|(?:late|early)\s+(?:on\s+)?\w+day|(?:on|last|this|next)\s+\w+day|last\s+(?:night|week|month|year)|this\s+(?:morning|afternoon|evening|week|month|year)|(?!(?:family|ally|italy|assembly|supply|monopoly|anomaly|rally|july|daily|reply|fly)\b)[a-z]+ly)\s*$/;

/** Connectives and time phrases that open a clause before its subject. */
export const CLAUSE_OPENER =
  /^(?:(?:however|but|and|also|meanwhile|furthermore|moreover|instead|separately|still|yet|so|then|now|interestingly|additionally|further|later|earlier|previously|today|yesterday|tonight)\s+|(?:on|in|at|by|last|this|early|late|earlier|later)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening|night|week|month|year|weekend)(?:\s+\d{1,4})?\s+)+/i;

/** Relative clause after the head of a subject ("the CSIS official who has been leaking ..."). */
export const RELATIVE_CLAUSE = /,?\s+(?:who|which|that|whose|whom)\s.*$/s;
