// Popup entry: renders the view for the tab named in ?tab=, or for the active tab.
import { render } from 'preact';
import { App } from './App';
import { resolveTabId } from './tab';

const root = document.getElementById('app')!;
void resolveTabId(new URLSearchParams(location.search)).then((tabId) => render(<App tabId={tabId} />, root));
