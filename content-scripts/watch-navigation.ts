// Notices a single-page site moving to another article (history.pushState, back and forward).

const POLL_MS = 800;

export function watchNavigation(signal: AbortSignal, onNavigate: () => void): void {
  let lastUrl = location.href;
  const check = () => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    onNavigate();
  };
  // A content script cannot see the page's pushState calls, so the address is compared on a slow timer,
  // and at once on popstate or where the Navigation API reports it.
  const timer = setInterval(check, POLL_MS);
  window.addEventListener('popstate', check, { signal });
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', () => setTimeout(check, 0), { signal });
  signal.addEventListener('abort', () => clearInterval(timer));
}
