// The popup: a search bar over every digest, and one view at a time (the page's verdict and items first).
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { usePopupData, useSearchable } from './data/use-data';
import { type TabState, useTabState } from './data/use-tab';
import { t } from './i18n';
import { lazyComponent } from './lazy';
import { NavigationContext, useNavigationState } from './navigation';
import { SearchBox } from './search/SearchBox';
import { SearchView } from './search/SearchView';
import { EMPTY_SEARCH, isSearching, type SearchState } from './search/state';
import { DigestView } from './views/DigestView';
import { EntityView } from './views/EntityView';
import { HomeView } from './views/HomeView';
import { CardSkeleton } from './views/ItemCard';
import type { Verdict } from './views/VerdictHeader';

// Settings carry the file importer and its checks: loaded when the reader opens them.
const SettingsView = lazyComponent(() => import('./settings/SettingsView').then((module) => module.SettingsView));
// The reading log and the digest composer: loaded when the reader opens them.
const ReadingView = lazyComponent(() => import('./reading/ReadingView').then((module) => module.ReadingView));
const ComposeView = lazyComponent(() => import('./reading/ComposeView').then((module) => module.ComposeView));

export function App({ tab: tabState }: { tab: Promise<TabState> }) {
  const navigation = useNavigationState();
  const tab = useTabState(tabState);
  const load = usePopupData();
  const [search, setSearch] = useState<SearchState>(EMPTY_SEARCH);
  const input = useRef<HTMLInputElement>(null);
  const { view, open, back } = navigation;

  const data = 'ok' in load && load.ok ? load.data : null;
  const searchable = useSearchable(data);
  const dataError = 'ok' in load && !load.ok ? t('dataFailed', load.error) : null;
  const report = tab.state === 'ready' ? tab.tab.report : null;
  // Without the tabs permission the worker may not know the address; the page's own report does.
  const url = tab.state === 'ready' ? (report?.url ?? tab.tab.url) : null;
  const verdict: Verdict | undefined =
    tab.state === 'ready' ? (report?.analysis.verdict ?? (tab.reading ? 'reading' : 'unavailable')) : undefined;
  const access = tab.state === 'ready' ? tab.tab.access : true;

  // Typing opens the search view; emptying the box keeps it (it then lists everything, newest first),
  // so the filters stay at hand. Escape or Back leaves it.
  const onSearch = (next: SearchState) => {
    setSearch(next);
    if (isSearching(next)) open({ name: 'search' });
  };
  const clearSearch = () => {
    setSearch(EMPTY_SEARCH);
    if (view.name === 'search') back();
    input.current?.focus();
  };

  // Back on the page view from another view, the keyboard continues from its heading, not from nowhere.
  // A layout effect, so the focus is in place before the next key press can arrive.
  const previous = useRef(view.name);
  useLayoutEffect(() => {
    const from = previous.current;
    previous.current = view.name;
    if (view.name === 'home' && from !== 'home' && from !== 'search')
      document.querySelector<HTMLElement>('.verdict h1')?.focus();
  }, [view]);

  // Escape outside the search box: leave the search, or go back one view.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (view.name === 'search') clearSearch();
      else if (view.name !== 'home') back();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  let body = null;
  if (view.name === 'home' && verdict)
    body = <HomeView verdict={verdict} report={report} url={url} access={access} data={data} dataError={dataError} />;
  else if (view.name === 'settings') body = <SettingsView url={url} data={data} />;
  else if (view.name === 'reading') body = <ReadingView url={url} data={data} />;
  else if (view.name === 'compose') body = <ComposeView key={view.draftId} draftId={view.draftId} />;
  else if (view.name === 'search')
    body = searchable ? (
      <SearchView dataset={searchable} search={search} onSearch={onSearch} input={input.current} />
    ) : (
      <CardSkeleton />
    );
  else if (data && view.name === 'entity') body = <EntityView key={view.id} id={view.id} data={data} />;
  else if (data && view.name === 'digest')
    body = <DigestView key={view.id} id={view.id} itemId={view.itemId} data={data} />;
  else if (dataError)
    body = (
      <p class="error" role="alert">
        {dataError}
      </p>
    );

  return (
    <NavigationContext.Provider value={navigation}>
      <div
        class="popup"
        data-verdict={verdict}
        data-view={view.name}
        data-digest-page={report?.digestPage ? '' : undefined}
      >
        <nav class="top-bar" aria-label={t('extName')}>
          <SearchBox
            query={search.query}
            expanded={view.name === 'search' && searchable !== null}
            inputRef={input}
            onQuery={(query) => onSearch({ ...search, query })}
            onClear={clearSearch}
          />
          <button
            type="button"
            class="icon-button"
            aria-label={t('settingsHeading')}
            aria-pressed={view.name === 'settings'}
            onClick={() => (view.name === 'settings' ? back() : open({ name: 'settings' }))}
          >
            <span aria-hidden="true">⚙</span>
          </button>
          <button
            type="button"
            class="reading-button"
            data-action="my-reading"
            aria-label={t('readingHeading')}
            aria-pressed={view.name === 'reading'}
            onClick={() => (view.name === 'reading' ? back() : open({ name: 'reading' }))}
          >
            {/* Not an .icon-button: tests find the settings button as the top bar's one icon button. */}
            <span aria-hidden="true">☷</span>
          </button>
        </nav>
        <main class="content">{body}</main>
      </div>
    </NavigationContext.Provider>
  );
}
