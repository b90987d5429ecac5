// Search across Chinese scripts: a page printed in traditional characters is found by a name typed in simplified,
// and the other way round, through the index, the scan that stands in for it while it is rebuilt, and the check of
// names of three or more characters against the stored text.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveDraft } from '../../utils/collection/save-draft';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { queryTokens } from '../../utils/collection/search-words';
import { wordMatches } from '../../utils/collection/query';
import { scanMatches } from '../../utils/collection/index/index-reader';
import { draft } from './factories';

let db: ClipsDb;
let n = 0;
beforeEach(() => void (db = openDb(`search-traditional-${n++}`)));
afterEach(() => db.delete());

async function save(i: number, title: string, textContent: string): Promise<string> {
  const r = await saveDraft(
    db,
    draft(i, { url: `https://www.hku.hk/press/news_detail_${i}.html`, title, textContent }),
  );
  return r.article.id;
}

describe('search across simplified and traditional Chinese', () => {
  it('finds a Hong Kong page by a simplified name and a mainland page by a traditional one', async () => {
    const hk = await save(1, '香港大學舉行畢業典禮', '香港大學校長張翔教授出席典禮。張翔表示，學校將推出新計劃。');
    const cn = await save(2, '西安交通大学召开会议', '党委书记卢建军主持会议，强调“6352”工程。');
    await save(3, 'Climate Project update', 'Provost Jane Doe spoke.');
    expect(await wordMatches(db, '张翔')).toEqual(new Set([hk]));
    expect(await wordMatches(db, '香港大学')).toEqual(new Set([hk]));
    expect(await wordMatches(db, '盧建軍')).toEqual(new Set([cn]));
    expect(await wordMatches(db, '“6352”工程 會議')).toEqual(new Set([cn]));
    // As printed still finds it, and a name neither page holds finds nothing.
    expect(await wordMatches(db, '張翔')).toEqual(new Set([hk]));
    expect(await wordMatches(db, '張三豐')).toEqual(new Set());
  });
  it('a three-character name is confirmed against the text in either script, not matched by its halves', async () => {
    // 卢建 and 建军 apart: the bigrams match, the name does not.
    const apart = await save(1, '會議紀要', '盧建國出席；李建軍發言。');
    const whole = await save(2, '會議紀要', '黨委書記盧建軍主持會議。');
    expect(await wordMatches(db, '卢建军')).toEqual(new Set([whole]));
    expect((await scanMatches(db, queryTokens('卢建军'))).has(apart)).toBe(true);
  });
  it('the scan that answers while the index is rebuilt folds the same way', async () => {
    const hk = await save(1, '香港大學新聞', '張翔教授出席典禮。');
    expect(await scanMatches(db, queryTokens('张翔教授'))).toEqual(new Set([hk]));
  });
});
