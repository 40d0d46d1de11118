// A page's one <h1>: names the tab (document.title) and, after a navigation inside the app, takes
// the focus, so keyboard and screen-reader users land on the new page rather than on the old link.
import { useEffect, useRef, type ReactNode } from 'react';
import { m } from '../messages.js';
import { useLocation } from '../router.js';

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { serial } = useLocation();
  useEffect(() => {
    document.title = m.app.title(title);
  }, [title]);
  useEffect(() => {
    if (serial > 0) ref.current?.focus();
  }, [serial]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
