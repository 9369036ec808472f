// The heading of a secondary view, with Back; the heading takes the focus so a keyboard user starts there.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import { useNavigation } from '../navigation';

export function ViewHeading({ children, sub }: { children: ComponentChildren; sub?: ComponentChildren }) {
  const { back } = useNavigation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <header class="view-heading">
      <button type="button" class="back" onClick={back}>
        <span aria-hidden="true">← </span>
        {t('back')}
      </button>
      <h1 ref={heading} tabIndex={-1}>
        {children}
      </h1>
      {sub && <p class="muted">{sub}</p>}
    </header>
  );
}
