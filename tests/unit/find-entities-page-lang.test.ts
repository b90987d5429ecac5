import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/entities/find-entities';
import { readsAsOtherLatin } from '../../utils/entities/latin-people-cues';

// Session 18: the page's language (Draft.lang) is passed to findEntities as save-draft passes it; the text's
// stopwords decide only when it is empty or generic ("en", what the extractor says of a page declaring nothing).
const people = (text: string, lang?: string) =>
  findEntities(text, { lang })
    .filter((e) => e.kind === 'person')
    .map((e) => e.text);

// A German caption too short for its stopwords to say its language.
const SHORT_GERMAN = 'Rektorin Gesine Walther eröffnete die Tagung.';
const LONG_GERMAN =
  'Die Hochschule hat einen neuen Studiengang eröffnet. Rektorin Gesine Walther sprach bei der Feier über die Pläne der Fakultät und dankte den Studierenden für die Geduld, die sie mit dem Umbau hatten.';

describe("the page's language decides which rules read the text", () => {
  it('a short German page declared de is read by the German cues', () =>
    expect(people(SHORT_GERMAN, 'de')).toEqual(['Gesine Walther']));
  it('a region subtag counts (de-AT)', () => expect(people(SHORT_GERMAN, 'de-AT')).toEqual(['Gesine Walther']));
  it('without a language, the short text is left to the English rules, which find no evidence', () =>
    expect(people(SHORT_GERMAN)).toEqual([]));
  it('a German page a template declares "en" falls back to its stopwords', () =>
    expect(people(LONG_GERMAN, 'en')).toEqual(['Gesine Walther']));
  it('a Chinese page is not read by the Latin-script cues', () => {
    expect(readsAsOtherLatin(LONG_GERMAN, 'zh-CN')).toBe(false);
    expect(readsAsOtherLatin(LONG_GERMAN, '')).toBe(true);
  });
});
