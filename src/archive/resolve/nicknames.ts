/**
 * English given names and their common nicknames that do not begin the same way ("Bill" /
 * "William", "Bob" / "Robert", "Jim" / "James"). Short forms that begin the name ("Tim" /
 * "Timothy", "Steve" / "Steven") need no entry: names.ts `sameGiven` takes them. No maintained,
 * openly licensed nickname list is published on npm (checked: `nicknames` generates joke
 * nicknames; `name-match` keeps a smaller table inside its code and pulls in `natural`), so this
 * is a short table of the common English forms (general usage, as listed in name dictionaries;
 * not taken from any article). A nickname two formal names share ("Ted": Edward, Theodore) is
 * listed under both: the merge steps still join only when one candidate fits.
 */

/** Formal given name → nicknames that do not begin it (lower case). */
export const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  william: ['bill', 'billy', 'will', 'willy', 'willie', 'liam'],
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'],
  james: ['jim', 'jimmy', 'jamie'],
  richard: ['dick', 'rick', 'ricky', 'rich', 'richie'],
  edward: ['ted', 'teddy', 'ed', 'eddie', 'ned'],
  theodore: ['ted', 'teddy', 'theo'],
  thomas: ['tom', 'tommy'],
  joseph: ['joe', 'joey'],
  john: ['jack', 'johnny'],
  charles: ['chuck', 'charlie', 'chas'],
  henry: ['hank', 'harry'],
  harold: ['hal', 'harry'],
  anthony: ['tony'],
  lawrence: ['larry'],
  laurence: ['larry'],
  gerald: ['jerry', 'gerry'],
  jerome: ['jerry'],
  david: ['dave', 'davy'],
  stephen: ['steve', 'stevie'],
  michael: ['mick', 'mickey'],
  nicholas: ['nick', 'nicky'],
  christopher: ['kit'],
  andrew: ['andy', 'drew'],
  alexander: ['sandy', 'sasha', 'alec'],
  frederick: ['fred', 'freddie'],
  francis: ['frank'],
  peter: ['pete'],
  geoffrey: ['jeff', 'geoff'],
  jeffrey: ['jeff'],
  leonard: ['len', 'lenny'],
  margaret: ['peggy', 'maggie', 'meg', 'marge', 'rita'],
  elizabeth: ['liz', 'lizzie', 'beth', 'betty', 'betsy', 'bess'],
  catherine: ['kate', 'katie', 'kathy', 'cathy'],
  katherine: ['kate', 'katie', 'kathy'],
  susan: ['sue', 'susie'],
  rebecca: ['becky', 'becca'],
  deborah: ['debbie', 'deb'],
  patricia: ['patty', 'trish'],
  mary: ['molly', 'polly', 'mae'],
  sarah: ['sally'],
  dorothy: ['dot', 'dolly'],
  eleanor: ['ellie', 'nell'],
  victoria: ['vicky', 'tori'],
};

let forms: Map<string, Set<string>> | null = null;

/** Each name (formal or nickname) → the names it can be one with through the table. */
function table(): Map<string, Set<string>> {
  if (forms) return forms;
  forms = new Map();
  const link = (a: string, b: string) => (forms!.get(a) ?? forms!.set(a, new Set()).get(a)!).add(b);
  for (const [formal, nicks] of Object.entries(NICKNAMES)) {
    for (const nick of nicks) {
      link(formal, nick);
      link(nick, formal);
    }
  }
  return forms;
}

/** Whether two lower-case given names are a formal name and one of its nicknames ("bill", "william"). */
export function isNickname(a: string, b: string): boolean {
  return table().get(a)?.has(b) ?? false;
}
