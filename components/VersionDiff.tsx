import { useMemo } from 'preact/hooks';
import type { Article, ArticleVersion } from '../utils/model/article';
import { displayDate } from '../utils/model/dates';
import { t, tn } from '../utils/platform/i18n';
import { diffText, type DiffPara } from '../utils/reader/diff-text';

export type VersionDiffProps = {
  /** The earlier version. */
  before: ArticleVersion;
  /** What it became: the next version, or the article as saved now. */
  after: Pick<Article, 'title' | 'publishedAt' | 'textContent'>;
};

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

/** Old → new: a line for the title and the date when they changed, and a readable diff of the body text. */
export function VersionDiff({ before, after }: VersionDiffProps) {
  const diff = useMemo(() => diffText(before.textContent, after.textContent), [before.textContent, after.textContent]);
  const date = (d: string | null) => (d ? displayDate(d) : t('diffNoDate'));
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
