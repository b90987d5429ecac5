// Credits and captions on the classes review R22 found failing on unseen campus sites (issue #11, session 37): a
// photographer named in a picture's caption, a photo credit signing the text's end, and a header byline kept when the
// text ends with a photo credit. Each on a small authored snippet named after the class it serves.
import { describe, expect, it } from 'vitest';
import { EN_BODY, clip } from './unseen-page-snippets';

const names = (d: ReturnType<typeof clip>) => d.byline.map((b) => `${b.role}: ${b.name}`);
const PARA =
  '<p>The university opened a new research centre on Monday, and researchers from several departments said the work would take years to complete, with students taking part in every stage of it.</p>';

describe("a picture's caption naming its photographer (WordPress, TYPO3, Terminalfour news)", () => {
  it('“(Photo by Luis Ferreira)” closing a hero caption credits the photographer, and the caption is not the text', () => {
    const d = clip(
      `<title>Senior named Rhodes Scholar</title><article><h1>Senior named Rhodes Scholar</h1>` +
        `<p>By Daniel Whitcomb</p><div class="entry-content"><figure class="wp-caption"><img src="a.jpg">` +
        `<figcaption class="wp-caption-text">Amara Okafor in front of Hadley Library. (Photo by Luis Ferreira)` +
        `</figcaption></figure>${PARA.repeat(4)}</div></article>`,
    );
    expect(names(d)).toEqual(['Author: Daniel Whitcomb', 'Photo: Luis Ferreira']);
    expect(d.textContent).not.toContain('Hadley Library');
  });
  it('“Photo: Marco Keller” after a caption’s description credits him', () => {
    const d = clip(
      `<title>Two grants</title><article><h1>Two grants</h1><p class="caption">Jonas Ammann (left) and Chiara ` +
        `Bernasconi in the main building. Photo: Marco Keller</p>${EN_BODY}</article>`,
    );
    expect(names(d)).toContain('Photo: Marco Keller');
  });
  it('an agency or studio in the caption (“Picture: Shannon Photography”, “Photo: Getty Images”) credits no one', () => {
    const d = clip(
      `<title>Summit opens</title><article><h1>Summit opens</h1><p>Pictured at the opening were Professor Niamh ` +
        `Cullinane and Dr Pieter van Assen. Picture: Shannon Photography</p><p>Students on the lawn. Photo: Getty ` +
        `Images</p>${EN_BODY}</article>`,
    );
    expect(d.byline).toEqual([]);
    expect(d.textContent.split('\n')[0]).not.toMatch(/Pictured|Students on the lawn/);
  });
  it('a credit block (“Article by Alexis Carroll⏎Photos by Kathy F. Atkinson”) is no caption: it stays, as UDaily prints it', () => {
    const d = clip(
      `<title>Housing fair</title><article><h1>Housing fair</h1>${PARA.repeat(4)}` +
        `<p>Article by Alexis Carroll, AS ’05<br>\nPhotos by Kathy F. Atkinson</p></article>`,
    );
    expect(d.textContent).toMatch(/Photos by Kathy F\. Atkinson$/);
  });
  it('a sentence with “photo by” and no capitalised name stays in the text', () => {
    const d = clip(
      `<title>Archive</title><article><h1>Archive</h1><p>The exhibition shows a photo by the founder.</p>${EN_BODY}</article>`,
    );
    expect(d.textContent).toContain('The exhibition shows a photo by the founder.');
  });
});

