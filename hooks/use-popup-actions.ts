/**
 * The popup's actions that write or ask the background (corrections and tags of the clip under review, export,
 * Check now, the New view's follow and dismiss): each failure is told on the status line in plain words, never
 * left as an unhandled rejection, and a correction that could not be saved keeps its review open.
 */
import { useRef, useState } from 'preact/hooks';
import type { StatusLineProps } from '../components/StatusLine';
import type { Article } from '../utils/model/article';
import type { ClipsDb } from '../utils/collection/db';
import { updateArticle } from '../utils/collection/store';
import { unansweredText, writeFailedText } from '../utils/platform/failure-text';
import { exportErrorText } from '../utils/clip/status-text';
import { t, tn } from '../utils/platform/i18n';
import type { Clipped } from './use-jobs';
import { useLatest } from './use-latest';

type Tell = (s: StatusLineProps) => void;

/** Run `action`; if it fails, say so in the words `text` gives (it never rejects). */
async function told(action: () => Promise<unknown>, onStatus: Tell, text: (e: unknown) => string): Promise<void> {
  try {
    await action();
  } catch (e) {
    onStatus({ text: text(e), error: true });
  }
}

export function usePopupActions(db: ClipsDb, onStatus: Tell) {
  const [review, setReview] = useState<Clipped | null>(null);
  // Corrections typed in the review that the last save could not store: the review stays open with them.
  const unsaved = useRef(false);
  const statusTo = useLatest(onStatus);
  const tell: Tell = (s) => statusTo.current(s);

  return {
    review,
    /** Show a clip for review (null: none). */
    openReview: (c: Clipped | null) => {
      unsaved.current = false;
      setReview(c);
    },
    /** Close the review, unless corrections typed in it could not be saved. */
    closeReview: () => {
      if (!unsaved.current) setReview(null);
    },
    saveCorrections: async (patch: Partial<Article>) => {
      if (!review) return;
      await told(
        async () => {
          const updated = await updateArticle(db, review.article.id, patch);
          unsaved.current = false;
          tell({ text: t('corrected'), error: false });
          if (updated) setReview({ ...review, article: updated });
        },
        tell,
        (e) => {
          unsaved.current = true;
          return writeFailedText(e);
        },
      );
    },
    saveTags: (tags: string[]) =>
      review ? told(() => updateArticle(db, review.article.id, { tags }), tell, writeFailedText) : Promise.resolve(),
    exportAll: () =>
      told(
        async () => {
          const { exportCollection } = await import('../utils/collection/export-collection');
          tell({ text: tn('exported', await exportCollection(db, document)), error: false });
        },
        tell,
        exportErrorText,
      ),
    /** Check the followed columns now (`check` resolves to how many new items were found). */
    checkNow: (check: () => Promise<number>) =>
      told(async () => tell({ text: tn('checkedFound', await check()), error: false }), tell, unansweredText),
    /** A write to extension storage (follow, dismiss) whose failure is told. */
    write: (action: () => Promise<unknown>) => told(action, tell, writeFailedText),
  };
}
