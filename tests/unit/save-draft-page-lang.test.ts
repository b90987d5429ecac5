import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { saveDraft } from '../../utils/collection/save-draft';
import { openDb } from '../../utils/collection/db';
import { draft } from './factories';

// Session 18: save-draft passes the page's language to the entity finder, so a short German notice, too short for
// its stopwords to say its language, still has its rector found.
const db = openDb('save-draft-page-lang');
afterEach(async () => {
  await db.articles.clear();
});

const notice = 'Rektorin Gesine Walther eröffnete die Tagung.';
const people = async (lang: string) => {
  const { article } = await saveDraft(db, draft(1, { lang, textContent: notice, contentHtml: `<p>${notice}</p>` }));
  return article.entities.filter((e) => e.kind === 'person').map((e) => e.text);
};

it("a German page's rector is found when the page says it is German", async () =>
  expect(await people('de')).toEqual(['Gesine Walther']));
it('the same words on a page declaring nothing are left to the English rules, which find no evidence', async () =>
  expect(await people('')).toEqual([]));
