/** Shapes of a clipped article, exactly as in the export contract (shared/docs/export-format.md, version 1). */

/** One printed credit: an author, photographer, editor or reviewer. */
export interface BylineEntry {
  name: string;
  /** The role as printed (作者, 摄影, 编辑, 审核, Author …), or null when the page gives none. */
  role: string | null;
}

export interface Attachment {
  name: string;
  url: string;
}

export type EntityKind = 'person' | 'program' | 'organization';

export interface Entity {
  text: string;
  kind: EntityKind;
  role?: string | null;
  count: number;
}

export interface Highlight {
  text: string;
  note: string | null;
  createdAt: string;
  /** Which of the body's equal passages was selected, white space ignored: 0 the first (absent: the first). */
  occurrence?: number;
  /** When its note was last edited (absent: written with the highlight): an import's merge keeps the later note. */
  noteAt?: string;
}

/** How a headline element was chosen: its text begins <title>, resembles it, is the first h1, etc. */
export type HeadlineHow =
  'schema-headline' | 'matches-title' | 'resembles-title' | 'first-h1' | 'first-heading' | 'line-before-body';

/**
 * Where one extracted field was found on the page. Structured so that detection can reason on it and the
 * review can say it in the user's language; the printed label or tag name is kept as the page spells it.
 */
export type FieldSource =
  | { kind: 'labelled'; label: string | null }
  | { kind: 'meta'; name: string }
  | { kind: 'element'; tag: string; how: HeadlineHow }
  | { kind: 'time-element' }
  | { kind: 'itemprop' }
  | { kind: 'json-ld' }
  | { kind: 'url' }
  | { kind: 'dateline'; where: 'near-headline' | 'first-paragraph' | 'after-body' }
  | { kind: 'issue-month' }
  | { kind: 'title-tag'; suffixCut: boolean }
  | { kind: 'readability' }
  | { kind: 'body-first-line' }
  | { kind: 'logo-alt' };

export type ProvenanceField = 'title' | 'publishedAt' | 'views' | 'source' | 'byline' | 'siteName';
export type Provenance = Partial<Record<ProvenanceField, FieldSource>>;

/** What the extractor returns from a page: everything that can be read off the page itself. */
export interface Draft {
  url: string;
  canonicalUrl: string | null;
  site: { host: string; name: string | null; university: string | null };
  title: string;
  publishedAt: string | null;
  byline: BylineEntry[];
  source: string | null;
  views: number | null;
  lang: string;
  excerpt: string;
  contentHtml: string;
  textContent: string;
  attachments: Attachment[];
  /** Not exported: explains each field in the clip preview. */
  provenance?: Provenance;
  /** Not exported: the site's column from the breadcrumb (交大要闻), offered as a tag at clip time. */
  column?: string | null;
}

/** Each field the user can correct in the clip review, named by its path in the export ("site.name"), with its type. */
export interface CorrectableValues {
  title: string;
  publishedAt: string | null;
  byline: BylineEntry[];
  source: string | null;
  views: number | null;
  'site.name': string | null;
  'site.university': string | null;
}
export type CorrectedField = keyof CorrectableValues;
export const CORRECTED_FIELDS: readonly CorrectedField[] = [
  'title',
  'publishedAt',
  'byline',
  'source',
  'views',
  'site.name',
  'site.university',
];

/**
 * The fields the user corrected, each with what the page printed for it (when corrected, then at the latest
 * re-clip), so a re-clip can tell that the page changed it. `{}`: none corrected. Absent: a row or file from before
 * corrections were recorded, whose values may hold corrections.
 */
export type Corrected = Partial<CorrectableValues>;

/** A saved article: the draft plus what the collection adds. */
export interface Article extends Omit<Draft, 'provenance' | 'column'> {
  id: string;
  tags: string[];
  entities: Entity[];
  highlights: Highlight[];
  clippedAt: string;
  updatedAt: string;
  /** The fields the user corrected, with the page's values: a re-clip keeps the user's (keep-corrections.ts). */
  corrected?: Corrected;
}

/**
 * An earlier version of a saved article's content, kept when a re-clip changed its body or a field the user can
 * correct (export version 3). Tags, highlights and notes belong to the article, not to a version.
 */
export interface ArticleVersion {
  title: string;
  publishedAt: string | null;
  byline: BylineEntry[];
  source: string | null;
  views: number | null;
  /** The site's name and university then (absent in versions kept before they were). */
  site?: { name: string | null; university: string | null };
  contentHtml: string;
  textContent: string;
  /** When this content was saved (the article's updatedAt then). */
  savedAt: string;
  /** When a re-clip replaced it. */
  replacedAt: string;
}
