// Which view the popup shows, as a stack: opening a view pushes it, Back (or Escape in a view) pops it.
import { createContext } from 'preact';
import { useCallback, useContext, useMemo, useState } from 'preact/hooks';

export type View =
  | { name: 'home' }
  | { name: 'search' }
  | { name: 'entity'; id: string }
  | { name: 'digest'; id: string; itemId?: string }
  | { name: 'settings' }
  | { name: 'reading' }
  | { name: 'compose'; draftId: string };

export interface Navigation {
  view: View;
  depth: number;
  open(view: View): void;
  back(): void;
  home(): void;
}

export function useNavigationState(): Navigation {
  const [stack, setStack] = useState<View[]>([{ name: 'home' }]);
  const open = useCallback(
    (view: View) =>
      setStack((current) => {
        const top = current[current.length - 1];
        // Typing keeps one search view on the stack, not one per keystroke.
        if (view.name === 'search' && top.name === 'search') return current;
        return [...current, view];
      }),
    [],
  );
  const back = useCallback(() => setStack((current) => (current.length > 1 ? current.slice(0, -1) : current)), []);
  const home = useCallback(() => setStack([{ name: 'home' }]), []);
  return useMemo(
    () => ({ view: stack[stack.length - 1], depth: stack.length, open, back, home }),
    [stack, open, back, home],
  );
}

export const NavigationContext = createContext<Navigation>({
  view: { name: 'home' },
  depth: 1,
  open: () => undefined,
  back: () => undefined,
  home: () => undefined,
});

export const useNavigation = () => useContext(NavigationContext);
