// Review 28 (R3 #6): the highlight list is in reading order, each entry with the text around it (in its buttons'
// names too), so the highlights of a repeated phrase can be told apart; Undo puts a highlight back in its place; a
// passage already highlighted is not highlighted again.
import './dom-globals';
import './i18n-stub';
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { ReaderView } from '../../components/ReaderView';
import { UserHighlights } from '../../components/UserHighlights';
import type { Article, Highlight } from '../../utils/model/article';
import type { Selected } from '../../hooks/use-selection-in';
import { bodyText, placeHighlights } from '../../utils/reader/highlight-places';
import { draft } from './factories';
import { allByTestId, byTestId, click, mountEach, until } from './render-helpers';

const show = mountEach();
const TEXT = '第一段：校长讲话。\n第二段：校长讲话。\n第三段：校长讲话以后大家鼓掌。';
// Made in the order of the review: the second occurrence, then the first, then the third.
const second: Highlight = { text: '校长讲话', note: 'second', createdAt: '2026-11-30T01:00:00Z', occurrence: 1 };
const first: Highlight = { text: '校长讲话', note: 'first', createdAt: '2026-11-30T02:00:00Z' };
const third: Highlight = { text: '校长讲话', note: 'third', createdAt: '2026-11-30T03:00:00Z', occurrence: 2 };

/**
 * The reader's part with the highlights kept as the collection keeps them (store.applyReaderEdit): the stored ones
 * stay in their order and one added (or brought back) goes last.
 */
function Harness({
  pending = null,
  onChange = () => {},
}: {
  pending?: Selected | null;
  onChange?: (h: Highlight[]) => void;
}) {
  const [stored, setStored] = useState([second, first, third]);
  return (
    <UserHighlights
      highlights={stored}
      text={TEXT}
      pending={pending}
      onDone={() => {}}
      onChange={(next) => {
        onChange(next);
        setStored((was) => [...was.filter((h) => next.includes(h)), ...next.filter((h) => !was.includes(h))]);
      }}
    />
  );
}
const notes = (root: HTMLElement) =>
  allByTestId(root, 'highlight-item').map((li) => li.querySelector('.note')?.textContent ?? null);
const label = (el: HTMLElement) => el.getAttribute('aria-label');

