import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

// Session 23 (issue #11): classes of programs still missed or misread. A rule for each was written and measured on
// the tuning and check sets; none lifted a check program row without a cost, so none was kept (docs/extraction.md,
// "Programs, session 23"). Made-up texts; each test names the page class it serves and fails until a rule that
// also generalises finds the name.
const programs = (text: string) => namesOfKind(text, 'program');

describe('programs still missed (known misses)', () => {
  // Found since session 46: both are known programmes (known-program-names.ts).
  it('a Chinese campus page naming national schemes by their number (985工程, 211工程)', () => {
    const text = '学校1995年进入211工程建设行列，2001年入选985工程，此后承担多项国家重大科研任务。';
    expect(programs(text)).toEqual(expect.arrayContaining(['985工程', '211工程']));
  });
  it.fails('an English page on a program named with the program word first (Project Gutenberg)', () => {
    const text =
      'Student volunteers proofread scanned books for Project Gutenberg, which now holds 70,000 free titles.';
    expect(programs(text)).toContain('Project Gutenberg');
  });
  // Session 34: a named challenge is a competition (EN_SUFFIX), as 挑战赛 is in Chinese.
  it('an English campus page on a contest named with its year (the 2024 Solar Car Challenge)', () => {
    const text = 'Engineering students placed second in the 2024 Solar Car Challenge, racing 1,200 miles across Texas.';
    expect(programs(text)).toContain('Solar Car Challenge');
  });
  it.fails('an English campus page defining a program by its acronym (the … Experience (LIFE))', () => {
    const text =
      'Freshmen may join the Learning Integrated Freshman Experience (LIFE), which houses students who share two courses.';
    expect(programs(text)).toContain('Learning Integrated Freshman Experience');
  });
  // Session 37: a month or season after "Program in" names no field (FIELD_WORD in english-degree-programs.ts).
  it('an English page dating a program with a month after "Program in" (… Program in May)', () => {
    const text = 'She joined the Graduate Research Program in May and will present her work in the fall.';
    expect(programs(text)).toContain('Graduate Research Program');
  });
});
