// @vitest-environment happy-dom
// A single-page site's move to another article is heard from the Navigation API where the browser has
// one, with no timer left running; without it, from a slow poll of the address.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchNavigation } from '../../../content-scripts/watch-navigation';

const scope = window as unknown as { navigation?: EventTarget };

afterEach(() => {
  delete scope.navigation;
  vi.useRealTimers();
});

describe('watchNavigation', () => {
  it('hears pushState from the Navigation API, and sets no timer', () => {
    vi.useFakeTimers();
    scope.navigation = new EventTarget();
    const moved = vi.fn();
    const stop = new AbortController();
    watchNavigation(stop.signal, moved);
    expect(vi.getTimerCount()).toBe(0);
    history.pushState({}, '', '?story=steppe');
    scope.navigation.dispatchEvent(new Event('currententrychange'));
    vi.runAllTimers();
    expect(moved).toHaveBeenCalledTimes(1);
    // The same address again is no move; after the abort nothing is heard.
    scope.navigation.dispatchEvent(new Event('currententrychange'));
    vi.runAllTimers();
    stop.abort();
    history.pushState({}, '', '?story=aral');
    scope.navigation.dispatchEvent(new Event('currententrychange'));
    vi.runAllTimers();
    expect(moved).toHaveBeenCalledTimes(1);
  });

  it('polls the address where the browser has no Navigation API, and stops at the abort', () => {
    vi.useFakeTimers();
    const moved = vi.fn();
    const stop = new AbortController();
    watchNavigation(stop.signal, moved);
    expect(vi.getTimerCount()).toBe(1);
    history.pushState({}, '', '?story=baikonur');
    vi.advanceTimersByTime(1000);
    expect(moved).toHaveBeenCalledTimes(1);
    stop.abort();
    expect(vi.getTimerCount()).toBe(0);
  });
});
