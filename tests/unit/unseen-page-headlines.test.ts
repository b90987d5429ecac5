// Headline rules for classes of page that failed on unseen sites (issue #11), each on a small authored snippet named
// after the class it serves (the page-class tests continue tests/unit/unseen-page-classes.test.ts, past its size).
import { describe, expect, it } from 'vitest';
import { EN_BODY, ZH_BODY, clip } from './unseen-page-snippets';

describe('the site’s name in an h1, with no class or logo to say so', () => {
  it('<title> and h1 both only the university’s name: the story’s heading below is the headline', () => {
    const d = clip(
      `<title>Example University</title><h1>Example University</h1><h2>Students Win Robotics Prize</h2>` +
        `<p>May 2, 2024</p>${EN_BODY}`,
    );
    expect(d.title).toBe('Students Win Robotics Prize');
  });
  it.each(['某某大学', '某某大学新闻网'])('%s in <title> and h1', (site) => {
    const d = clip(
      `<title>${site}</title><h1>${site}</h1><h2>学校举行创新大会</h2><div>发布时间：2024-05-12</div>${ZH_BODY}`,
    );
    expect(d.title).toBe('学校举行创新大会');
  });
  it('a headline naming a university among other words is still the headline', () => {
    const d = clip(
      `<title>Example University Opens New Centre</title><h1>Example University Opens New Centre</h1>` +
        `<p>May 2, 2024</p>${EN_BODY}`,
    );
    expect(d.title).toBe('Example University Opens New Centre');
  });
});

describe('a news agency’s dateline opening the text', () => {
  it('"BEIJING, May 12 (Xinhua) -- …" on a page whose <title> names only the site is not the headline', () => {
    const d = clip(
      `<title>Example News</title><p>BEIJING, May 12 (Xinhua) -- The university opened a new centre.</p>${EN_BODY}`,
    );
    expect(d.title).not.toMatch(/Xinhua/);
  });
  it('"WASHINGTON (AP) —" above the headline', () => {
    const d = clip(
      `<title>Example News</title><p><b>WASHINGTON (AP) —</b></p><p><b>University Opens New Research Centre</b></p>${EN_BODY}`,
    );
    expect(d.title).toBe('University Opens New Research Centre');
  });
});
