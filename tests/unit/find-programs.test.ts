import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

// Session 17 (issue #11): program rules kept because they held on the check set; each test names its page class
// with made-up text.
const programs = (text: string) => namesOfKind(text, 'program');

describe('Chinese programs: precision', () => {
  it('a news page naming a kind of thing by two characters and a program word (社交平台, 不同项目) names no program', () => {
    expect(programs('他在社交平台上发文，参加了不同项目的比赛，保障基金也在其中。')).toEqual([]);
  });
  it('a quotation mark opening a short name is evidence enough (‘天空实验室’项目)', () => {
    expect(programs('在实施‘天空实验室’计划时，他们做了试验。')).toContain('天空实验室');
  });
});

describe('English programs: precision', () => {
  it('a research release naming the lab where the work was done: a lab is no program', () => {
    const text =
      'The Smart and Sustainable Automation Research Lab built the printer, the Vehicle Safety Program said.';
    expect(programs(text)).toEqual(['Vehicle Safety Program']);
  });
});
