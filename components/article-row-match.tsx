/**
 * Why a row is in a search's answer when its title does not say (or says it past the two lines a row shows): the
 * first of its other fields that holds a match
 * (a tag, a name, a credit as printed: 摄影 郭晓雯, the source office, the site, a note, or a few words of the text),
 * with the match marked. The card's fields answer first; the article is read only for a row that is drawn.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Article } from '../utils/model/article';
import type { Card } from '../utils/collection/card';
import type { MarkRange, SearchMarker } from '../utils/collection/search-marks';
import { Marked } from './Marked';
import { t, type MessageKey } from '../utils/platform/i18n';

/** Where an article matched: the field, its text (a few words around the first match for the body), the marks. */
export interface MatchedIn {
  label: MessageKey;
  text: string;
  ranges: MarkRange[];
}

/** The fields of an article a card has not, which a row reads only when its card says nothing of the match. */
export type ArticleFields = Partial<Pick<Article, 'byline' | 'source' | 'highlights' | 'textContent'>>;

/** What a row may read for it: its card's fields, and its article's once read. */
export type MatchFields = Pick<Card, 'tags' | 'names' | 'site'> & ArticleFields;

/** How many characters of the text are shown before the first match, and in all. */
const BEFORE = 16;
const SNIPPET = 80;

/**
 * The first field of `a` holding a match of `marker`, in the order the row shows them; null when none does. With
 * `title`, the title first: its match is past the two lines a row shows of it. A field is shown from a few characters
 * before its first match, so that the match is in view however long the field (a note, the text).
 */
export function matchedIn(a: MatchFields & { title?: string }, marker: SearchMarker, title = false): MatchedIn | null {
  const fields: [MessageKey, (string | null | undefined)[]][] = [
    ['matchedTitle', title ? [a.title] : []],
    ['matchedTag', a.tags],
    ['matchedName', a.names],
    ['matchedCredit', (a.byline ?? []).map((b) => (b.role ? `${b.role} ${b.name}` : b.name))],
    ['matchedSource', [a.source]],
    ['matchedSite', [a.site.university, a.site.name, a.site.host]],
    ['matchedNote', (a.highlights ?? []).map((h) => h.note)],
    ['matchedText', [a.textContent]],
  ];
  for (const [label, texts] of fields)
    for (const text of texts) {
      const first = text ? marker(text)[0] : undefined;
      if (first) return { label, ...around(text!, first.start, marker) };
    }
  return null;
}

/** `text` from a few characters before `at`, at most SNIPPET of them, spaces collapsed, with its marks. */
function around(text: string, at: number, marker: SearchMarker): Pick<MatchedIn, 'text' | 'ranges'> {
  const from = Math.max(0, at - BEFORE);
  const shown =
    (from > 0 ? '…' : '') +
    text.slice(from, from + SNIPPET).replace(/\s+/g, ' ') +
    (from + SNIPPET < text.length ? '…' : '');
  return { text: shown, ranges: marker(shown) };
}

export type RowMatchProps = {
  /** The row's article. */
  card: Card;
  /** The search's marker. */
  marker: SearchMarker;
  /** Whether the title's match is past the lines the row shows of it: the line then shows the title's. */
  title?: boolean;
  /** Reads the article, for the fields a card has not (undefined: the article is gone); absent, only the card's. */
  read?: (id: string) => Promise<ArticleFields | undefined>;
};

/** The line under a row's title saying where the search matched it. */
export function RowMatch({ card, marker, read, title = false }: RowMatchProps) {
  const fromCard = useMemo(() => matchedIn(card, marker, title), [card, marker, title]);
  const [done, setRead] = useState<{ card: Card; marker: SearchMarker; found: MatchedIn | null } | null>(null);
  useEffect(() => {
    if (fromCard || !read) return;
    let live = true;
    read(card.id).then(
      (a) => live && setRead({ card, marker, found: a ? matchedIn({ ...a, ...card }, marker) : null }),
      () => {},
    );
    return () => void (live = false);
  }, [card, marker, fromCard, read]);
  const found = fromCard ?? (done?.card === card && done.marker === marker ? done.found : null);
  if (!found) return null;
  return (
    <div class="article-why" data-testid="matched-in">
      <span class="why-label">{t(found.label)}</span>
      <Marked text={found.text} ranges={found.ranges} />
    </div>
  );
}
