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
    [
      'an essay: a journalist someone told something to',
      '“I put lipstick on a pig,” he told the New Yorker’s Jane Mayer, adding that he had never seen it.',
      ['Jane Mayer'],
    ],
    [
      "a game report: surnames listed beside a found player's",
      'Nic Batum suffered a dislocation. Tobias Harris was solid. Kelly Oubre Jr. continues to give energy. ' +
        'Batum hit an early three. Harris, Oubre Jr. and Batum all gave the Sixers enormous minutes.',
      ['Tobias Harris', 'Kelly Oubre'],
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
    ['a place someone told something to', 'He told North Carolina voters nothing.', 'North Carolina'],
    [
      'a list of surnames with no person among them',
      'Tobias Harris Street runs north. Harris, Jones and Smith are firms.',
      'Tobias Harris',
    ],
  ])('%s: no person', (_class, text, wrong) => expect(people(text)).not.toContain(wrong));
});

describe('programs on news pages', () => {
  it.each([
    [
      'a lawsuit: a team the text calls a program by its acronym',
      'a partnership called the Youth Accountability Team (YAT). Through the YAT program, young people entered probation.',
      'Youth Accountability Team',
    ],
    [
      "ministries' joint work: a long named mechanism without quotes",
      '相关部门持续依托短缺药品供应保障工作会商联动机制，深入优化监测预警。',
      '短缺药品供应保障工作会商联动机制',
    ],
  ])('%s', (_class, text, name) => expect(namesOfKind(text, 'program')).toContain(name));
  it.each([
    ['a mechanism in general', '要完善人才培养机制。', '人才培养机制'],
    ['a mechanism for building something', '探索创新信息化人才队伍建设机制。', '创新信息化人才队伍建设机制'],
    ['an acronym with no name defined for it', 'The NBA program was new.', 'NBA'],
  ])('%s: no program', (_class, text, wrong) => expect(namesOfKind(text, 'program')).not.toContain(wrong));
});