describe('the highlight list', () => {
  it('is in reading order, each with the text around it', () => {
    const root = show(<Harness />);
    expect(notes(root)).toEqual(['first', 'second', 'third']);
    expect(allByTestId(root, 'highlight-context').map((c) => c.textContent)).toEqual([
      '第一段：校长讲话。',
      '第二段：校长讲话。',
      '第三段：校长讲话以后大家鼓掌。',
    ]);
    expect(allByTestId(root, 'highlight-context')[1]!.querySelector('mark')?.textContent).toBe('校长讲话');
  });

  it('names each button after its passage and the text around it, so no two read the same', () => {
    const root = show(<Harness />);
    const edit = allByTestId(root, 'edit-note').map(label);
    expect(edit).toEqual([
      'Edit note on “校长讲话” in “第一段：校长讲话。”',
      'Edit note on “校长讲话” in “第二段：校长讲话。”',
      'Edit note on “校长讲话” in “第三段：校长讲话以后大家鼓掌。”',
    ]);
    const remove = allByTestId(root, 'remove-highlight').map(label);
    expect(new Set(remove).size).toBe(3);
    expect(remove[1]).toBe('Remove highlight “校长讲话” in “第二段：校长讲话。”');
    click(allByTestId(root, 'edit-note')[2]!);
    expect(label(byTestId(root, 'note-edit')!)).toBe('Note on “校长讲话” in “第三段：校长讲话以后大家鼓掌。”');
  });

  it('Undo puts a removed highlight back in its place, and says how long it is offered', async () => {
    const onChange = vi.fn();
    const root = show(<Harness onChange={onChange} />);
    click(allByTestId(root, 'remove-highlight')[0]!);
    expect(onChange).toHaveBeenLastCalledWith([second, third]);
    expect(notes(root)).toEqual(['second', 'third']);
    expect(byTestId(root, 'highlight-removed')?.textContent).toBe(
      'Removed the highlight “校长讲话” in “第一段：校长讲话。”. ' +
        'You can undo this until you leave the article. Undo',
    );
    click(byTestId(root, 'undo-highlight'));
    // Kept last by the collection, shown first: where it is in the article.
    expect(notes(root)).toEqual(['first', 'second', 'third']);
    await until(() => expect(document.activeElement).toBe(allByTestId(root, 'edit-note')[0]));
  });

  it('refuses a second highlight of the same passage, and says so; another occurrence is highlighted', () => {
    const onChange = vi.fn();
    const again = show(<Harness pending={{ text: '校长讲话', occurrence: 1 }} onChange={onChange} />);
    expect(byTestId(again, 'highlight-note')).toBeNull();
    expect(again.querySelector('.user-highlights [role="status"]')?.textContent).toBe(
      'This passage is already highlighted: “校长讲话”. Edit its note in the list below.',
    );
    const other = show(<Harness pending={{ text: '第二段：校长讲话', occurrence: 0 }} onChange={onChange} />);
    expect(byTestId(other, 'highlight-note')).not.toBeNull();
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('in the reader', () => {
  const article: Article = {
    ...draft(1),
    contentHtml: '<p>第一段：校长讲话。</p><p>第二段：校长讲话。</p><p>第三段：校长讲话以后大家鼓掌。</p>',
    // As an import may give it: paragraphs run together. The list reads the body, as the reader marks it.
    textContent: '第一段：校长讲话。 第二段：校长讲话。 第三段：校长讲话以后大家鼓掌。',
    id: 'a',
    tags: [],
    clippedAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
    entities: [],
    highlights: [second, first],
  };

  it('a marked passage selected again opens no bar; the list is in reading order (text from the body)', () => {
    const root = show(<ReaderView article={article} onClose={vi.fn()} onPick={vi.fn()} onUpdate={vi.fn()} />);
    expect(notes(root)).toEqual(['first', 'second']);
    expect(allByTestId(root, 'highlight-context').map((c) => c.textContent)).toEqual([
      '第一段：校长讲话。',
      '第二段：校长讲话。',
    ]);
    const mark = root.querySelectorAll('.reader-body p')[1]!.querySelector('mark')!;
    act(() => {
      const range = document.createRange();
      range.selectNodeContents(mark);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      mark.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    expect(byTestId(root, 'highlight-note')).toBeNull();
    expect(root.querySelector('.user-highlights [role="status"]')?.textContent).toMatch(/already highlighted/);
    // The third occurrence is not highlighted yet: it opens the bar.
    const p3 = root.querySelectorAll('.reader-body p')[2]!.firstChild!;
    act(() => {
      const range = document.createRange();
      range.setStart(p3, 4);
      range.setEnd(p3, 8);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      p3.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    expect(root.querySelector('.highlight-bar .pending')?.textContent).toBe('校长讲话');
  });
});

describe('placeHighlights', () => {
  it('reads the body one line per paragraph', () => {
    expect(bodyText('<p>一<b>二</b></p><div>三<p>四</p>五</div><ul><li>六</li></ul>', document)).toBe(
      '一二\n三\n四\n五\n六',
    );
  });

  it('puts a highlight the text no longer holds last, without context', () => {
    const gone: Highlight = { text: '不在了', note: null, createdAt: '2026-11-30T00:00:00Z' };
    const placed = placeHighlights(TEXT, [gone, third, first]);
    expect(placed.map((p) => p.highlight)).toEqual([first, third, gone]);
    expect(placed[2]).toMatchObject({ at: Infinity, before: '', after: '' });
  });

  it('finds a passage across white space; its context stays in its paragraph and cuts no word', () => {
    const h: Highlight = { text: 'the  president spoke', note: null, createdAt: 'x' };
    const text = 'Intro line.\nAt noon on Monday,  the president\tspoke to the students of the institute.';
    const [p] = placeHighlights(text, [h]);
    expect(p).toMatchObject({ before: '…on Monday, ', after: ' to the…' });
  });
});
