import { useRef } from 'preact/hooks';
import { useInboxFocus } from '../hooks/use-inbox-focus';
import type { Follow, InboxItem } from '../utils/columns/follow-model';
import { displayDate } from '../utils/model/dates';
import { t } from '../utils/platform/i18n';

export type InboxViewProps = {
  /** New items of the followed columns, newest first. */
  items: InboxItem[];
  /** The followed columns, for their names. */
  follows: Follow[];
  /** True while a check runs. */
  checking: boolean;
  /** Check every followed column now. */
  onCheckNow: () => void;
  /** Clip an item without opening it. */
  onClip: (item: InboxItem) => void;
  /** Take an item out of the New view. */
  onDismiss: (item: InboxItem) => void;
};

/** The New view: new items grouped by column, each to clip without opening it, open, or dismiss. */
export function InboxView({ items, follows, checking, onCheckNow, onClip, onDismiss }: InboxViewProps) {
  const names = new Map(follows.map((f) => [f.url, f.name]));
  const groups = new Map<string, InboxItem[]>();
  for (const i of items) groups.set(i.column, [...(groups.get(i.column) ?? []), i]);
  const shown = [...groups.values()].flat();
  const box = useRef<HTMLElement>(null);
  const leaving = useInboxFocus(box, shown);
  const dismiss = (i: InboxItem) => {
    leaving(i);
    onDismiss(i);
  };
  return (
    <section class="inbox" aria-labelledby="inbox-title" ref={box}>
      <div class="column-head">
        <h2 id="inbox-title" tabIndex={-1}>
          {t('inboxTitle')}
        </h2>
        <button type="button" data-testid="check-now" onClick={onCheckNow} disabled={checking}>
          {checking ? t('checking') : t('checkNow')}
        </button>
      </div>
      {!items.length && <p class="empty">{t('inboxEmpty')}</p>}
      {[...groups].map(([column, list]) => (
        <div key={column} class="inbox-group">
          <h3>{names.get(column) ?? column}</h3>
          <ul class="column-items">
            {list.map((i) => (
              <li key={i.url} data-testid="inbox-item" data-url={i.url}>
                <a href={i.url} target="_blank" rel="noopener noreferrer">
                  {i.title}
                </a>{' '}
                {i.publishedAt && <time dateTime={i.publishedAt}>{displayDate(i.publishedAt)}</time>}
                <span class="item-actions">
                  <button type="button" data-testid="inbox-clip" onClick={() => onClip(i)}>
                    {t('clipItem')}
                  </button>
                  <button type="button" data-testid="inbox-dismiss" onClick={() => dismiss(i)}>
                    {t('dismissItem')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
