// People on campus pages nobody had tuned on (review 34, R16 findings N3–N6, W3: Latin-script names; issue #11): made-up texts, each
// test named after the page class it serves. Precision first: a wrong name is worse than a missing one.
import { describe, expect, it } from 'vitest';
import { namesOfKind, peopleIn } from './entity-kinds';

const people = (text: string) => namesOfKind(text, 'person').sort();

describe('Chinese forum news with foreign speakers: a romanised name after a Chinese title', () => {
  it('教授 then a name in Latin letters', () => {
    expect(people('美国加州大学教授Wei Ming Chen、江南大学教授王磊等作大会报告。')).toEqual(['Wei Ming Chen', '王磊']);
  });
  it('guard: a body in Latin letters after a title is no person', () => {
    expect(people('院长Microsoft Research Asia代表出席。')).toEqual([]);
  });
});

describe('English university news: long titles, common-word surnames, contacts, accents', () => {
  it('a title with its portfolio before the name', () => {
    expect(people('Vice President for Student Affairs Maya Okonjo said the hall would reopen.')).toEqual([
      'Maya Okonjo',
    ]);
    expect(
      people('Minister of Health, Labour and Welfare Daniel Brooks, who opened the centre, praised the team.'),
    ).toEqual(['Daniel Brooks']);
    expect(people('Minister for Higher Education and Science Patrick Byrne TD opened the building.')).toEqual([
      'Patrick Byrne',
    ]);
  });
  it('guard: a portfolio alone is no person', () => {
    expect(people('Secretary of State for Science, Innovation and Technology Policy, the department said.')).toEqual(
      [],
    );
  });
  it('a surname that is a common word, after titles', () => {
    expect(people('Vice-Chancellor Professor Susan Day said the result was welcome.')).toEqual(['Susan Day']);
  });
  it('a contact line with a colon', () => {
    expect(people('Media contact: Tamsin Okoro, 555-0100')).toEqual(['Tamsin Okoro']);
  });
  it('accents and the Irish particle Ó are part of the name', () => {
    expect(people('The study was led by Dr Caoimhín Ó Súilleabháin of the School of Physics.')).toEqual([
      'Caoimhín Ó Súilleabháin',
    ]);
  });
  it('a descriptor between two titles is no part of the name', () => {
    expect(people('Pro Vice-Chancellor Pacific Professor Tui Fale said the award mattered.')).toEqual(['Tui Fale']);
  });
  it('Scholar before a name is a role', () => {
    expect(people('Scholar Ifeoma Nwosu, who will study law, said it.')).toEqual(['Ifeoma Nwosu']);
  });
});

describe('English research news: companies, laboratories and programmes read as names', () => {
  it('a company and a national laboratory', () => {
    const text =
      'Partners include Northwind Energy and Google Quantum AI. Director of the Centre for Energy, said: yes. She worked at the Lawrence Livermore National Laboratory before.';
    expect(people(text)).toEqual([]);
  });
  it('a programme after "go to Professor" is no apposition', () => {
    expect(people('The grants, funded under Horizon Europe, go to Professor Aine Walsh of the school.')).toEqual([
      'Aine Walsh',
    ]);
  });
});

describe('German university news: programmes and clusters named like people', () => {
  it('-Programm and a cluster in English', () => {
    const text =
      'Die Forschenden können sich für das Walter Benjamin-Programm bewerben. Die Sprecherin des Clusters Robotics Valley Bavaria, Prof. Dr. Anna Berger, sprach über die Zusammenarbeit mit der Stadt und der Industrie.';
    expect(peopleIn(text, 'de')).toEqual(['Anna Berger']);
  });
});
