// Words as people type them (review 31 R10 #2, #3, #8): a possessive (Women’s, women's), a plural or singular
// (grants finds grant, university finds universities), a word written only in a highlight's note, and a credit
// typed with its role (摄影 郭晓雯). The store's writes of notes re-index the article; an index built before is
// rebuilt and then finds a note's word.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveDraft } from '../../utils/collection/save-draft';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { queryTokens, searchWords, singular, TOKENIZER_VERSION } from '../../utils/collection/search-words';
import { wordMatches } from '../../utils/collection/query';
import { indexMatches, scanMatches } from '../../utils/collection/index/index-reader';
import { rebuildIndex } from '../../utils/collection/index/rebuild';
import { fieldsOf } from '../../utils/collection/index/segment-offthread';
import type { IndexState } from '../../utils/collection/index/index-tables';
import { addHighlight, removeHighlight, updateHighlight } from '../../utils/collection/store';
import { toArticle, wordsOf } from '../../utils/collection/stored-article';
import type { Article, Draft } from '../../utils/model/article';
import { draft } from './factories';

/** While set, the words are those of tokenizer 4: no notes, no credit roles. */
const old = vi.hoisted(() => ({ on: false }));
vi.mock('../../utils/collection/search-words', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../utils/collection/search-words')>();
  return {
    ...m,
    get TOKENIZER_VERSION() {
      return old.on ? 4 : m.TOKENIZER_VERSION;
    },
  };
});
vi.mock('../../utils/collection/stored-article', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../utils/collection/stored-article')>();
  return {
    ...m,
    wordsOf: (a: Parameters<typeof m.wordsOf>[0]) =>
      m.wordsOf(old.on ? { ...a, highlights: [], byline: a.byline.map((b) => ({ ...b, role: null })) } : a),
  };
});

let db: ClipsDb;
let n = 0;
beforeEach(() => void (db = openDb(`search-forms-${n++}`)));
afterEach(async () => {
  old.on = false;
  await db.delete();
});

const EN = { host: 'www.ox.ac.uk', name: null, university: 'Oxford' };

async function save(i: number, textContent: string, over: Partial<Draft> = {}): Promise<string> {
  const url = `https://www.ox.ac.uk/story/${i}`;
  const r = await saveDraft(db, draft(i, { url, site: EN, title: `Story ${i}`, textContent, lang: 'en', ...over }));
  return r.article.id;
}

describe('possessives', () => {
  it("a query word with ’s or 's is read as the index reads it", () => {
    expect(queryTokens('Women’s')).toEqual(['women']);
    expect(queryTokens("women's")).toEqual(['women']);
    expect(queryTokens('MIT’s lab')).toEqual(['mit', 'lab']);
    // ’ and ' alike inside a word too.
    expect(queryTokens('O’Brien')).toEqual(queryTokens("o'brien"));
    expect(searchWords('O’Brien spoke')).toContain(queryTokens("O'Brien")[0]);
  });

  it('finds the articles that print it, with either apostrophe', async () => {
    const a = await save(1, 'Women’s Engineering Society honours MIT’s first cohort.');
    await save(2, 'The engineering society met.');
    for (const q of ['Women’s', "women's", 'WOMEN’S', 'women', 'Women’s Engineering'])
      expect(await wordMatches(db, q), q).toEqual(new Set([a]));
    expect(await wordMatches(db, '"women\'s engineering"')).toEqual(new Set([a]));
  });
});

describe('plural and singular', () => {
  it('reduces a plural conservatively to its singular', () => {
    const cases: [string, string][] = [
      ['grants', 'grant'],
      ['universities', 'university'],
      ['classes', 'class'],
      ['churches', 'church'],
      ['boxes', 'box'],
      ['cases', 'case'],
      ['notes', 'note'],
      // Not plurals, or too short to reduce safely (matching is by prefix).
      ['news', 'news'],
      ['arts', 'arts'],
      ['campus', 'campus'],
      ['analysis', 'analysis'],
      ['class', 'class'],
      ['grant', 'grant'],
    ];
    for (const [w, s] of cases) expect(singular(w), w).toBe(s);
  });

  it('a plural finds the singular and the singular finds a plural it is no prefix of', async () => {
    const grant = await save(1, 'A grant of two million dollars will support the new laboratory.');
    const grants = await save(2, 'The team received new grants to expand the work.');
    const unis = await save(3, 'Researchers from several universities joined the project.');
    const uni = await save(4, 'The university announced a fellowship.');
    const both = await save(5, 'Each university grant is reviewed.');
    expect(await wordMatches(db, 'grants')).toEqual(new Set([grant, grants, both]));
    expect(await wordMatches(db, 'grant')).toEqual(new Set([grant, grants, both]));
    expect(await wordMatches(db, 'university')).toEqual(new Set([unis, uni, both]));
    expect(await wordMatches(db, 'universities')).toEqual(new Set([unis, uni, both]));
    expect(await wordMatches(db, 'Universities grants')).toEqual(new Set([both]));
  });

  it('does not widen a short word: news does not find every new', async () => {
    const fresh = await save(1, 'A new laboratory opens.');
    const news = await save(2, 'The news spread quickly.');
    expect(await wordMatches(db, 'news')).toEqual(new Set([news]));
    expect(await wordMatches(db, 'new')).toEqual(new Set([fresh, news]));
  });
});

