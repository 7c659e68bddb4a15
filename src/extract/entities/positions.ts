/**
 * Words around a person's name that are never the name: honorifics ("Mr.", "Sir"), the
 * portfolio of a minister ("Finance Minister"), a position or profession written before the name
 * ("Midfielder Omar Said", "Mathematician Hermann Weyl"), generational suffixes ("Jr.") and
 * post-nominal letters ("FRS", "DBE"). General English word lists.
 */

/** Honorifics: whatever capitalised word follows is the person's name ("Mr. Ortiz", "Mrs. Park", "Mr Key"). */
const HONORIFICS = new Set(
  'mr mr. mrs mrs. ms ms. miss mx mx. dr dr. sir dame lord lady madam madame mme mme. mademoiselle mlle monsieur herr frau senor señor senora señora signor signora'.split(
    /\s+/,
  ),
);

/** Subjects of ministries and offices, part of the role before "Minister"/"Secretary" ("Finance Minister", "Shadow Home Secretary"). */
const PORTFOLIOS = new Set(
  (
    'finance foreign home interior defence defense justice health education trade transport transportation energy environment ' +
    'agriculture labour labor economy economic economics culture sports sport tourism information communications industry commerce ' +
    'housing immigration security welfare employment fisheries science technology research development planning infrastructure ' +
    'shadow junior cabinet affairs public works social services veterans territorial local government state international relations ' +
    'budget revenue customs oil mines mining water resources natural family women youth children religious'
  ).split(/\s+/),
);

/** Positions and professions written capitalised before a name at the start of a sentence ("Midfielder Omar Said scored"). */
const POSITIONS = new Set(
  (
    'midfielder striker forward defender goalkeeper keeper winger fullback full-back sweeper captain skipper coach manager ' +
    'pitcher catcher outfielder infielder shortstop quarterback linebacker receiver runner sprinter jumper hurdler swimmer ' +
    'cyclist rider driver jockey boxer wrestler golfer skier skater rower sailor batsman bowler wicketkeeper all-rounder ' +
    'seed champion challenger holder winner runner-up veteran rookie newcomer teammate ' +
    'mathematician physicist chemist biologist economist historian philosopher linguist scientist astronomer geologist ' +
    'novelist poet author writer playwright composer painter sculptor architect photographer director filmmaker actor actress ' +
    'singer guitarist drummer pianist violinist dancer comedian journalist reporter columnist editor critic commentator pundit presenter broadcaster ' +
    'lawyer attorney barrister solicitor doctor surgeon nurse professor lecturer teacher student engineer analyst ' +
    'businessman businesswoman entrepreneur investor banker trader activist campaigner spokesman spokeswoman spokesperson ' +
    'candidate incumbent challenger lawmaker legislator politician diplomat negotiator mediator official officer soldier ' +
    'police policeman detective investigator prosecutor judge referee umpire linesman promoter trainer'
  ).split(/\s+/),
);

/** Generational suffixes after a name: part of it, never a name alone ("Martin Luther King Jr."). */
export const GENERATIONAL = /^(?:Jr|Sr|Jnr|Snr)\.?$/;

/** Post-nominal letters: honours and degrees after a name ("Daniel Bernoulli FRS", "Zaha Hadid DBE RA"). */
const POST_NOMINALS = new Set('frs frse fba fras dbe cbe obe mbe kbe gbe kcmg gcmg ch om vc gc qc kc ra phd ph.d. md dphil esq esq.'.split(/\s+/));

/** An honorific ("Mr.", "Mrs", "Dr", "Sir", "Lord"): never part of a person's name. */
export const isHonorific = (w: string): boolean => HONORIFICS.has(w.toLowerCase());
/** A ministry's subject before "Minister"/"Secretary" ("Finance", "Foreign", "Home"). */
export const isPortfolio = (w: string): boolean => PORTFOLIOS.has(w.toLowerCase());
/** A position or profession that may stand capitalised before a name ("Midfielder", "Mathematician"). */
export const isPosition = (w: string): boolean => POSITIONS.has(w.toLowerCase());
/** Post-nominal letters ("FRS", "DBE", "PhD"). */
export const isPostNominal = (w: string): boolean => POST_NOMINALS.has(w.toLowerCase());
