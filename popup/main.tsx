// Popup entry: asks for the tab's report and starts loading the digests at once, then renders.
import { render } from 'preact';
import { App } from './App';
import { popupData } from './data/load';
import { askTabState } from './data/use-tab';
import { takeEarlyTab } from './early';
import { uiLanguage } from './i18n';
import { MARKS, markOnce } from './rendered-mark';
import { resolveTabId } from './tab';
import './popup.css';

// Both requests leave before the first render: the verdict shows as soon as the worker answers, and the
// items follow when the dataset is read.
markOnce(MARKS.start);
const early = takeEarlyTab();
const tab = (
  early
    ? early.state.catch(() => early.tabId.then(askTabState))
    : resolveTabId(new URLSearchParams(location.search)).then(askTabState)
).finally(() => markOnce(MARKS.tab));
void popupData();
document.documentElement.lang = uiLanguage();
render(<App tab={tab} />, document.getElementById('app')!);