describe('credits', () => {
  it('a credit typed with its role finds the article', async () => {
    const byline = [
      { name: '郭晓雯', role: '摄影' },
      { name: 'Jane Doe', role: 'Author' },
    ];
    const a = await save(1, '正文', { byline, title: '校园新闻' });
    await save(2, '正文 郭晓雯', { title: '校园新闻' });
    expect(await wordMatches(db, '摄影 郭晓雯')).toEqual(new Set([a]));
    expect(await wordMatches(db, 'author jane')).toEqual(new Set([a]));
  });
});

describe('notes', () => {
  const h = { text: 'Researchers from several universities', createdAt: '2026-01-02T00:00:00Z' };

  it('adding, editing and removing a note re-indexes the article through the store', async () => {
    const a = await save(1, 'Researchers from several universities joined the project.');
    await save(2, 'Nothing here.');
    expect(await wordMatches(db, 'embargo')).toEqual(new Set());
    await addHighlight(db, a, { ...h, note: 'ask Okoro about embargo' });
    expect(await wordMatches(db, 'embargo')).toEqual(new Set([a]));
    expect(await wordMatches(db, '"about embargo"')).toEqual(new Set([a]));
    await updateHighlight(db, a, h, '稿件待复核，联系宣传部蔡老师');
    expect(await wordMatches(db, 'embargo')).toEqual(new Set());
    // Three characters: confirmed against the note's text (hasPhrases).
    expect(await wordMatches(db, '蔡老师')).toEqual(new Set([a]));
    expect(await wordMatches(db, '盧建軍 蔡老師')).toEqual(new Set());
    await removeHighlight(db, a, h);
    expect(await wordMatches(db, '蔡老师')).toEqual(new Set());
    // The index agrees with a scan of the articles.
    expect(await scanMatches(db, queryTokens('蔡老师'))).toEqual(new Set());
  });

  it('an index built before notes were indexed is rebuilt, and then finds a note word', async () => {
    old.on = true;
    const a = await save(1, 'Researchers from several universities joined the project.');
    await addHighlight(db, a, { ...h, note: 'ask Okoro about embargo' });
    await save(2, 'Nothing here.');
    expect((await indexMatches(db, queryTokens('embargo'))).ids).toEqual(new Set());
    old.on = false;
    expect(((await db.table('indexState').get('state')) as IndexState).tokenizer).toBe(4);
    // Until rebuilt, search scans the articles with today's words.
    expect(await indexMatches(db, queryTokens('embargo'))).toEqual({ ids: new Set([a]), state: 'indexing' });
    await rebuildIndex(db);
    expect(((await db.table('indexState').get('state')) as IndexState).tokenizer).toBe(TOKENIZER_VERSION);
    expect(await indexMatches(db, queryTokens('embargo'))).toEqual({ ids: new Set([a]), state: 'ready' });
    expect(await wordMatches(db, 'embargo')).toEqual(new Set([a]));
  });

  it('the fields an import sends its segment worker give the article its words, notes included', async () => {
    const id = await save(1, 'Body.', { byline: [{ name: '郭晓雯', role: '摄影' }] });
    await addHighlight(db, id, { ...h, note: '待复核' });
    const a: Article = toArticle((await db.articles.get(id))!);
    expect(wordsOf(fieldsOf(a)).sort()).toEqual(wordsOf(a).sort());
    expect(wordsOf(fieldsOf(a))).toContain('复核');
  });
});

describe('a standfirst the text leaves out (session 40)', () => {
  it('is found by its words, as the excerpt, and an import indexes it as a clip does', async () => {
    const dek = 'Study finds treated wastewater is a major pathway for synthetic fibres';
    const a = await save(1, 'Microplastic pollution in the St. Lawrence River is higher downstream.', { excerpt: dek });
    await save(2, 'Microplastic pollution elsewhere.');
    expect(await wordMatches(db, 'wastewater')).toEqual(new Set([a]));
    expect(await wordMatches(db, '"synthetic fibres"')).toEqual(new Set([a]));
    const stored: Article = toArticle((await db.articles.get(a))!);
    expect(wordsOf(fieldsOf(stored))).toContain('wastewater');
  });
  it('names printed only in it are the article’s key names', async () => {
    const r = await saveDraft(
      db,
      draft(3, {
        excerpt: '党委书记卢建军出席仪式并讲话',
        textContent: '仪式在学校举行，师生代表参加。',
        lang: 'zh-CN',
      }),
    );
    expect(r.article.entities.map((e) => e.text)).toContain('卢建军');
  });
});
