import './column-styles';
import type { TabColumn } from '../utils/columns/tab-column';
import { displayDate } from '../utils/model/dates';
import { t, tn } from '../utils/platform/i18n';

export type ColumnPanelProps = {
  /** The column the popup's page is: its name, address and items. */
  column: TabColumn;
  /** Whether the user already follows it. */
  following: boolean;
  /** Follow it. */
  onFollow: () => void;
};

/** On a column page: what the extension understood (name and items), and "Follow this column". */
export function ColumnPanel({ column, following, onFollow }: ColumnPanelProps) {
  return (
    <section class="column-panel" aria-labelledby="column-name">
      <div class="column-head">
        <h2 id="column-name">{column.name ?? new URL(column.url).hostname}</h2>
        <span class="hint">{tn('columnItems', column.items.length)}</span>
        {following ? (
          <span class="following" data-testid="following">
            {t('following')}
          </span>
        ) : (
          <button type="button" class="primary" data-testid="follow" onClick={onFollow}>
            {t('followColumn')}
          </button>
        )}
      </div>
      {/* A box that scrolls when the column is long: focusable, so the keyboard can scroll it too. */}
      <ul class="column-items" tabIndex={0} aria-labelledby="column-name">
        {column.items.map((i) => (
          <li key={i.url} data-testid="column-item" data-url={i.url}>
            <span>{i.title}</span> {i.publishedAt && <time dateTime={i.publishedAt}>{displayDate(i.publishedAt)}</time>}
          </li>
        ))}
      </ul>
    </section>
  );
}
