// Review 28 (R1 #6, #7): a selection too long to highlight is told as such, with the limit; a highlight's note is
// edited in place; Remove offers Undo, which brings back the highlight and its note where they were.
import './dom-globals';
import './i18n-stub';
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { ReaderView } from '../../components/ReaderView';
import { UserHighlights } from '../../components/UserHighlights';
import type { Article, Highlight } from '../../utils/model/article';
import { draft } from './factories';
import { allByTestId, byTestId, click, mountEach, submit, type, until } from './render-helpers';

const show = mountEach();
const status = (root: HTMLElement) => root.querySelector('.user-highlights [role="status"]')?.textContent;

/** Select the text of `node` as caret browsing or a screen reader does (no mouse event). */
const select = (node: Node) =>
  act(() => {
    const range = document.createRange();
    range.selectNodeContents(node);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  });

describe('a selection longer than a highlight may be (R1 #6)', () => {
  const long = '长'.repeat(2030);
  const article: Article = {
    ...draft(1),
    contentHtml: `<p>${long}</p><p>短句。</p>`,
    textContent: `${long}短句。`,
    id: 'a',
    tags: [],
    clippedAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
    entities: [],
    highlights: [],
  };
  const tooLong =
    'The selection is too long to highlight: a highlight is at most 2,000 characters. Select a shorter passage.';

  it('is told as too long, with the limit, from "Highlight selection"; no bar opens', () => {
    const root = show(<ReaderView article={article} onClose={vi.fn()} onPick={vi.fn()} onUpdate={vi.fn()} />);
    select(root.querySelector('.reader-body p')!);
    click(byTestId(root, 'highlight-selection'));
    expect(status(root)).toBe(tooLong);
    expect(byTestId(root, 'highlight-note')).toBeNull();
  });

  it('is told as too long when made with the mouse; a shorter one then opens the bar', () => {
    const root = show(<ReaderView article={article} onClose={vi.fn()} onPick={vi.fn()} onUpdate={vi.fn()} />);
    const [first, second] = root.querySelectorAll('.reader-body p');
    select(first!);
    act(() => void first!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true })));
    expect(status(root)).toBe(tooLong);
    select(second!);
    act(() => void second!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true })));
    expect(root.querySelector('.highlight-bar .pending')?.textContent).toBe('短句。');
  });
});

describe('a highlight’s note and Remove (R1 #7)', () => {
  const first: Highlight = { text: '卢建军主持会议', note: '主持仁', createdAt: '2026-11-02T00:00:00Z' };
  const second: Highlight = { text: '“6352”工程', note: null, createdAt: '2026-11-02T00:01:00Z' };
  /** The reader's part, with the article's highlights kept as the store would keep them. */
  function Harness({ onChange }: { onChange: (h: Highlight[]) => void }) {
    const [highlights, setHighlights] = useState([first, second]);
    return (
      <UserHighlights
        highlights={highlights}
        pending={null}
        onDone={() => {}}
        onChange={(h) => {
          onChange(h);
          setHighlights(h);
        }}
      />
    );
  }
  const notes = (root: HTMLElement) =>
    allByTestId(root, 'highlight-item').map((li) => li.querySelector('.note')?.textContent ?? null);

  it('edits a note in place: Save keeps the new one, Escape keeps the old', async () => {
    const onChange = vi.fn();
    const root = show(<Harness onChange={onChange} />);
    const edit = allByTestId(root, 'edit-note');
    expect(edit.map((b) => b.textContent)).toEqual(['Edit note', 'Add note']);
    expect(edit[0]!.getAttribute('aria-label')).toBe('Edit note on “卢建军主持会议”');
    click(edit[0]!);
    const field = byTestId(root, 'note-edit') as HTMLInputElement;
    expect(field.value).toBe('主持仁');
    expect(document.activeElement).toBe(field);
    type(field, '主持人');
    submit(root.querySelector('.note-editor'));
    expect(onChange).toHaveBeenLastCalledWith([{ ...first, note: '主持人' }, second]);
    expect(notes(root)).toEqual(['主持人', null]);
    await until(() => expect(document.activeElement).toBe(allByTestId(root, 'edit-note')[0]));
    // A note added to the second; then an edit left with Escape changes nothing.
    click(allByTestId(root, 'edit-note')[1]!);
    type(byTestId(root, 'note-edit'), '项目');
    submit(root.querySelector('.note-editor'));
    expect(notes(root)).toEqual(['主持人', '项目']);
    click(allByTestId(root, 'edit-note')[0]!);
    type(byTestId(root, 'note-edit'), '不要');
    act(() => {
      byTestId(root, 'note-edit')!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
      );
    });
    expect(byTestId(root, 'note-edit')).toBeNull();
    expect(notes(root)).toEqual(['主持人', '项目']);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('Remove offers Undo, which brings back the highlight and its note where they were', async () => {
    const onChange = vi.fn();
    const root = show(<Harness onChange={onChange} />);
    click(allByTestId(root, 'remove-highlight')[0]!);
    expect(onChange).toHaveBeenLastCalledWith([second]);
    expect(byTestId(root, 'highlight-removed')?.textContent).toBe(
      'Removed the highlight “卢建军主持会议”. You can undo this until you leave the article. Undo',
    );
    await until(() => expect(document.activeElement).toBe(byTestId(root, 'undo-highlight')));
    click(byTestId(root, 'undo-highlight'));
    expect(onChange).toHaveBeenLastCalledWith([first, second]);
    expect(notes(root)).toEqual(['主持仁', null]);
    expect(byTestId(root, 'highlight-removed')).toBeNull();
    await until(() => expect(document.activeElement).toBe(allByTestId(root, 'edit-note')[0]));
  });
});
