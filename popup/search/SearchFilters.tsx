// Filters for the search: topic, outlet, publisher and year, each a labelled select.
import { useMemo } from 'preact/hooks';
import type { SearchFilters as Filters, LoadedDataset } from '../../src/core/dataset/load';
import { type MessageKey, t } from '../i18n';
import { filterChoices } from './state';

export const topicLabel = (topic: string) => t(`topic_${topic.replace('-', '_')}` as MessageKey);

interface SelectProps {
  id: string;
  label: string;
  value: string;
  choices: { value: string; label: string }[];
  onChange(value: string): void;
}

function Select({ id, label, value, choices, onChange }: SelectProps) {
  return (
    <span class="filter">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange((event.target as HTMLSelectElement).value)}>
        <option value="">{t('filterAny')}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </span>
  );
}

export function SearchFilters({
  dataset,
  filters,
  onChange,
}: {
  dataset: LoadedDataset;
  filters: Filters;
  onChange(filters: Filters): void;
}) {
  const choices = useMemo(() => filterChoices(dataset), [dataset]);
  const plain = (values: string[]) => values.map((value) => ({ value, label: value }));
  const set = (change: Filters) => onChange({ ...filters, ...change });
  return (
    <fieldset class="filters">
      <legend class="sr-only">{t('filtersLegend')}</legend>
      <Select
        id="filter-topic"
        label={t('filterTopic')}
        value={filters.topic ?? ''}
        choices={choices.topics.map((topic) => ({ value: topic, label: topicLabel(topic) }))}
        onChange={(topic) => set({ topic: topic || undefined })}
      />
      <Select
        id="filter-outlet"
        label={t('filterOutlet')}
        value={filters.outlet ?? ''}
        choices={plain(choices.outlets)}
        onChange={(outlet) => set({ outlet: outlet || undefined })}
      />
      <Select
        id="filter-publisher"
        label={t('filterPublisher')}
        value={filters.publisher ?? ''}
        choices={plain(choices.publishers)}
        onChange={(publisher) => set({ publisher: publisher || undefined })}
      />
      <Select
        id="filter-year"
        label={t('filterYear')}
        value={filters.year ? String(filters.year) : ''}
        choices={plain(choices.years.map(String))}
        onChange={(year) => set({ year: year ? Number(year) : undefined })}
      />
    </fieldset>
  );
}
