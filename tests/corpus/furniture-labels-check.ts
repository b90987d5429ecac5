/**
 * Furniture of CHECK-set university pages without a gold text: strings printed on the page outside the article
 * (headline, byline / date line, and the paragraphs from the first to the last sentence), so a "body free of
 * furniture" score can use them where CleanEval has no gold text. Each string must be missing from the clipped body.
 *
 * Labelled by hand in session 25 by the data labeller (task L), reading the stored HTML (decoded as UTF-8, the
 * manifest's encoding) and its visible text, and choosing furniture that sits near the article: header and menus,
 * prev / next links, comment form, sidebar lists, footer. Elements hidden by the markup (display:none, screen-reader
 * text) and attribute text were avoided by reading the markup. A throwaway script checked that each string occurs
 * exactly in the page's text (jsdom body textContent without scripts, styles and noscript) and nowhere in the article
 * span, case-insensitively. The extension's extractor was not run on these pages, so the labels are blind to its
 * rules. The arsnova page's manifest must_not_contain (trafilatura's three) is a subset of its list here.
 */
export const FURNITURE_CHECK_LABELS: Record<string, string[]> = {
  // No stylesheet is stored with this CleanEval page, so its "detailed" menu (opened and closed by the site's script)
  // is printed in full; 'Directions to the Library' is from it, the other menu labels from the header and short menu.
  'univ/ce546-guelph-library-learning-commons.html': [
    'people, administration, policies and plans',
    'Skip over navigation',
    'show detailed menu',
    'Borrowing/accounts',
    'Directions to the Library',
    'next article>>',
    'U of G home | Library home | top of this page',
    'comments / contact us',
  ],
  'univ/traf-arsnova-thm-de-frag.html': [
    'Unsere neue App kann getestet werden',
    'Innovative Audience-Response-Systeme für Schule & Uni',
    'ARSnova-Workshop an der Uni Wien',
    '»THM.cards«',
    'Kommentar verfassen',
    'wird nicht veröffentlicht',
    'Letzte Beiträge',
    'ARSnova auf einer Folie präsentiert',
    'Leiter des ARSnova-Projekts',
    'Technische Hochschule Mittelhessen',
  ],
};
