// The search box: answers while typing; ArrowDown moves into the results, Enter opens the first, Escape clears.
import type { RefObject } from 'preact';
import { t } from '../i18n';
import { focusFirstResult } from './keyboard';

export interface SearchBoxProps {
  query: string;
  /** Whether the results list is shown (aria-controls may only name an element that exists). */
  expanded: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
  onQuery(query: string): void;
  onClear(): void;
}

export function SearchBox({ query, expanded, inputRef, onQuery, onClear }: SearchBoxProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      if (focusFirstResult()) event.preventDefault();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      focusFirstResult()?.click();
    } else if (event.key === 'Escape' && query !== '') {
      // Handled here so the popup itself does not close on the same key.
      event.preventDefault();
      event.stopPropagation();
      onClear();
    }
  };
  return (
    <search class="search-box">
      <label for="search-input" class="sr-only">
        {t('searchLabel')}
      </label>
      <input
        ref={inputRef}
        id="search-input"
        type="search"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('searchPlaceholder')}
        value={query}
        aria-controls={expanded ? 'search-results' : undefined}
        aria-describedby="search-help"
        onInput={(event) => onQuery((event.target as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <span id="search-help" class="sr-only">
        {t('searchHelp')}
      </span>
    </search>
  );
}
