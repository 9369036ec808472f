// Search results over every digest, bundled and imported, with the query's words marked.
import { useMemo } from 'preact/hooks';
import type { LoadedDataset } from '../../src/core/dataset/load';
import { formatDate, t } from '../i18n';
import { useNavigation } from '../navigation';
import { Marked } from '../views/Marked';
import { moveBetweenResults } from './keyboard';
import { queryTerms } from './marks';
import { SearchFilters } from './SearchFilters';
import { runSearch, type SearchState } from './state';

const SHOWN = 40;

export interface SearchViewProps {
  dataset: LoadedDataset;
  search: SearchState;
  onSearch(search: SearchState): void;
  input: HTMLInputElement | null;
}

export function SearchView({ dataset, search, onSearch, input }: SearchViewProps) {
  const { open } = useNavigation();
  const results = useMemo(() => runSearch(dataset, search), [dataset, search]);
  const terms = useMemo(() => queryTerms(search.query), [search.query]);
  return (
    <section class="section search-view" aria-labelledby="search-heading">
      <h1 id="search-heading" class="sr-only">
        {t('searchResultsHeading')}
      </h1>
      <SearchFilters
        dataset={dataset}
        filters={search.filters}
        onChange={(filters) => onSearch({ ...search, filters })}
      />
      <p class="result-count" role="status">
        {results.length === 0 ? t('noResults') : t('resultCount', results.length)}
      </p>
      <ol id="search-results" class="results" onKeyDown={(event) => moveBetweenResults(event, input)}>
        {results.slice(0, SHOWN).map((item, index) => {
          const digest = dataset.digestById.get(item.digests[0]);
          const meta = [item.outlet, formatDate(item.published ?? digest?.date ?? digest?.month), digest?.publisher];
          return (
            <li key={item.id}>
              <button
                type="button"
                class="result"
                data-result
                data-item={item.id}
                tabIndex={index === 0 ? 0 : -1}
                onClick={() => open({ name: 'digest', id: item.digests[0], itemId: item.id })}
              >
                <span class="result-headline">
                  <Marked text={item.headline ?? item.outlet} terms={terms} />
                </span>
                <span class="result-meta">
                  <Marked text={meta.filter(Boolean).join(' · ')} terms={terms} />
                </span>
                <span class="result-summary">
                  <Marked text={item.summary} terms={terms} />
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
