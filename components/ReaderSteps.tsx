import { t, type MessageKey } from '../utils/platform/i18n';

/** One article of the list the reader can step to. */
export type StepTo = { id: string; title: string };

export type ReaderStepsProps = {
  /** The list's article before this one, if any. */
  prev?: StepTo;
  /** The list's article after this one, if any. */
  next?: StepTo;
  /** Open that article in the reader. */
  onOpen: (id: string) => void;
};

/**
 * "Previous" and "Next": the list's neighbours of the article read, in its current order and filters. Each is named
 * by the article it opens ("Next article: …", which holds the visible word), and says its key (use-reader-keys.ts).
 */
export function ReaderSteps({ prev, next, onOpen }: ReaderStepsProps) {
  const button = (to: StepTo | undefined, word: MessageKey, named: MessageKey, key: '[' | ']') =>
    to && (
      <button
        type="button"
        data-testid={`reader-${key === '[' ? 'prev' : 'next'}`}
        aria-label={t(named, to.title)}
        title={`${t(named, to.title)} (${key})`}
        aria-keyshortcuts={key}
        onClick={() => onOpen(to.id)}
      >
        {t(word)}
      </button>
    );
  return (
    <span>
      {button(prev, 'readerPrev', 'readerPrevOf', '[')} {button(next, 'readerNext', 'readerNextOf', ']')}
    </span>
  );
}
