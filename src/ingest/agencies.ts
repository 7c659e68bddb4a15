/**
 * Well-known news agencies, so that an outlet written as an abbreviation in a dateline or a
 * byline ("(AP)", "By Jane Doe, AFP") is recorded under one name. The table is general: it
 * lists international and national wire services, not the outlets of any one corpus.
 */

/** Abbreviation or spelling as written → the agency's name in the archive. Keys are compared without case. */
const AGENCY_NAMES: ReadonlyArray<readonly [string[], string]> = [
  [['AP', 'Associated Press', 'The Associated Press'], 'Associated Press'],
  [['AFP', 'Agence France-Presse', 'Agence France Presse'], 'Agence France-Presse'],
  [['Reuters', 'Thomson Reuters'], 'Reuters'],
  [['UPI', 'United Press International'], 'United Press International'],
  [['dpa', 'Deutsche Presse-Agentur'], 'Deutsche Presse-Agentur'],
  [['PA', 'Press Association', 'PA Media'], 'PA Media'],
  [['CP', 'Canadian Press', 'The Canadian Press'], 'The Canadian Press'],
  [['AAP', 'Australian Associated Press'], 'Australian Associated Press'],
  [['PTI', 'Press Trust of India'], 'Press Trust of India'],
  [['IANS', 'Indo-Asian News Service'], 'Indo-Asian News Service'],
  [['ANSA'], 'ANSA'],
  [['EFE'], 'EFE'],
  [['Kyodo', 'Kyodo News'], 'Kyodo News'],
  [['Xinhua', 'Xinhua News Agency'], 'Xinhua'],
  [['TASS', 'ITAR-TASS'], 'TASS'],
  [['Yonhap', 'Yonhap News Agency'], 'Yonhap'],
  [['Bloomberg', 'Bloomberg News'], 'Bloomberg News'],
  [['Dow Jones', 'Dow Jones Newswires'], 'Dow Jones Newswires'],
  [['Interfax'], 'Interfax'],
  [['ANP'], 'ANP'],
  [['APA'], 'APA'],
  [['AA', 'Anadolu', 'Anadolu Agency'], 'Anadolu Agency'],
];

const BY_KEY = new Map<string, string>(AGENCY_NAMES.flatMap(([forms, name]) => forms.map((f) => [f.toLowerCase(), name] as const)));

/** The forms an agency is written in ("AP", "Associated Press", "The Associated Press"), or none for an outlet of no known agency. */
export function agencyForms(name: string): string[] {
  return AGENCY_NAMES.find(([, n]) => n === name)?.[0] ?? [];
}

/** The agency's name when `text` is one of the well-known agencies, else null. */
export function agencyName(text: string): string | null {
  return BY_KEY.get(text.trim().replace(/\s+/g, ' ').toLowerCase()) ?? null;
}

/** An outlet as written in a header, under its archive name: "AP" → "Associated Press"; others as written. */
export function outletName(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return agencyName(trimmed) ?? trimmed;
}
