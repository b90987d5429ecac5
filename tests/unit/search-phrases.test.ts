// Search confirms what bigrams and words cannot: a Chinese name of 3+ characters and a quoted phrase must appear
// as they stand (issue #12: "phrases and 3+ character names are confirmed against the stored text").
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveDraft } from '../../utils/collection/save-draft';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { queryPhrases } from '../../utils/collection/search-words';
import { wordMatches } from '../../utils/collection/query';
import { draft } from './factories';

let db: ClipsDb;
let n = 0;
beforeEach(() => void (db = openDb(`phrases-${n++}`)));
afterEach(() => db.delete());

const save = (i: number, textContent: string, title = `第${i}篇`) =>
  saveDraft(db, draft(i, { url: `http://news.xjtu.edu.cn/info/${i}.htm`, title, textContent }));

async function ids(query: string): Promise<string[]> {
  const found = await wordMatches(db, query);
  const urls = await db.articles.bulkGet([...(found ?? [])]);
  return urls.map((a) => a!.url.replace(/.*\/(\d+)\.htm$/, '$1')).sort();
}

describe('the parts of a query tokens cannot vouch for', () => {
  it('Han runs of three or more characters, and quoted phrases, lower-cased with spaces collapsed', () => {
    expect(queryPhrases('卢建军')).toEqual(['卢建军']);
    expect(queryPhrases('卢建 书记')).toEqual([]);
    expect(queryPhrases('"Climate   Project" MIT')).toEqual(['climate project']);
    expect(queryPhrases('“未来技术学院” 2024')).toEqual(['未来技术学院']);
    expect(queryPhrases('climate project')).toEqual([]);
  });
});

describe('search confirms names and phrases against the text', () => {
  it('a three-character name is not found in a text holding its bigrams apart', async () => {
    await save(1, '党委书记卢建军主持会议。');
    await save(2, '卢建华参加建军节纪念活动。'); // 卢建 and 建军, but not 卢建军
    expect(await ids('卢建军')).toEqual(['1']);
    // Two characters: bigrams are the whole name, nothing to confirm.
    expect(await ids('建军')).toEqual(['1', '2']);
  });

  it('a quoted phrase needs its words side by side; unquoted, any order will do', async () => {
    await save(1, 'MIT launched the Climate Project this spring.');
    await save(2, 'The project studies climate over decades.');
    // In the text only (no key name, not the title): confirmed from the stored text, not the card.
    await save(3, 'members of the climate project met on tuesday.');
    expect(await ids('"climate project"')).toEqual(['1', '3']);
    expect(await ids('climate project')).toEqual(['1', '2', '3']);
  });

  it('the phrase may be in the title, in either Chinese script (folded to simplified on both sides)', async () => {
    await save(1, '內容', '香港中文大學舉行畢業典禮');
    await save(2, '香港中文大学举行毕业典礼');
    await save(3, '香港大学举行毕业典礼');
    expect((await ids('中文大學')).sort()).toEqual(['1', '2']);
    expect((await ids('中文大学')).sort()).toEqual(['1', '2']);
  });
});
