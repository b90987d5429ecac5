// Body starts on the classes review sets R44, R46 and R48 found failing (issue #11, session 40, round 8, checked on
// R45, R47 and R49): each describe named after the page class it serves, rules with guards.
import { describe, expect, it } from 'vitest';
import { EN_PARAS, clip } from './unseen-page-snippets';
import { standfirstOf } from '../../utils/model/standfirst';

const DEK = 'Study finds treated wastewater is a major pathway for synthetic fibres entering the river';
const page = (header: string, paras = EN_PARAS) =>
  `<title>Microplastics in the river</title><article><h1>Microplastics in the river</h1>${header}` +
  `<div class="body">${paras}</div></article>`;

describe('a standfirst in an element the page names as one (Drupal subtitle fields, standfirst classes, schema.org)', () => {
  it.each([
    ['a Drupal subtitle field', `<div class="field-name-field-channels-item-subtitle">${DEK}</div>`],
    ['a CSS-module standfirst class', `<p class="Article_standfirst__r7">${DEK}</p>`],
    ['a schema.org description (TYPO3 teaser)', `<div class="teaser-text" itemprop="description"><p>${DEK}</p></div>`],
    ['a lead paragraph wholly in bold', `<p class="lead"><strong>${DEK}.</strong></p>`],
    ['a lead phrase ending no sentence', `<p class="lead">${DEK}</p><p class="date">7 May, 2024</p>`],
  ])('%s: the text opens after it, and it is the excerpt', (_, header) => {
    const d = clip(page(header));
    expect(d.textContent.startsWith('The university opened')).toBe(true);
    expect(d.excerpt.replace(/\.$/, '')).toBe(DEK);
  });
  it('a subtitle Readability leaves out is put back as the excerpt, not as the first line', () => {
    const d = clip(
      `<title>Scholarship track</title><article><h1>Scholarship track</h1><div class="node__content">` +
        `<div class="field field--name-field-subtitle"><em>${DEK}</em></div>` +
        `<div class="field--name-body">${EN_PARAS}</div></div></article>`,
    );
    expect(d.textContent.startsWith('The university opened')).toBe(true);
    expect(d.excerpt).toBe(DEK);
  });
  it('guard: a lede sentence in Bootstrap’s "lead" class is the text (unseen-page-credit-edges)', () => {
    const d = clip(page(`<p class="lead">${DEK}.</p>`));
    expect(d.textContent.startsWith(DEK)).toBe(true);
  });
  it('guard: a class word holding "lead" or "subtitle" inside a longer word is no standfirst', () => {
    const d = clip(page(`<p class="leadership-note">${DEK}</p>`));
    expect(d.textContent.startsWith(DEK)).toBe(true);
  });
  it('guard: a marked element holding the whole text is the text', () => {
    const d = clip(
      `<title>Short news</title><article><h1>Short news</h1><div class="summary">${EN_PARAS}</div></article>`,
    );
    expect(d.textContent.startsWith('The university opened')).toBe(true);
  });
});

describe('the lead picture’s caption over the text (Sitecore and Joomla news: <div><img><p class="caption">)', () => {
  const caption = 'A sample of the graphene oxide membrane developed at the National Graphene Institute.';
  it('the caption beside the picture is not the text’s first line; the picture stays', () => {
    const d = clip(
      page(`<div class="article-image"><img src="/m.jpg" alt="membrane"><p class="caption">${caption}</p></div>`),
    );
    expect(d.textContent.startsWith('The university opened')).toBe(true);
    expect(d.contentHtml).toContain('/m.jpg');
  });
  it('guard: a paragraph after a picture among the text’s paragraphs is the text', () => {
    const lede = '<p>Researchers at the university said on Monday that the membrane removes salt from water.</p>';
    const d = clip(page('', `<p><img src="/m.jpg" alt="membrane"></p>${lede}${EN_PARAS}`));
    expect(d.textContent.startsWith('Researchers at the university')).toBe(true);
  });
});

describe('the reader shows the standfirst the text leaves out', () => {
  it('an excerpt that is not the text’s start is shown; the text’s own first sentences are not', () => {
    expect(standfirstOf({ excerpt: DEK, textContent: 'Microplastic pollution is up to eight times higher.' })).toBe(
      DEK,
    );
    expect(
      standfirstOf({
        excerpt: 'Microplastic pollution is up to…',
        textContent: 'Microplastic pollution is up to eight.',
      }),
    ).toBeNull();
    expect(standfirstOf({ excerpt: '', textContent: 'Text.' })).toBeNull();
  });
});
