// Arrow-key movement through search results: one tab stop for the list, arrows between results.

const RESULTS = '#search-results [data-result]';

function results(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(RESULTS)];
}

export function focusFirstResult(): HTMLElement | null {
  const first = results()[0] ?? null;
  first?.focus();
  return first;
}

/** Handles a key pressed on a result; returns true when it moved the focus. */
export function moveBetweenResults(event: KeyboardEvent, input: HTMLInputElement | null): boolean {
  const list = results();
  const at = list.indexOf(event.target as HTMLElement);
  if (at < 0) return false;
  let next: HTMLElement | null | undefined;
  if (event.key === 'ArrowDown') next = list[Math.min(at + 1, list.length - 1)];
  else if (event.key === 'ArrowUp') next = at === 0 ? input : list[at - 1];
  else if (event.key === 'Home') next = list[0];
  else if (event.key === 'End') next = list[list.length - 1];
  if (!next) return false;
  event.preventDefault();
  next.focus();
  return true;
}
