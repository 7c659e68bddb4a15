// Kind of error: names in wire-service line-ups, cricket scorecards and cycling or motor-racing
// results, written in wire layout (tokenised, spaces before punctuation). Sentences are our own.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('line-ups: a list line of names', () => {
  it('every player of a line-up is a person, one-word names and particles included', () => {
    const r = names(['Hamburg : Karl Brenner ; Tomas Lindqvist , Piet van der Berg , Joao Matos , Frank de Witt ; Stan Oberg , Dedinho , Emil Sørlie']);
    expect(r.people).toEqual(['Dedinho', 'Emil Sørlie', 'Frank de Witt', 'Joao Matos', 'Karl Brenner', 'Piet van der Berg', 'Stan Oberg', 'Tomas Lindqvist']);
  });

  it('a list line of clubs or countries is no line-up: its items stay what they are', () => {
    const r = names(['Qualified for the second round : Germany , France , Italy , Spain , Portugal .']);
    expect(r.people).toEqual([]);
    expect(r.places).toEqual(['France', 'Germany', 'Italy', 'Portugal', 'Spain']);
  });

  it('a sentence with commas is no list of names', () => {
    const r = names(['Officials from Mexico , Brazil and Chile met Pedro Alves , a trade envoy , on Monday in Geneva , Switzerland .']);
    expect(r.people).toEqual(['Pedro Alves']);
  });
});

describe('cricket scorecards', () => {
  it('batsmen, fielders and bowlers of a batting card, initials and hyphenated names', () => {
    const r = names([
      'R. Dravid c Moin Khan b Saqlain Mushtaq 48',
      'V. Laxman lbw b Abdul Razzaq 12',
      'K. Mongia not out 17',
      'S. Ganguly c & b Mohammad Hafeez-ul-Haq 4',
    ]);
    expect(r.people).toEqual(['Abdul Razzaq', 'K. Mongia', 'Mohammad Hafeez-ul-Haq', 'Moin Khan', 'R. Dravid', 'S. Ganguly', 'Saqlain Mushtaq', 'V. Laxman']);
  });

  it("bowlers' figures", () => {
    const r = names(['Bowling : Dean Hollins 21-4-63-2 , Shane Pettigrew 14.3-2-40-3 , Colin Ryder 9-0-35-0']);
    expect(r.people).toEqual(['Colin Ryder', 'Dean Hollins', 'Shane Pettigrew']);
  });

  it('a product with a model number is still no player', () => {
    const r = names(['The airline ordered ten Boeing 737 jets and four Airbus A320 planes .']);
    expect(r.people).toEqual([]);
  });
});

describe('the team after a competitor and country in a results list', () => {
  it('cycling and motor racing teams are organisations', () => {
    const r = names(['1. Marco Bellini ( Italy ) Mapei 4:12:33', '2. Jan Kowalczyk ( Poland ) Telekom same time', '3. Rui Costa Pinto ( Portugal ) Benetton']);
    expect(r.people).toEqual(['Jan Kowalczyk', 'Marco Bellini', 'Rui Costa Pinto']);
    expect(r.organizations).toEqual(['Benetton', 'Mapei', 'Telekom']);
    expect(r.places).toEqual(['Italy', 'Poland', 'Portugal']);
  });

  it('a name after a bracketed country in a sentence is no team', () => {
    const r = names(['The winner ( Italy ) thanked Marco Bellini for his help .']);
    expect(r.organizations).toEqual([]);
    expect(r.people).toEqual(['Marco Bellini']);
  });
});

describe('words glued before a name on wire copy', () => {
  it('a nationality or a position before "X of Team" is no part of the name', () => {
    const r = names(['Swiss Lukas Brunner of Festina won the stage .', 'Defender Pieter Smit of the Netherlands was sent off .']);
    expect(r.people).toEqual(['Lukas Brunner', 'Pieter Smit']);
    expect(r.places).toEqual(['Netherlands']);
  });

  it('a referee or a promoter before a name is a role', () => {
    const r = names(['Referee Tom Gallagher stopped the fight in the ninth round .', 'Promoter Bob Arum said a rematch was likely .']);
    expect(r.people).toEqual(['Bob Arum', 'Tom Gallagher']);
    expect(r.raw.people.map((p) => p.role).sort()).toEqual(['Promoter', 'Referee']);
  });

  it('a hyphenated title before a name and the body before it', () => {
    const r = names(['OPEC Secretary-General Rilwanu Lukman said output would not rise .']);
    expect(r.people).toEqual(['Rilwanu Lukman']);
    expect(r.organizations).toEqual(['OPEC']);
  });

  it('a title before a long Arabic name with "bin" and "al-"', () => {
    const r = names(['Sheikh Khalid bin Ahmed bin Saqr al-Nuaimi opened the meeting .']);
    expect(r.people).toEqual(['Khalid bin Ahmed bin Saqr al-Nuaimi']);
  });

  it('a common word alone before a title is no organisation ("Order and Direct Major-General Scott")', () => {
    const r = names(['We do hereby Order and Direct Major-General Wilkins to march .']);
    expect(r.people).toEqual(['Wilkins']);
    expect(r.organizations).toEqual([]);
  });
});

