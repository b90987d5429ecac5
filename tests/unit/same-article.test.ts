// The one rule of "the same article": tracking parameters never make a page another article, and the lookup is
// by the stored address keys (clip and import alike).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addressKeys, findSame, withoutTracking } from '../../utils/collection/same-article';
import { saveDraft } from '../../utils/collection/save-draft';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { exportParts } from '../../utils/collection/export-json';
import { importCollection } from '../../utils/collection/import-json';
import { searchArticles } from '../../utils/collection/query';
import { win } from './import-window';
import { draft } from './factories';

const A = 'http://news.xjtu.edu.cn/info/1033/140512.htm';

describe('withoutTracking', () => {
  it.each([
    [`${A}?utm_source=wechat&utm_medium=social`, A],
    [`${A}?from=timeline&isappinstalled=0`, A],
    [`${A}?spm=a2c4g.11186623.0.0`, A],
    [`${A}?fbclid=IwAR0x&gclid=Cj0K`, A],
    [`${A}?mc_cid=1&mc_eid=2`, A],
    [`${A}?scene=1&clicktime=1700000000&enterid=1700000000`, A],
    [`${A}?UTM_Campaign=x`, A],
    // Other parameters stay, as written and in their order.
    [`${A}?id=7&utm_source=x&page=2`, `${A}?id=7&page=2`],
    [`${A}?q=a%20b&from=rss`, `${A}?q=a%20b`],
    [`${A}?q=a+b`, `${A}?q=a+b`],
    // The fragment is not a parameter.
    [`${A}?utm_source=x#p3`, `${A}#p3`],
  ])('%s → %s', (url, clean) => {
    expect(withoutTracking(url)).toBe(clean);
  });

  it('keeps parameters that name the page, even ones that merely contain a tracking name', () => {
    for (const url of [`${A}?wbnewsid=3`, `${A}?fromid=2`, `${A}?from_page=1`, 'http://x.edu/c.jsp?urltype=news'])
      expect(withoutTracking(url)).toBe(url);
  });

  it('leaves a string that is no URL as it is', () => {
    expect(withoutTracking('not a url?utm_source=x')).toBe('not a url?utm_source=x');
  });
});

describe('addressKeys', () => {
  it('are the URL and the same-site canonical URL, without tracking parameters, once each', () => {
    expect(addressKeys(`${A}?from=rss`, A)).toEqual([A]);
    expect(addressKeys('http://news.xjtu.edu.cn/x.htm?utm_source=a', `${A}?utm_medium=b`)).toEqual([
      'http://news.xjtu.edu.cn/x.htm',
      A,
    ]);
    // A canonical URL on another site is no address of this article.
    expect(addressKeys('http://news.attacker.edu/x.htm', A)).toEqual(['http://news.attacker.edu/x.htm']);
  });
});

describe('clip and import find the same article whatever its tracking parameters', () => {
  let db: ClipsDb;
  let n = 0;
  beforeEach(() => {
    db = openDb(`same-${n++}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('a re-clip with utm_* or from= updates the article clipped first and keeps its first URL', async () => {
    const first = await saveDraft(db, draft(1, { url: `${A}?from=timeline` }));
    const again = await saveDraft(db, draft(1, { url: `${A}?utm_source=x`, views: 99 }));
    const plain = await saveDraft(db, draft(1, { url: A }));
    expect([first.created, again.created, plain.created]).toEqual([true, false, false]);
    expect(await db.articles.count()).toBe(1);
    expect((await db.articles.get(first.article.id))!).toMatchObject({ url: `${A}?from=timeline`, views: 1 });
    expect((await findSame(db, `${A}?spm=1.2`, null))?.id).toBe(first.article.id);
  });

  it('a page whose canonical URL carries tracking is the same as the clean address', async () => {
    const { article } = await saveDraft(
      db,
      draft(1, { url: 'http://news.xjtu.edu.cn/m/1.htm', canonicalUrl: `${A}?from=rss` }),
    );
    expect((await findSame(db, A, null))?.id).toBe(article.id);
  });

  it('different articles stay apart: a parameter that is not tracking makes another page', async () => {
    await saveDraft(db, draft(1, { url: 'http://news.xjtu.edu.cn/show.jsp?id=1&utm_source=x' }));
    await saveDraft(db, draft(2, { url: 'http://news.xjtu.edu.cn/show.jsp?id=2&utm_source=x' }));
    expect(await db.articles.count()).toBe(2);
  });

  it('an import of the same article at a tracking URL merges into the clipped one', async () => {
    const { article } = await saveDraft(db, draft(1, { url: A }), new Date('2026-01-01'));
    const file = exportParts(
      [{ ...article, id: 'other-id', url: `${A}?utm_source=newsletter`, tags: ['从邮件'] }],
      new Date('2026-02-01'),
    ).join('');
    const r = await importCollection(db, file, new Date('2026-02-01'), { win });
    expect(r).toMatchObject({ ok: true, added: 0, merged: 1 });
    expect((await searchArticles(db, '')).map((a) => [a.id, a.tags])).toEqual([[article.id, ['从邮件']]]);
  });
});
