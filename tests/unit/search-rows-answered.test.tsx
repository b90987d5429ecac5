// Issue #12 (session 65): a keystroke's rows are explained for the query they answer. Until a new query's answer
// is in, the list shows the last answer's rows, and they must not read their articles' texts to explain a match for a
// query they will not show: a trace of a warm search at 10,000 articles had those reads queued before the search's own.
import './dom-globals';
import './i18n-stub';
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Library } from '../../components/Library';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { saveDraft } from '../../utils/collection/save-draft';
import { allByTestId, byTestId, mountEach, type, until } from './render-helpers';
import { draft } from './factories';

const show = mountEach();
let db: ClipsDb;

beforeAll(async () => {
  db = openDb('search-rows-answered');
  for (let k = 1; k <= 3; k++)
    await saveDraft(db, draft(k, { title: `Report ${k}`, textContent: `The dean spoke of fellowship ${k}.` }));
});
afterAll(() => db.delete());

describe('rows while a search is answered', () => {
  it('read no text for a query whose answer is not in yet, and read it once the answer shows them', async () => {
    const root = show(
      <Library db={db} watch={[]} readingId={null} onRead={() => {}} onStatus={() => {}} layout="popup" />,
    );
    await until(() => expect(allByTestId(root, 'article-item')).toHaveLength(3), 10_000);
    const reads = vi.spyOn(db.articles, 'get');
    // A word only the texts hold: no row's card explains it, so a row shown for it reads its text.
    type(byTestId(root, 'search'), 'nomatch');
    await until(() => expect(allByTestId(root, 'article-item')).toHaveLength(0), 10_000);
    expect(reads).not.toHaveBeenCalled();
    type(byTestId(root, 'search'), 'fellowship');
    await until(() => expect(allByTestId(root, 'matched-in')).toHaveLength(3), 10_000);
    expect(reads).toHaveBeenCalledTimes(3);
  });
});
