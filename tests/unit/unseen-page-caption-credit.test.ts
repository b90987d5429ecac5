// A magazine feature's byline over its hero picture (issue #11, session 35): the picture's caption printed right
// after the photographer's credit is not part of the photographer's name.
import { describe, expect, it } from 'vitest';
import { clip } from './unseen-page-snippets';

const PARA =
  'At six in the morning the pier is quiet except for the slap of water against the pilings, and the students are already at the edge with a seine net and a bucket.';

describe('a credit line over a captioned hero picture', () => {
  it('"Photographs by Jörg Meyer" then a caption "Piermont Pier, at …": the photographer is Jörg Meyer', () => {
    const d = clip(
      `<title>The River Keepers | Example Magazine</title><article><h1>The River Keepers</h1>` +
        `<div class="byline">By <span>Paul Hond</span> | Photographs by <span>Jörg Meyer</span></div>` +
        `<figure><img src="/a.jpg" alt="The pier at dawn"><figcaption>Piermont Pier, at the edge of the estuary.</figcaption></figure>` +
        `<div class="body">${`<p>${PARA}</p>`.repeat(5)}</div></article>`,
      'https://magazine.example.edu/article/river-keepers',
    );
    expect(d.byline.map((b) => b.name)).toEqual(['Paul Hond', 'Jörg Meyer']);
  });
});
