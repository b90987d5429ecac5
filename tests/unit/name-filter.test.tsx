// The person/program filter at the size of a real collection: thousands of names, most Latin one-offs, a few
// Chinese names in hundreds of articles (R10 #4).
import './dom-globals';
import './i18n-stub';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { FilterBar } from '../../components/FilterBar';
import type { Card } from '../../utils/collection/card';
import { matchNames, nameKey, SUGGESTED_NAMES } from '../../utils/collection/name-suggestions';
import { facetsOf, NO_FILTERS, type Filters } from '../../utils/collection/query';
import { byTestId, mountEach, type } from './render-helpers';

const card = (id: string, names: string[], tags: string[] = []): Card => ({
  id,
  url: `http://x.edu/${id}`,
  title: id,
  lang: 'zh',
  site: { host: 'news.xjtu.edu.cn', name: null, university: null },
  publishedAt: null,
  clippedAt: '2026-01-01T00:00:00Z',
  views: null,
  tags,
  sortPublished: '2026-01-01T00:00:00Z',
  chips: [],
  names,
});

// 700 one-off Latin names ("Aaron Abbott0" …), which sort before any Han name; 卢建军 in 40 articles, 张翔 (stored
// in traditional script) in 5, David Okafor in 20.
const cards = [
  ...Array.from({ length: 700 }, (_, i) => card(`l${i}`, [`A${String(i).padStart(3, '0')} Abbott`])),
  ...Array.from({ length: 40 }, (_, i) => card(`lu${i}`, ['卢建军'])),
  ...Array.from({ length: 5 }, (_, i) => card(`z${i}`, ['張翔'])),
  ...Array.from({ length: 20 }, (_, i) => card(`o${i}`, ['David Okafor'])),
];
const facets = facetsOf(cards);
const show = mountEach();
const bar = (filters: Filters = NO_FILTERS) => show(<FilterBar filters={filters} facets={facets} onChange={vi.fn()} />);
const offered = (root: HTMLElement) =>
  [...root.querySelectorAll('#all-names option')].map((o) => o.getAttribute('value'));

describe('matchNames', () => {
  const keys = facets.names.map(nameKey);
  it('finds a name by any part, in either script and any case, most frequent first, a bounded number', () => {
    expect(matchNames(facets.names, keys, '卢').offered).toEqual(['卢建军']);
    expect(matchNames(facets.names, keys, '盧建軍').offered).toEqual(['卢建军']);
    expect(matchNames(facets.names, keys, '张').offered).toEqual(['張翔']);
    expect(matchNames(facets.names, keys, 'okafor')).toEqual({ offered: ['David Okafor'], count: 1, exact: false });
    expect(matchNames(facets.names, keys, '盧建軍').exact).toBe(true);
    const all = matchNames(facets.names, keys, 'abbott');
    expect(all.count).toBe(700);
    expect(all.offered).toHaveLength(SUGGESTED_NAMES);
    expect(matchNames(facets.names, keys, '').offered.slice(0, 3)).toEqual(['卢建军', 'David Okafor', '張翔']);
  });
});

describe('FilterBar name field', () => {
  it('offers the most frequent names before anything is typed, Chinese ones among them', () => {
    const names = offered(bar());
    expect(names.slice(0, 3)).toEqual(['卢建军', 'David Okafor', '張翔']);
    expect(names.length).toBeLessThanOrEqual(SUGGESTED_NAMES);
  });

  it('offers, as the user types, the names holding the text across the whole collection', () => {
    const root = bar();
    type(byTestId(root, 'filter-name'), '卢');
    expect(offered(root)).toEqual(['卢建军']);
    type(byTestId(root, 'filter-name'), 'okafor');
    expect(offered(root)).toEqual(['David Okafor']);
    type(byTestId(root, 'filter-name'), 'A699');
    expect(offered(root)).toEqual(['A699 Abbott']);
    expect((byTestId(root, 'filter-name') as HTMLInputElement).value).toBe('A699');
  });

  it('says why a filter that is no name finds nothing: the names it is part of, or that none matches', () => {
    expect(byTestId(bar({ ...NO_FILTERS, name: '盧建軍' }), 'name-hint')).toBeNull();
    const part = bar({ ...NO_FILTERS, name: 'okafor' });
    expect(byTestId(part, 'name-hint')?.textContent).toBe('“okafor” is part of 1 name: pick it from the list.');
    expect(offered(part)).toEqual(['David Okafor']);
    expect(byTestId(bar({ ...NO_FILTERS, name: 'Abbott' }), 'name-hint')?.textContent).toBe(
      '“Abbott” is part of 700 names: pick one from the list.',
    );
    expect(byTestId(bar({ ...NO_FILTERS, name: 'Nobody' }), 'name-hint')?.textContent).toBe(
      'No person or program is called “Nobody”.',
    );
  });

  it('shows a filter set elsewhere (Clear, a name picked in the reader) rather than what was typed before', () => {
    const onChange = vi.fn();
    const at = (filters: Filters) => <FilterBar filters={filters} facets={facets} onChange={onChange} />;
    const root = show(at(NO_FILTERS));
    const field = () => byTestId(root, 'filter-name') as HTMLInputElement;
    type(field(), 'oka');
    expect(field().value).toBe('oka');
    type(field(), 'David Okafor', 'change');
    expect(onChange).toHaveBeenLastCalledWith({ name: 'David Okafor' });
    act(() => render(at({ ...NO_FILTERS, name: 'David Okafor' }), root));
    expect(field().value).toBe('David Okafor');
    act(() => render(at(NO_FILTERS), root));
    expect(field().value).toBe('');
    expect(offered(root)[0]).toBe('卢建军');
  });
});
