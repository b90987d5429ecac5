// The export's two descriptions agree: docs/export.schema.json (for other tools) and the valibot schema import
// uses (utils/collection/export-schema.ts). The same files are valid, or invalid, under both.
import Ajv2020 from 'ajv/dist/2020';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import jsonSchema from '../../docs/export.schema.json';
import { ArticleSchema, FileSchema, FollowsSchema } from '../../utils/collection/export-schema';
import { EXPORT_FORMAT, EXPORT_VERSION, IMPORTABLE_VERSIONS } from '../../utils/collection/export-json';

const validate = new Ajv2020({ strict: false }).compile(jsonSchema);

const article = {
  id: 'a1',
  url: 'http://news.xjtu.edu.cn/info/1033/140512.htm',
  canonicalUrl: null,
  site: { host: 'news.xjtu.edu.cn', name: '西安交通大学新闻网', university: '西安交通大学' },
  title: '学校召开2021年实验室安全工作会议',
  publishedAt: '2021-04-08T23:00:00+08:00',
  byline: [{ name: '王海', role: '编辑' }],
  source: '党委宣传部',
  views: 9906,
  lang: 'zh',
  excerpt: '',
  contentHtml: '<p>正文</p>',
  textContent: '正文',
  attachments: [{ name: '表.docx', url: 'http://news.xjtu.edu.cn/a.docx' }],
  tags: ['交大要闻'],
  entities: [{ text: '卢建军', kind: 'person', role: '党委书记', count: 2 }],
  highlights: [{ text: '正文', note: null, createdAt: '2026-11-23T19:00:00.000Z' }],
  clippedAt: '2026-11-23T19:00:00.000Z',
  updatedAt: '2026-11-23T19:00:00.000Z',
};
const hl = article.highlights[0]!;
const version = {
  title: '学校召开实验室安全会议',
  publishedAt: '2021-04-08',
  byline: [{ name: '王海', role: null }],
  source: null,
  views: 12,
  contentHtml: '<p>旧正文</p>',
  textContent: '旧正文',
  savedAt: '2026-11-20T19:00:00.000Z',
  replacedAt: '2026-11-23T19:00:00.000Z',
};
const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));
const file = (a: Record<string, unknown>) => ({
  format: EXPORT_FORMAT,
  version: EXPORT_VERSION,
  exportedAt: '2026-11-23T19:00:00.000Z',
  articles: [a],
});
const withField = (k: string, value: unknown) => file({ ...article, [k]: value });
const without = (k: string) => file(Object.fromEntries(Object.entries(article).filter(([key]) => key !== k)));

/** Valid under the valibot schema: the file shape, its format and version, and every article. */
function valibotAccepts(f: ReturnType<typeof file> & { follows?: unknown }): boolean {
  const shape = v.safeParse(FileSchema, f);
  if (!shape.success || shape.output.format !== EXPORT_FORMAT || !IMPORTABLE_VERSIONS.includes(shape.output.version))
    return false;
  if (f.follows !== undefined && !v.safeParse(FollowsSchema, f.follows).success) return false;
  return shape.output.articles.every((a) => v.safeParse(ArticleSchema, a).success);
}

