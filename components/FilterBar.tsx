import type { Filters } from '../utils/collection/query';
import { t, tn } from '../utils/platform/i18n';
import { useNameField } from '../hooks/use-name-field';

export type FilterBarProps = {
  /** The filters in force. */
  filters: Filters;
  /** What the collection offers to filter by (facetsOf: names most frequent first). */
  facets: { tags: string[]; sites: string[]; names: string[] };
  /** Change some filters; the rest stay. */
  onChange: (patch: Partial<Filters>) => void;
};

/** The options of a filter, with the value in force among them even when no article has it any more (a tag just
 * removed from every article it filtered): the menu still shows the filter on, not a blank. */
const withCurrent = (options: string[], current: string | null) =>
  current && !options.includes(current) ? [current, ...options] : options;

/** Filters by tag, site, person or program, and publication dates; they combine with the search. */
export function FilterBar({ filters, facets, onChange }: FilterBarProps) {
  const name = useNameField(facets.names, filters.name);
  const active = !!(filters.tag || filters.site || filters.name || filters.from || filters.to);
  return (
    <fieldset class="filters">
      <legend class="visually-hidden">{t('filtersLabel')}</legend>
      <select
        data-testid="filter-tag"
        aria-label={t('filterTag')}
        value={filters.tag ?? ''}
        onChange={(e) => onChange({ tag: e.currentTarget.value || null })}
      >
        <option value="">{t('anyTag')}</option>
        {withCurrent(facets.tags, filters.tag).map((x) => (
          <option key={x} value={x}>
            {x}
          </option>
        ))}
      </select>
      <select
        data-testid="filter-site"
        aria-label={t('filterSite')}
        value={filters.site ?? ''}
        onChange={(e) => onChange({ site: e.currentTarget.value || null })}
      >
        <option value="">{t('anySite')}</option>
        {withCurrent(facets.sites, filters.site).map((x) => (
          <option key={x} value={x}>
            {x}
          </option>
        ))}
      </select>
      <input
        data-testid="filter-name"
        list="all-names"
        aria-label={t('filterName')}
        placeholder={t('filterName')}
        value={name.typed}
        aria-describedby={name.unknown ? 'name-hint' : undefined}
        onInput={(e) => name.type(e.currentTarget.value)}
        onChange={(e) => onChange({ name: e.currentTarget.value.trim() || null })}
      />
      {/* The names holding what is typed, across the whole collection: not the first few hundred of all. */}
      <datalist id="all-names">
        {name.offered.map((x) => (
          <option key={x} value={x} />
        ))}
      </datalist>
      {name.unknown && (
        <p id="name-hint" class="hint" role="status" data-testid="name-hint">
          {name.unknown.count
            ? tn('nameFilterPartOf', name.unknown.count, filters.name!)
            : t('nameFilterNoMatch', filters.name!)}
        </p>
      )}
      {/* Visible words, not only aria-labels: the two date fields otherwise look the same. Each field is named by
          the group's word and its own ("Published from"), as a screen reader in forms mode reads it. */}
      <span class="date-range" role="group" aria-labelledby="filter-dates">
        <span id="filter-dates">{t('filterDates')}</span>
        <label>
          <span id="filter-from-label">{t('filterFrom')}</span>
          <input
            type="date"
            data-testid="filter-from"
            aria-labelledby="filter-dates filter-from-label"
            value={filters.from ?? ''}
            onChange={(e) => onChange({ from: e.currentTarget.value || null })}
          />
        </label>
        <label>
          <span id="filter-to-label">{t('filterTo')}</span>
          <input
            type="date"
            data-testid="filter-to"
            aria-labelledby="filter-dates filter-to-label"
            value={filters.to ?? ''}
            onChange={(e) => onChange({ to: e.currentTarget.value || null })}
          />
        </label>
      </span>
      {active && (
        <button
          type="button"
          data-testid="clear-filters"
          onClick={() => onChange({ tag: null, site: null, name: null, from: null, to: null })}
        >
          {t('clearFilters')}
        </button>
      )}
    </fieldset>
  );
}