describe('a photo credit signing the text’s end in a block of its own (Bootstrap and Sitecore news)', () => {
  it('“Photos by Grace Oduya” under the body credits her beside the header’s writer', () => {
    const d = clip(
      `<title>Startup wins prize</title><main><h1>Startup wins prize</h1><p>By Nathan Beaulieu</p>` +
        `<p>Posted: June 3, 2020</p><div class="story-body">${PARA.repeat(4)}</div>` +
        `<p class="small">Photos by Grace Oduya</p><div class="share">Share: <a href="#">Twitter</a></div></main>`,
      'https://news.example.ca/stories/2020/startup-wins-prize',
    );
    expect(names(d)).toEqual(['Author: Nathan Beaulieu', 'Photo: Grace Oduya']);
  });
  it('a standfirst above the meta line does not lose the header’s “By Eleanor Pryce” to the closing “Photos by …”', () => {
    const d = clip(
      `<title>Project on floating wind</title><article><h1>Project on floating wind</h1>` +
        `<p class="standfirst">Four-year partnership with industry will test low-cost mooring systems</p>` +
        `<div class="meta"><p class="date">Published: 14 March 2023</p><p class="byline">By Eleanor Pryce</p></div>` +
        `<div class="body">${PARA.repeat(4)}<p class="photo-credit"><em>Photos by Tom Hartley</em></p></div></article>`,
      'https://www.example.ac.uk/news/2023/march/floating-wind',
    );
    expect(names(d)).toEqual(['Author: Eleanor Pryce', 'Photo: Tom Hartley']);
  });
});

describe('a <title> naming the site, then the column, then the headline (Taiwan’s RPage, Chinese college CMSs)', () => {
  it('“國立山海大學-山海新聞-標題”: the headline is the printed <h2>, never the 發布單位 cell under it', () => {
    const para =
      '<p>國立山海大學大學社會責任實踐計畫團隊，九月二十六日在花蓮縣卓溪鄉崙天部落舉行原鄉智慧農業示範場域啟用典禮，校長與部落族人近百人共同見證。</p>';
    const d = clip(
      `<title>國立山海大學-山海新聞-山海大學USR團隊走入部落 打造原鄉智慧農業示範場域</title>` +
        `<div class="breadcrumb"><a href="/">首頁</a> / <a href="/p/14.php">山海新聞</a></div><div class="mpgdetail">` +
        `<h2 class="hdline">山海大學USR團隊走入部落 打造原鄉智慧農業示範場域</h2><table class="mpginfo">` +
        `<tr><td>發布單位：</td><td>秘書室公共事務組</td></tr><tr><td>發布日期：</td><td>2023-09-27</td></tr></table>` +
        `<div class="meditor">${para.repeat(4)}</div></div>`,
      'https://www.example.edu.tw/p/406-1000-58213,r12.php',
    );
    expect(d.title).toBe('山海大學USR團隊走入部落 打造原鄉智慧農業示範場域');
    expect(d.source).toBe('秘書室公共事務組');
  });
  it('an institution with a hyphen in its name before the headline is still the site (Universität Duisburg-Essen)', () => {
    const d = clip(
      `<title>Universität Duisburg-Essen | Neues Graduiertenkolleg bewilligt</title><article><h1>Neues ` +
        `Graduiertenkolleg bewilligt</h1>${EN_BODY}</article>`,
      'https://www.example.de/news/graduiertenkolleg',
    );
    expect(d.title).toBe('Neues Graduiertenkolleg bewilligt');
  });
});

describe('a credit line of two sentences closing the text (Squiz news; found on check set R24)', () => {
  it('“Story by Priya Raman. Photos by Tom Avery.” credits the writer and the photographer, no full stop in a name', () => {
    const d = clip(
      `<title>Heat-hardy clones</title><article><h1>Heat-hardy clones</h1>${PARA.repeat(4)}` +
        `<p>Story by Priya Raman. Photos by Tom Avery.</p></article>`,
    );
    expect(names(d)).toEqual(['Author: Priya Raman', 'Photo: Tom Avery']);
  });
  it('guard: an initial’s full stop stays inside the name (Photos by Kathy F. Atkinson)', () => {
    const d = clip(
      `<title>Housing fair</title><article><h1>Housing fair</h1>${PARA.repeat(4)}<p>Photos by Kathy F. Atkinson</p></article>`,
    );
    expect(names(d)).toEqual(['Photo: Kathy F. Atkinson']);
  });
});
