// Session 26's findings on labels and the keyboard, in jsdom: what a sighted user sees beside each date field, what
// a screen reader names it, and where focus goes in the reader.
import './dom-globals';
import './i18n-stub';
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FilterBar } from '../../components/FilterBar';
import { ReaderView } from '../../components/ReaderView';
import { NO_FILTERS } from '../../utils/collection/query';
import type { Article } from '../../utils/model/article';
import { draft, listCard } from './factories';
import { byTestId, click, mountEach, submit, type, until } from './render-helpers';

const show = mountEach();

/** The accessible name from aria-labelledby (the only naming these fields use), as a screen reader computes it. */
const nameOf = (el: HTMLElement) =>
  (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('FilterBar date fields (finding 13)', () => {
  it('show visible words beside each field, and each field keeps one full accessible name', () => {
    const root = show(
      <FilterBar filters={NO_FILTERS} facets={{ tags: [], sites: [], names: [] }} onChange={vi.fn()} />,
    );
    const from = byTestId(root, 'filter-from')!;
    const to = byTestId(root, 'filter-to')!;
    // Visible: the field sits in a <label> whose own text says which end of the range it is.
    expect(from.closest('label')?.textContent).toBe('from');
    expect(to.closest('label')?.textContent).toBe('to');
    expect(root.querySelector('.date-range')?.textContent).toBe('Publishedfromto');
    // No aria-label hiding the visible words; the name read out contains them (WCAG 2.5.3, label in name).
    expect(from.hasAttribute('aria-label')).toBe(false);
    expect(nameOf(from)).toBe('Published from');
    expect(nameOf(to)).toBe('Published to');
  });
});

describe('ReaderView and the keyboard (findings 5 and 15)', () => {
  const article: Article = {
    ...draft(1),
    contentHtml: '<p>党委书记卢建军主持会议。</p><p>“6352”工程启动。</p>',
    textContent: '党委书记卢建军主持会议。“6352”工程启动。',
    id: 'a',
    tags: [],
    clippedAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
    entities: [],
    highlights: [],
  };
  const escape = (from: EventTarget) =>
    act(() => {
      from.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    });
  /** Select the text of `node` without any mouse or key event, as caret browsing or a screen reader does. */
  const selectWithoutMouse = (node: Node) =>
    act(() => {
      const range = document.createRange();
      range.selectNodeContents(node);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });

  it('moves focus to its heading when it opens', () => {
    const root = show(<ReaderView article={article} onClose={vi.fn()} onPick={vi.fn()} />);
    const heading = root.querySelector<HTMLElement>('#reader-title')!;
    expect(heading.tabIndex).toBe(-1);
    expect(document.activeElement).toBe(heading);
  });

  // After the next paint was too late: a control focused in between lost focus to the heading, and its key was lost
  // (the e2e focus test failed so under load, on Delete and on Next).
  it('moves focus to its heading in the commit that draws it, before any later focus', () => {
    const host = document.body.appendChild(document.createElement('div'));
    render(<ReaderView article={article} onClose={vi.fn()} onPick={vi.fn()} onDelete={vi.fn()} />, host);
    expect(document.activeElement?.id).toBe('reader-title');
    byTestId(host, 'delete')!.focus();
    return new Promise<void>((done) =>
      setTimeout(() => {
        expect(document.activeElement).toBe(byTestId(host, 'delete'));
        render(null, host);
        host.remove();
        done();
      }, 50),
    );
  });

  // CI's focus.e2e: ] pressed as soon as the next article's heading had focus was lost, because focus moved in the
  // commit and the keys were only listened to after the paint.
  it('takes ] and Escape in the commit that draws it, as soon as its heading has focus', () => {
    const host = document.body.appendChild(document.createElement('div'));
    const onClose = vi.fn();
    const onStep = vi.fn();
    const cards = [listCard(0, { id: 'before' }), listCard(1, { id: article.id }), listCard(2, { id: 'after' })];
    render(<ReaderView article={article} onClose={onClose} onPick={vi.fn()} cards={cards} onOpen={onStep} />, host);
    const heading = document.activeElement!;
    expect(heading.id).toBe('reader-title');
    heading.dispatchEvent(new KeyboardEvent('keydown', { key: ']', bubbles: true }));
    heading.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    render(null, host);
    host.remove();
    expect(onStep).toHaveBeenCalledWith('after');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('closes on Escape from the page body (focus lost) and from its text, but not from the highlight bar', () => {
    const onClose = vi.fn();
    const root = show(<ReaderView article={article} onClose={onClose} onPick={vi.fn()} />);
    escape(document.body);
    expect(onClose).toHaveBeenCalledTimes(1);
    escape(root.querySelector('.reader-body p')!);
    expect(onClose).toHaveBeenCalledTimes(2);
    // Escape in the bar closes the bar and keeps the reader.
    selectWithoutMouse(root.querySelectorAll('.reader-body p')[1]!);
    click(byTestId(root, 'highlight-selection'));
    escape(byTestId(root, 'highlight-note')!);
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(byTestId(root, 'highlight-note')).toBeNull();
  });

  it('offers its text as a named stop for the keyboard', () => {
    const root = show(<ReaderView article={article} onClose={vi.fn()} onPick={vi.fn()} />);
    const body = root.querySelector<HTMLElement>('.reader-body')!;
    expect(body.tabIndex).toBe(0);
    expect(body.getAttribute('role')).toBe('region');
    expect(body.getAttribute('aria-label')).toBe('Article text');
  });

  it('highlights a selection made without the mouse, kept while focus moves to the button', async () => {
    const onUpdate = vi.fn();
    const root = show(<ReaderView article={article} onClose={vi.fn()} onPick={vi.fn()} onUpdate={onUpdate} />);
    const start = byTestId(root, 'highlight-selection')!;
    // Nothing selected yet: the button says how to select.
    click(start);
    expect(root.querySelector('.user-highlights [role="status"]')?.textContent).toMatch(/caret browsing \(F7\)/);
    selectWithoutMouse(root.querySelectorAll('.reader-body p')[1]!);
    // Moving focus to the button may collapse the selection onto it: what was selected is remembered.
    act(() => {
      document.getSelection()!.collapse(start, 0);
      document.dispatchEvent(new Event('selectionchange'));
      start.focus();
    });
    click(start);
    expect(root.querySelector('.highlight-bar .pending')?.textContent).toBe('“6352”工程启动。');
    await until(() => expect(document.activeElement).toBe(byTestId(root, 'highlight-note')));
    type(byTestId(root, 'highlight-note'), '工程');
    submit(root.querySelector('.highlight-bar'));
    expect(onUpdate).toHaveBeenCalledWith({
      highlights: [expect.objectContaining({ text: '“6352”工程启动。', note: '工程' })],
    });
    // The bar is gone; focus is back on the button, not on the page's body.
    await until(() => expect(document.activeElement).toBe(byTestId(root, 'highlight-selection')));
  });

  it('forgets a selection when the caret collapses inside the text (a click there)', () => {
    const root = show(<ReaderView article={article} onClose={vi.fn()} onPick={vi.fn()} />);
    const p = root.querySelectorAll('.reader-body p')[1]!;
    selectWithoutMouse(p);
    act(() => {
      document.getSelection()!.collapse(p, 0);
      document.dispatchEvent(new Event('selectionchange'));
    });
    click(byTestId(root, 'highlight-selection'));
    expect(byTestId(root, 'highlight-note')).toBeNull();
  });
});