describe('export schema: JSON Schema and valibot agree', () => {
  it.each([
    ['a full article', file(article), true],
    ['only url and title', file({ url: article.url, title: article.title }), true],
    ['a date without a time', withField('publishedAt', '2021-04-08'), true],
    ['a month-precision date', withField('publishedAt', '2000-07'), true],
    ['no publication date', withField('publishedAt', null), true],
    ['an https canonical address', withField('canonicalUrl', 'https://news.xjtu.edu.cn/a.htm'), true],
    ['no url', without('url'), false],
    ['no title', without('title'), false],
    ['a blank title', withField('title', '   '), false],
    ['a javascript: url', withField('url', 'javascript:alert(1)'), false],
    ['a url with no host', withField('url', 'http://'), false],
    ['a javascript: canonical address', withField('canonicalUrl', 'javascript:alert(1)'), false],
    ['a data: attachment', withField('attachments', [{ name: 'x', url: 'data:text/html,<script>' }]), false],
    ['an impossible date', withField('publishedAt', '9999-99-99T99:99'), false],
    ['a year out of range', withField('clippedAt', '+275760-09-13T00:00:00.000Z'), false],
    ['an updatedAt that is no date', withField('updatedAt', '~~~'), false],
    ['negative views', withField('views', -1), false],
    ['fractional views', withField('views', 1.5), false],
    ['an unknown entity kind', withField('entities', [{ text: 'x', kind: 'place', count: 1 }]), false],
    ['another format', { ...file(article), format: 'other' }, false],
    ['another version', { ...file(article), version: 99 }, false],
    ['version 1, which still imports', { ...file(article), version: 1 }, true],
    ['version 2, which still imports', { ...file(article), version: 2 }, true],
    ['an article with an earlier version', withField('versions', [version]), true],
    [
      'an earlier version with only its title and times',
      withField('versions', [pick(version, ['title', 'savedAt', 'replacedAt'])]),
      true,
    ],
    ['an earlier version without a title', withField('versions', [{ ...version, title: ' ' }]), false],
    ['an earlier version without savedAt', withField('versions', [pick(version, ['title', 'replacedAt'])]), false],
    ['an earlier version with a bad date', withField('versions', [{ ...version, publishedAt: '2021-13-01' }]), false],
    ['an earlier version with negative views', withField('versions', [{ ...version, views: -3 }]), false],
    ['versions that are not a list', withField('versions', version), false],
    ['a highlight of the second of equal passages', withField('highlights', [{ ...hl, occurrence: 1 }]), true],
    ['a highlight with a negative occurrence', withField('highlights', [{ ...hl, occurrence: -1 }]), false],
    ['a highlight with a fractional occurrence', withField('highlights', [{ ...hl, occurrence: 0.5 }]), false],
    [
      'a highlight whose note was edited',
      withField('highlights', [{ ...hl, noteAt: '2026-11-24T08:00:00.000Z' }]),
      true,
    ],
    ['a highlight with a note time not a time', withField('highlights', [{ ...hl, noteAt: 'yesterday' }]), false],
    [
      'the fields the user corrected, with the page values',
      withField('corrected', {
        title: '页面标题',
        'site.name': null,
        views: 321,
        byline: [{ name: '王海', role: null }],
      }),
      true,
    ],
    ['no field corrected', withField('corrected', {}), true],
    ['a corrected field that cannot be corrected', withField('corrected', { textContent: '正文' }), false],
    ['a corrected title the page left empty', withField('corrected', { title: ' ' }), false],
    ['a corrected count that is not a count', withField('corrected', { views: -1 }), false],
    ['a corrected date that is not a date', withField('corrected', { publishedAt: '2021-13-01' }), false],
    ['a corrected source that is not text', withField('corrected', { source: 5 }), false],
    ['corrected fields as a list (a shape never released)', withField('corrected', ['title']), false],
    [
      'an earlier version with its site details',
      withField('versions', [{ ...version, site: { name: '新闻网', university: null } }]),
      true,
    ],
    [
      'an earlier version whose site name is not text',
      withField('versions', [{ ...version, site: { name: 5 } }]),
      false,
    ],
    [
      'a followed column',
      {
        ...file(article),
        follows: [
          {
            url: 'http://news.xjtu.edu.cn/jdyw.htm',
            name: '交大要闻',
            followedAt: '2026-11-23T08:00:00.000Z',
            seen: [],
          },
        ],
      },
      true,
    ],
    [
      'a followed column with a javascript: address',
      {
        ...file(article),
        follows: [{ url: 'javascript:alert(1)', name: 'x', followedAt: '2026-11-23T08:00:00.000Z' }],
      },
      false,
    ],
  ])('%s', (_name, f, valid) => {
    expect(validate(f), JSON.stringify(validate.errors)).toBe(valid);
    expect(valibotAccepts(f as ReturnType<typeof file>)).toBe(valid);
  });
});
