/**
 * Why a row is in a search's answer when its title does not say: the first of its other fields that holds a match
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

/** The first field of `a` holding a match of `marker`, in the order the row shows them; null when none does. */
export function matchedIn(a: MatchFields, marker: SearchMarker): MatchedIn | null {
  const fields: [MessageKey, (string | null | undefined)[]][] = [
    ['matchedTag', a.tags],
    ['matchedName', a.names],
    ['matchedCredit', (a.byline ?? []).map((b) => (b.role ? `${b.role} ${b.name}` : b.name))],
    ['matchedSource', [a.source]],
    ['matchedSite', [a.site.university, a.site.name, a.site.host]],
    ['matchedNote', (a.highlights ?? []).map((h) => h.note)],
  ];
  for (const [label, texts] of fields)
    for (const text of texts) {
      const ranges = text ? marker(text) : [];
      if (ranges.length) return { label, text: text!, ranges };
    }
  const body = a.textContent ?? '';
  const first = body && marker(body)[0];
  if (!first) return null;
  const from = Math.max(0, first.start - BEFORE);
  const text = (from > 0 ? '…' : '') + body.slice(from, from + SNIPPET).replace(/\s+/g, ' ') + '…';
  return { label: 'matchedText', text, ranges: marker(text) };
}

export type RowMatchProps = {
  /** The row's article. */
  card: Card;
  /** The search's marker. */
  marker: SearchMarker;
  /** Reads the article, for the fields a card has not (undefined: the article is gone); absent, only the card's. */
  read?: (id: string) => Promise<ArticleFields | undefined>;
};

/** The line under a row's title saying where the search matched it. */
export function RowMatch({ card, marker, read }: RowMatchProps) {
  const fromCard = useMemo(() => matchedIn(card, marker), [card, marker]);
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
