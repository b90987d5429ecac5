import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { leadBeforeBody, linesAfterHeadline } from '../../utils/extraction/lead-before-body';

const page = (between: string) => {
  const doc = new JSDOM(
    `<body><h1>Headline of the story</h1>${between}<p>The body starts here and goes on for a while.</p></body>`,
  ).window.document;
  return leadBeforeBody(linesAfterHeadline(doc, doc.querySelector('h1')), 'Thebodystartsher');
};

describe('leadBeforeBody', () => {
  it.each([
    ['a subtitle line', '<p><em>A subtitle that says more</em></p>', 'A subtitle that says more'],
    [
      'a labelled summary on its own line',
      '<h3>Executive Summary:</h3><p>Researchers model the software wars between two camps.</p>',
      'Researchers model the software wars between two camps.',
    ],
    [
      'a Chinese summary',
      '<p>摘要：学校举行创新工程启动大会，发布“6352”工程。</p>',
      '学校举行创新工程启动大会，发布“6352”工程。',
    ],
    ['a byline', '<p>By Jane Doe and Sam Lee</p>', null],
    ['a date line', '<p>April 12, 2025</p>', null],
    ['a meta line', '<p>日期：2021-04-08 23:00 浏览次数：9906</p>', null],
    ['several lines (sidebars, credits)', '<p>Q&amp;A with</p><p>Jane Doe</p>', null],
  ])('%s', (_n, between, want) => expect(page(between)).toBe(want));
});
