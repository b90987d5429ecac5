// Detection rules for pages on university hosts that are not news articles and were called articles on unseen
// sites (issue #11), each on a small authored snippet named after its class (continues the detection part of
// tests/unit/unseen-page-classes.test.ts, past its size).
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { notArticleTitle } from '../../utils/detection/page-kind';
import { EN_BODY } from './unseen-page-snippets';

const detect = (html: string, url: string) =>
  detectArticle(
    new JSDOM(`<!DOCTYPE html>${html}`, { url }).window.document,
    url,
    new Date('2026-11-23'),
    isAcademicHost,
  );
const STORY = (title: string) => `<title>${title}</title><h2>${title}</h2><p>Tuesday, April 19, 2005</p>${EN_BODY}`;

describe('forum and mailing-list archive posts', () => {
  it('a reply ("Re: …" in <title>) is a forum message, settled from the <title> alone', () => {
    expect(detect(STORY('Re: housing question'), 'http://www.example.edu/forum/messages/123.html').reasons).toEqual([
      'forum',
    ]);
    expect(notArticleTitle('Re: housing question')).toBe('forum');
  });
  it('a first post, with the archive’s "In Reply to" / "Follow Ups" / "Post a Followup" controls', () => {
    const post =
      `<title>housing question</title><h1>housing question</h1><p>Posted by jdoe on April 19, 2005 at 10:15:22</p>` +
      `${EN_BODY}<hr><b>Follow Ups:</b><ul><li><a href="/2">Re: housing question</a></li></ul>` +
      `<hr><b>Post a Followup</b><form><input name="name"></form>`;
    expect(detect(post, 'http://www.example.edu/forum/messages/122.html').reasons).toEqual(['forum']);
  });
  it('a headline that only mentions a reply is still an article', () => {
    expect(detect(STORY('Researchers reply to critics'), 'https://news.example.edu/2005/04/reply').isArticle).toBe(
      true,
    );
  });
});

describe('course pages', () => {
  it.each(['CS 101: Introduction to Programming', 'ECON 3010 - Principles of Economics', 'MATH 221a Calculus'])(
    '"%s": a course code opens the <title>',
    (title) => expect(detect(STORY(title), 'https://www.example.edu/courses/x/').reasons).toEqual(['course page']),
  );
  it.each([
    'FY 2024 Budget Approved',
    'COVID 19 Update for Students',
    'Class of 2025 Graduates',
    'Top 100 Innovators Named',
  ])('"%s" is no course code: still an article', (title) =>
    expect(detect(STORY(title), 'https://news.example.edu/2005/04/story').reasons).not.toContain('course page'),
  );
});

describe('headlines with the word "Update"', () => {
  it('"Budget Update for Students" over a dated text is an article: the noun introduces no edit date', () => {
    expect(detect(STORY('Budget Update for Students'), 'https://news.example.edu/story/7').isArticle).toBe(true);
  });
  it('"Last update: …" on a maintained page still dates nothing', () => {
    const page = `<title>Library Services</title><h1>Library Services</h1><p>Last update: April 19, 2005</p>${EN_BODY}`;
    expect(detect(page, 'https://lib.example.edu/services/help').reasons).toEqual(['no date']);
  });
});
