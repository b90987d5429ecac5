// Round 38 (issue #11, session 59): the classes R224-R227 failed once they became the tuning sets (they had checked
// round 37); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { clip, EN_PARAS } from './unseen-page-snippets';
import { peopleIn } from './entity-kinds';

describe('round 38: a time printed in the campus’s own zone (Nashville’s 9:15 AM beside 14:15Z in markup)', () => {
  const page = (line: string) =>
    '<html><head><title>New Commodore Launch Scholars Program</title>' +
    '<meta property="article:published_time" content="2024-03-20T14:15:00+00:00"></head><body><article>' +
    `<h1>New Commodore Launch Scholars Program</h1><div class="post-byline">${line}</div>` +
    `<div class="entry">${EN_PARAS}</div></article></body></html>`;
  it('the zone whose clock reads as printed: Central, not Eastern', () => {
    const d = clip(page('by Jenna Morales | Mar. 20, 2024, 9:15 AM'), 'https://news.vanderbilt.edu/2024/03/20/launch/');
    expect(d.publishedAt).toBe('2024-03-20T09:15:00-05:00');
  });
  it('guard: a printed day alone keeps the first zone’s reading', () => {
    const d = clip(page('by Jenna Morales | Mar. 20, 2024'), 'https://news.vanderbilt.edu/2024/03/20/launch/');
    expect(d.publishedAt).toBe('2024-03-20T10:15:00-04:00');
  });
});

describe('round 38: Latin-script people (a state’s region, a pond, Mdm, Turkish case endings and deputies)', () => {
  it('a state named after a region’s word is a place (Appalachian Kentucky)', () => {
    const text =
      'The University of Kentucky has received a grant. It introduces students from Appalachian Kentucky to research.';
    expect(peopleIn(text, 'en')).toEqual([]);
  });
  it('a pond is a place (Point Judith Pond)', () => {
    expect(peopleIn('They monitor water quality in Point Judith Pond, said Dr. Jane Smith.', 'en')).toEqual([
      'Jane Smith',
    ]);
  });
  it('Mdm before a Malay name is a title', () => {
    expect(peopleIn('Mdm Siti Rahmah binte Osman, a lower secondary teacher, said the course helped.', 'en')).toEqual([
      'Siti Rahmah binte Osman',
    ]);
  });
  it('a Turkish case ending after the apostrophe is no part of the name', () => {
    const text =
      'Projelerden biri, İnşaat Fakültesi 3. sınıf öğrencisi Zeynep Arslan’ın yürüttüğü hasar tespiti projesi.';
    expect(peopleIn(text, 'tr')).toEqual(['Zeynep Arslan']);
  });
  it('guard: an apostrophe inside a surname stays (Maria D’Angelo)', () => {
    expect(peopleIn('La professoressa Maria D’Angelo ha detto che il progetto è importante.', 'it')).toEqual([
      'Maria D’Angelo',
    ]);
  });
  it('Rektör Yardımcısı Prof. Dr. …: the deputy’s word opens no name', () => {
    expect(peopleIn('Rektör Yardımcısı Prof. Dr. Mehmet Yılmaz, projenin önemli olduğunu söyledi.', 'tr')).toEqual([
      'Mehmet Yılmaz',
    ]);
  });
});

describe('round 38: Chinese people (a community’s elder, 耆老)', () => {
  it('耆老 is a role before the name', () => {
    expect(peopleIn('太巴塱部落耆老林春妹今年七十六歲，每週固定到課堂教孩子唱古調。', 'zh-Hant')).toEqual(['林春妹']);
  });
});

describe('round 38: a hero picture’s caption Readability keeps as the text’s first lines', () => {
  const page = (caption: string) =>
    '<html><head><title>Two Gatton Academy students named Regeneron scholars</title></head><body><div class="article">' +
    '<h1>Two Gatton Academy students named Regeneron scholars</h1><p class="date">Thursday, January 11, 2024</p>' +
    '<img src="/news/sts.jpg" alt="Avery Lin and Nathaniel Brooks in a Gatton Academy lab">' +
    `${caption}<div class="article-body">${EN_PARAS}</div></div></body></html>`;
  it('a caption saying what the picture’s alt text says is no part of the text', () => {
    const d = clip(
      page('<p>Gatton Academy students Avery Lin (left) and Nathaniel Brooks were among 300 scholars selected.</p>'),
    );
    expect(d.textContent.trim().startsWith('The university opened')).toBe(true);
  });
  it('guard: a first paragraph under the picture that does not describe it stays', () => {
    const d = clip(page('<p>Two students at the Gatton Academy have been named scholars in a national search.</p>'));
    expect(d.textContent.trim().startsWith('Two students')).toBe(true);
  });
});
