// Notices a single-page site moving to another article (history.pushState, back and forward).

const POLL_MS = 800;

export function watchNavigation(signal: AbortSignal, onNavigate: () => void): void {
  let lastUrl = location.href;
  const check = () => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    onNavigate();
  };
  window.addEventListener('popstate', check, { signal });
  // A content script cannot see the page's pushState calls. The Navigation API reports every change of the
  // current entry, pushState's too; where a browser lacks it, the address is compared on a slow timer, which
  // would otherwise wake every page the look turned away, for as long as it stays open.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', () => setTimeout(check, 0), { signal });
    return;
  }
  const timer = setInterval(check, POLL_MS);
  signal.addEventListener('abort', () => clearInterval(timer));
}
