import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

// Session 20 (issue #11): kept because it lifted the check set's English program precision with recall kept
// (docs/extraction.md, "Names, session 20"). Made-up texts; each test names the page class it serves.
const programs = (text: string) => namesOfKind(text, 'program');

describe('English program names that are ordinary words in title case', () => {
  it.each([
    [
      'a lab news page with a section heading (Research Project)',
      'Research Project\nThe team began the research project in May with two graduate students.',
      'Research Project',
    ],
    [
      'a department page on exchanges (Student Exchange Program)',
      'Student Exchange Program\nEvery student may join an exchange program for one term abroad.',
      'Student Exchange Program',
    ],
  ])('%s: no program', (_, text, name) => expect(programs(text)).not.toContain(name));
  it.each([
    [
      'a funder named by words the text also uses (the New Opportunities Fund)',
      'The New Opportunities Fund paid for new computers in every library.',
      'New Opportunities Fund',
    ],
    [
      'a named field after the program word (Interdisciplinary Program in Archaeology)',
      'The Interdisciplinary Program in Archaeology offers an interdisciplinary degree in archaeology.',
      'Interdisciplinary Program in Archaeology',
    ],
    [
      'a climate news page naming its initiative (Climate Project) beside climate change',
      'The Climate Project funds research on climate change and climate adaptation.',
      'Climate Project',
    ],
  ])('%s: still a program', (_, text, name) => expect(programs(text)).toContain(name));
});
