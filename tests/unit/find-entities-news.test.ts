import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

// Issue #11, session 15: English people on the news pages added to the tuning set (a game report, a research
// release, a history essay); each class from a tuning miss, each cue a role or a verb, never capitals alone.
const people = (text: string) => namesOfKind(text, 'person');

describe('English people on news pages', () => {
  it.each([
    [
      'a game report: a player called by his position',
      'He opened the game defending the explosive wing Jaylen Brown, and then shifted.',
      ['Jaylen Brown'],
    ],
    [
      'a research release: students named by their degree',
      'The research was led by PhD candidates Deokkyun Yoon and Molong Duan.',
      ['Deokkyun Yoon', 'Molong Duan'],
    ],
    [
      'an essay: a secretary named after her role and a comma',
      'The tapes, which Nixon fobbed off as an erasure committed by his loyal secretary, Rosemary Woods.',
      ['Rosemary Woods'],
    ],
    [
      'a game report: the surname alone goes on with an irregular verb',
      'Nic Batum suffered a rather ugly finger dislocation. After his strong debut, Batum hit an early three.',
      ['Nic Batum'],
    ],
  ])('%s: the people are found', (_class, text, names) => expect(people(text)).toEqual(expect.arrayContaining(names)));
  it.each([
    [
      'a place with a role word before it is still a place',
      'The team flew out, said guard Mount Pleasant High.',
      'Mount Pleasant',
    ],
    ['a field after a role noun', 'The lecturer Public Health opened the course.', 'Public Health'],
    ['a repeated place word with a verb', 'In Middle East politics, East gave way to West.', 'Middle East'],
  ])('%s: no person', (_class, text, wrong) => expect(people(text)).not.toContain(wrong));
});
