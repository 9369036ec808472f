// A component loaded on first use, so code a view may never need stays out of the popup's first load.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return (props: P) => {
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (!Component)
        void load().then((component) => {
          loaded = component;
          setComponent(() => component);
        });
    }, [Component]);
    return Component ? <Component {...props} /> : null;
  };
}
