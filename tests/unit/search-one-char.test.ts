// A one-character Chinese query (a surname, 校, 港) finds every article holding the character, also where it
// ends a run of Han text (翔 of 张翔); review 28 R1 #2. An index written by the tokenizer before this is rebuilt.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveDraft } from '../../utils/collection/save-draft';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { queryTokens, searchWords, TOKENIZER_VERSION } from '../../utils/collection/search-words';
import { wordMatches } from '../../utils/collection/query';
import { indexMatches } from '../../utils/collection/index/index-reader';
import { rebuildIndex } from '../../utils/collection/index/rebuild';
import type { IndexState } from '../../utils/collection/index/index-tables';
import { draft } from './factories';

/** While set, the tokenizer is the one before version 4: no run's last character of its own. */
const old = vi.hoisted(() => ({ on: false }));
vi.mock('../../utils/collection/search-words', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../utils/collection/search-words')>();
  const HAN = /^\p{Script=Han}$/u;
  const oldWordSet = (text: string, out = new Set<string>()) => {
    const runs = new Set(text.match(/\p{Script=Han}+/gu) ?? []);
    for (const w of m.searchWordSet(text)) if (!HAN.test(w) || runs.has(w)) out.add(w);
    return out;
  };
  return {
    ...m,
    get TOKENIZER_VERSION() {
      return old.on ? 3 : m.TOKENIZER_VERSION;
    },
    searchWordSet: (text: string, out?: Set<string>) => (old.on ? oldWordSet(text, out) : m.searchWordSet(text, out)),
  };
});

const HAN_RUN = /\p{Script=Han}+/gu;
/** Whether the words of a text answer a query's tokens, as the index does (prefix of some word). */
const finds = (words: string[], query: string) => queryTokens(query).every((t) => words.some((w) => w.startsWith(t)));

describe('the words of a text', () => {
  it('find each character and each pair of characters of every Han run, at its start, middle and end', () => {
    const text = fc.string({
      unit: fc.constantFrom(...'张翔張卢建军校港大學学，。 ab𠀋'.split(/(?:)/u)),
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, (t) => {
        const words = searchWords(t);
        for (const [run] of t.matchAll(HAN_RUN)) {
          const chars = [...run];
          chars.forEach((c, i) => {
            expect(finds(words, c), `${c} in ${t}`).toBe(true);
            if (i) expect(finds(words, chars[i - 1]! + c), `${chars[i - 1]}${c} in ${t}`).toBe(true);
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a query keeps its bigrams only: a run of two or more adds no single character to look up', () => {
    expect(queryTokens('张翔')).toEqual(['张翔']);
    expect(queryTokens('翔')).toEqual(['翔']);
    expect(searchWords('本次会议由张翔。')).toContain('翔');
  });
});

let db: ClipsDb;
let n = 0;
beforeEach(() => void (db = openDb(`one-char-${n++}`)));
afterEach(async () => {
  old.on = false;
  await db.delete();
});

async function save(i: number, title: string, textContent: string): Promise<string> {
  const r = await saveDraft(db, draft(i, { url: `http://news.xjtu.edu.cn/info/${i}.htm`, title, textContent }));
  return r.article.id;
}

describe('one-character search', () => {
  it('finds the character where it ends a run, in either script', async () => {
    const a = await save(1, 'Story 1: 张翔 speaks', 'Provost spoke.');
    const b = await save(2, '单字检索测试', '本次会议由张翔。');
    const c = await save(3, '香港大學', '張翔出席。');
    await save(4, '无关', '卢建军主持会议。');
    expect(await wordMatches(db, '翔')).toEqual(new Set([a, b, c]));
    expect(await wordMatches(db, '翔 speaks')).toEqual(new Set([a]));
  });

  it('an index of the tokenizer before is rebuilt, and finds the character after', async () => {
    old.on = true;
    const a = await save(1, '单字检索测试', '本次会议由张翔。');
    const b = await save(2, '香港大學', '張翔出席。');
    // What the old tokenizer indexed: 翔 only where it starts a bigram.
    expect(await wordMatches(db, '翔')).toEqual(new Set([b]));
    old.on = false;
    // The stored index records version 3: search answers from the articles until it is rebuilt.
    expect(((await db.table('indexState').get('state')) as IndexState).tokenizer).toBe(3);
    const scanned = await indexMatches(db, queryTokens('翔'));
    expect(scanned).toEqual({ ids: new Set([a, b]), state: 'indexing' });
    await rebuildIndex(db);
    expect(((await db.table('indexState').get('state')) as IndexState).tokenizer).toBe(TOKENIZER_VERSION);
    expect(await indexMatches(db, queryTokens('翔'))).toEqual({ ids: new Set([a, b]), state: 'ready' });
  });
});
