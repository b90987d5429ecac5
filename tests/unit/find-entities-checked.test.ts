import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

// Session 16: rules kept only because they lifted the check set (pages never seen by the rules), not the tuning
// set alone (docs/extraction.md, "Names, session 16"). Each test names the page class it serves.
const kinds = namesOfKind;

describe('English people named after a role noun', () => {
  it.each([
    [
      'a research story naming its PhD candidates',
      'The research was led by PhD candidates Deokkyun Yoon and Molong Duan.',
      ['Deokkyun Yoon', 'Molong Duan'],
    ],
    ['a memoir naming a secretary', 'The gap was admitted by his loyal secretary, Rosemary Woods.', ['Rosemary Woods']],
    [
      'a staff story naming an aide',
      'The plan was drafted by a senior aide Karla Oberstein last year.',
      ['Karla Oberstein'],
    ],
  ])('%s', (_class, text, names) => expect(kinds(text, 'person')).toEqual(expect.arrayContaining(names)));
  it('a role noun before a place is no person: "the director of Marine Biology"', () =>
    expect(kinds('She is the director of Marine Biology at the lab.', 'person')).toEqual([]));
});

describe('English people named by a common given name alone', () => {
  it.each([
    [
      'a sports report naming players with no role beside them',
      'The pass from Stephen Okafor found Marcus Delaney open.',
      ['Stephen Okafor', 'Marcus Delaney'],
    ],
    [
      'a campus story naming a visiting speaker',
      'The lecture drew a crowd, and Priya Raman stayed for questions.',
      ['Priya Raman'],
    ],
  ])('%s', (_class, text, names) => expect(kinds(text, 'person')).toEqual(expect.arrayContaining(names)));
  it('a given name that is also a surname is no evidence alone: "Lee Township"', () =>
    expect(kinds('Flooding hit Lee Township again this spring.', 'person')).toEqual([]));
});

describe('English things named like people', () => {
  it.each([
    ['a sports page naming a cup', 'The team lifted the Stanley Cup on Sunday, the coach said.', 'Stanley Cup'],
    ['a prize story', 'She won a Harold Prize this year, her publisher said.', 'Harold Prize'],
    ['a local story naming a township', 'Flooding hit Martin Township again, the mayor said.', 'Martin Township'],
  ])('%s: no person', (_class, text, thing) => expect(kinds(text, 'person')).not.toContain(thing));
});

describe('English organizations named by one word and a body word', () => {
  it.each([
    [
      'a newsletter naming a kind of service',
      'Staff at Departmental Services answer the calls.',
      'Departmental Services',
    ],
    ['an essay naming a parent firm', 'The Mother Company in Paris sent its staff.', 'Mother Company'],
  ])('%s: not highlighted', (_class, text, name) => expect(kinds(text, 'organization')).not.toContain(name));
  it('a body named in full is still shown: the Office of Naval Research', () =>
    expect(kinds('A grant from the Office of Naval Research funds it.', 'organization')).toContain(
      'Office of Naval Research',
    ));
});
