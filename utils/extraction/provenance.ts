/** Questions other modules ask about where a field was found, answered on the structured FieldSource. */
import type { FieldSource } from '../model/article';

/** The headline is a printed element whose text <title> begins with: the strongest headline evidence. */
export function headlineMatchesTitle(p: FieldSource): boolean {
  return p.kind === 'element' && p.how === 'matches-title';
}

/** The date is printed beside the headline (labelled, a <time>, or a dateline next to it), not in meta or URL. */
export function datePrintedNearHeadline(p: FieldSource): boolean {
  return p.kind === 'labelled' || p.kind === 'time-element' || (p.kind === 'dateline' && p.where === 'near-headline');
}

/**
 * Whether a date says the page is a dated article. A date found only at the page's foot ("Last updated …") is
 * printed on handbooks and support pages alike: good enough for a clip's date, not evidence of an article.
 */
export function dateMarksArticle(p: FieldSource): boolean {
  return !(p.kind === 'dateline' && p.where === 'after-body');
}
