// Session 26's findings on labels and the keyboard, in jsdom: what a sighted user sees beside each date field, what
// a screen reader names it, and where focus goes in the reader.
import './dom-globals';
import './i18n-stub';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FilterBar } from '../../components/FilterBar';
import { NO_FILTERS } from '../../utils/collection/query';
import { byTestId, mount, unmount } from './render-helpers';

let roots: HTMLElement[] = [];
const show = (ui: Parameters<typeof mount>[0]) => {
  const r = mount(ui);
  roots.push(r);
  return r;
};
afterEach(() => {
  roots.forEach(unmount);
  roots = [];
});

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
