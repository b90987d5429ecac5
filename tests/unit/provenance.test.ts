// Provenance is structured data: extraction says where each field came from, detection reasons on it, and the
// review says it in the user's language (issue #13: English strings used to appear in the Chinese UI).
import './i18n-stub';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { describeSource } from '../../components/ClipReview';
import type { FieldSource } from '../../utils/model/article';
import { extractArticle } from '../../utils/extraction/extract-article';
import { datePrintedNearHeadline, headlineMatchesTitle } from '../../utils/extraction/provenance';

const EVERY_KIND: FieldSource[] = [
  { kind: 'labelled', label: '发布时间：' },
  { kind: 'labelled', label: null },
  { kind: 'meta', name: 'og:title' },
  { kind: 'element', tag: 'h1', how: 'matches-title' },
  { kind: 'element', tag: 'h2', how: 'resembles-title' },
  { kind: 'element', tag: 'h1', how: 'first-h1' },
  { kind: 'element', tag: 'b', how: 'first-heading' },
  { kind: 'element', tag: 'td', how: 'line-before-body' },
  { kind: 'time-element' },
  { kind: 'itemprop' },
  { kind: 'json-ld' },
  { kind: 'url' },
  { kind: 'dateline', where: 'near-headline' },
  { kind: 'dateline', where: 'first-paragraph' },
  { kind: 'dateline', where: 'after-body' },
  { kind: 'issue-month' },
  { kind: 'title-tag', suffixCut: true },
  { kind: 'title-tag', suffixCut: false },
  { kind: 'readability' },
  { kind: 'body-first-line' },
  { kind: 'logo-alt' },
];

function speak(messages: Record<string, { message: string }>) {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n) => list[Number(n) - 1] ?? '');
  }) as never);
}

describe('describeSource', () => {
  afterEach(() => speak(en));

  it('says every kind of source in Chinese, with no English words but the page’s own tag names', () => {
    speak(zh);
    for (const s of EVERY_KIND) {
      const said = describeSource(s).replace(/<\w+>|JSON-LD|schema\.org|datePublished|Readability|og:title/g, '');
      expect(said, JSON.stringify(s)).not.toMatch(/[A-Za-z]{3,}/);
      expect(said.length, JSON.stringify(s)).toBeGreaterThan(1);
    }
  });

  it('says every kind of source in English, keeping the printed label as printed', () => {
    speak(en);
    for (const s of EVERY_KIND) expect(describeSource(s), JSON.stringify(s)).toMatch(/[a-z]{3,}/);
    expect(describeSource({ kind: 'labelled', label: '发布时间：' })).toBe('the label “发布时间：”');
  });

  it('has a distinct wording for each distinct source', () => {
    const said = EVERY_KIND.map(describeSource);
    expect(new Set(said).size).toBe(said.length);
  });
});

describe('extraction reports structured provenance', () => {
  const html = `<html><head><title>学校举行创新大会-西安交通大学新闻网</title></head><body>
    <h1>学校举行创新大会</h1><div>发布时间：2021-04-08 23:00 浏览次数：35</div>
    <div><p>${'4月8日，学校举行创新大会，会议由校长主持，与会代表进行了交流，并就人才培养展开讨论。'.repeat(5)}</p></div>
    </body></html>`;

  it('names the label, the heading and how it was chosen', () => {
    const dom = new JSDOM(html, { url: 'http://news.xjtu.edu.cn/info/1033/1.htm' });
    const r = extractArticle(
      dom.window.document,
      dom.window.location.href,
      new Date('2026-11-23'),
      dom.window as never,
    );
    if (!r.ok) throw new Error(r.error);
    const p = r.draft.provenance!;
    expect(p.title).toEqual({ kind: 'element', tag: 'h1', how: 'matches-title' });
    expect(p.publishedAt).toEqual({ kind: 'labelled', label: '发布时间：' });
    expect(p.siteName).toEqual({ kind: 'title-tag', suffixCut: true });
    expect(headlineMatchesTitle(p.title!)).toBe(true);
    expect(datePrintedNearHeadline(p.publishedAt!)).toBe(true);
  });

  it('a date from the URL or a meta tag is not printed beside the headline', () => {
    expect(datePrintedNearHeadline({ kind: 'url' })).toBe(false);
    expect(datePrintedNearHeadline({ kind: 'meta', name: 'pubdate' })).toBe(false);
    expect(datePrintedNearHeadline({ kind: 'dateline', where: 'first-paragraph' })).toBe(false);
    expect(headlineMatchesTitle({ kind: 'element', tag: 'h1', how: 'first-h1' })).toBe(false);
  });
});
