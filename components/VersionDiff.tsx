import { useMemo } from 'preact/hooks';
import type { ArticleVersion } from '../utils/model/article';
import { displayDate } from '../utils/model/dates';
import { t, tn, type MessageKey } from '../utils/platform/i18n';
import { formatByline } from '../utils/clip/corrections';
import { diffText, type DiffPara } from '../utils/reader/diff-text';

export type VersionDiffProps = {
  /** The earlier version. */
  before: ArticleVersion;
  /** What it became: the next version, or the article as saved now. */
  after: Pick<ArticleVersion, 'title' | 'publishedAt' | 'textContent' | 'byline' | 'source' | 'views' | 'site'>;
};

type Row = [id: string, label: MessageKey, old: string | number | null, now: string | number | null];

/** Source, views, credits, site name and university where they differ (the site only when both sides hold it). */
function detailRows(before: ArticleVersion, after: VersionDiffProps['after']): Row[] {
  const rows: Row[] = [
    ['source', 'fieldSource', before.source, after.source],
    ['views', 'fieldViews', before.views, after.views],
    ['byline', 'diffBylineLabel', formatByline(before.byline ?? []), formatByline(after.byline ?? [])],
  ];
  if (before.site && after.site)
    rows.push(
      ['site-name', 'fieldSiteName', before.site.name, after.site.name],
      ['university', 'fieldUniversity', before.site.university, after.site.university],
    );
  return rows.filter(([, , a, b]) => (a ?? '') !== (b ?? ''));
}

/** A changed paragraph: unchanged text plain, removed text in <del>, added text in <ins> (all as text, no HTML). */
function Para({ para }: { para: DiffPara }) {
  return (
    <p class="diff-para">
      {para.parts.map((x, i) =>
        x.op === 'same' ? x.text : x.op === 'del' ? <del key={i}>{x.text}</del> : <ins key={i}>{x.text}</ins>,
      )}
    </p>
  );
}

/** Changed paragraphs in full; each run of unchanged ones folded into one line that counts them. */
function Body({ paras }: { paras: DiffPara[] }) {
  const out: preact.JSX.Element[] = [];
  let same = 0;
  const fold = () => {
    if (same)
      out.push(
        <p class="diff-gap" key={`gap-${out.length}`}>
          {tn('diffUnchanged', same)}
        </p>,
      );
    same = 0;
  };
  paras.forEach((p, i) => {
    if (!p.changed) return void same++;
    fold();
    out.push(<Para key={i} para={p} />);
  });
  fold();
  return <>{out}</>;
}

/** Old → new: a line for each field that changed (title, date, source …), and a readable diff of the body text. */
export function VersionDiff({ before, after }: VersionDiffProps) {
  const diff = useMemo(() => diffText(before.textContent, after.textContent), [before.textContent, after.textContent]);
  const date = (d: string | null) => (d ? displayDate(d) : t('diffNoDate'));
  const value = (v: string | number | null) => (v === null || v === '' ? t('diffNone') : String(v));
  return (
    <div class="version-diff" data-testid="version-diff">
      {before.title !== after.title && (
        <p data-testid="diff-title">
          <strong>{t('diffTitleLabel')}</strong>: <del>{before.title}</del> → <ins>{after.title}</ins>
        </p>
      )}
      {before.publishedAt !== after.publishedAt && (
        <p data-testid="diff-date">
          <strong>{t('diffDateLabel')}</strong>: <del>{date(before.publishedAt)}</del> →{' '}
          <ins>{date(after.publishedAt)}</ins>
        </p>
      )}
      {detailRows(before, after).map(([id, label, a, b]) => (
        <p key={id} data-testid={`diff-${id}`}>
          <strong>{t(label)}</strong>: <del>{value(a)}</del> → <ins>{value(b)}</ins>
        </p>
      ))}
      <div class="diff-body" data-testid="diff-body">
        {diff.kind === 'same' && <p class="hint">{t('diffBodySame')}</p>}
        {diff.kind === 'rewritten' && <p class="hint">{t('diffBodyRewritten')}</p>}
        {diff.kind === 'diff' && (
          <>
            <p class="hint">{t('diffLegend')}</p>
            <Body paras={diff.paras} />
          </>
        )}
      </div>
    </div>
  );
}