describe('storms', () => {
  it('a storm named like a person is no person', () => {
    const r = names(['Typhoon Sally hit the coast on Monday and Tropical Storm Josephine weakened , forecaster Ana Cruz said .']);
    expect(r.people).toEqual(['Ana Cruz']);
  });
});

describe('competitors with their side in brackets', () => {
  it('a scorers list with clubs in brackets', () => {
    const r = names(['Leading scorers :', '5 - Pieter Hoogland ( Feyenoord ) , Gianfranco Zola ( Parma )']);
    expect(r.people).toEqual(['Gianfranco Zola', 'Pieter Hoogland']);
  });

  it('a ranked line whose given name is an English word ("Jean", "Bruny")', () => {
    const r = names(['Race result :', '3. Jean Mercier ( France ) Benetton', '4. Bruny Lacasse ( Canada ) 10.07']);
    expect(r.people).toEqual(['Bruny Lacasse', 'Jean Mercier']);
    expect(r.organizations).toEqual(['Benetton']);
  });

  it('an abbreviation or another name in brackets is no side (GUM)', () => {
    // GUM academic, CC BY 4.0: "... the Compact Fluorescent Light (CFL)."; GUM bio (Wikipedia), CC BY-SA 3.0:
    // "... Formal Equivalence (F-E) and Dynamic Equivalence (D-E)."
    const r = names([
      'The most commonly and widely used bulb in the household is the Compact Fluorescent Light (CFL).',
      'He wrote about two different types of equivalence: Formal Equivalence (F-E) and Dynamic Equivalence (D-E).',
    ]);
    expect(r.people).toEqual([]);
  });
});

describe('teams named like their town in a result line', () => {
  it('both sides of "Leeds 1 Wimbledon 0" are teams, towns included', () => {
    const r = names(['Results of English league matches on Saturday :', 'Leeds 1 Wimbledon 0', 'Bristol 2 Norwich 2']);
    expect(r.organizations).toEqual(['Bristol', 'Leeds', 'Norwich', 'Wimbledon']);
    expect(r.places).toEqual([]);
  });

  it('a town in a sentence with a score is still a place', () => {
    const r = names(['The flood killed 12 people in Leeds and 3 in Norwich on Friday , police said .']);
    expect(r.places).toEqual(['Leeds', 'Norwich']);
    expect(r.organizations).toEqual([]);
  });
});

describe('companies by their share price', () => {
  it('a name whose shares rose or fell by an amount of money is a company', () => {
    const r = names(['Harland Whitby rose 21 pence to 3.84 pounds , while Morgan Stanley fell 1-1/2 to $45 and Kessler Brandt shares lost 2.10 marks .']);
    expect(r.organizations).toEqual(['Harland Whitby', 'Kessler Brandt', 'Morgan Stanley']);
    expect(r.people).toEqual([]);
  });

  it('a sprinter who gained ground or places is no company', () => {
    const r = names(['Dennis Oakes gained two places in the rankings and Laura Finch rose to third .']);
    expect(r.people).toEqual(['Dennis Oakes', 'Laura Finch']);
    expect(r.organizations).toEqual([]);
  });
});

describe('"X of Y" after a person: whom the person works for', () => {
  it('a name of several words after a person\'s "of" is an organisation', () => {
    const r = names(['Analyst Karen Doyle of Whitfield Brandt Securities said the figures beat forecasts .']);
    expect(r.people).toEqual(['Karen Doyle']);
    expect(r.organizations).toEqual(['Whitfield Brandt Securities']);
  });

  it('one unknown word after "of" is no organisation (GUM bio_gordon, Wikipedia, CC BY-SA 3.0)', () => {
    const r = names(['He wrote to his kinsman in the Russian service Alexander Gordon of Auchintoul , author of a history .']);
    expect(r.organizations).toEqual([]);
  });
});

describe('lower-case particles of Filipino and Spanish names', () => {
  it('"dela" and "de los" stay inside the name', () => {
    const r = names(['Rescuers found Rodel dela Paz and Juan de los Reyes alive on Sunday .']);
    expect(r.people).toEqual(['Juan de los Reyes', 'Rodel dela Paz']);
  });
});
