// A small client-side router over the History API: the few routes of the web app, links that
// navigate without reloading (modifier keys keep the browser's own behaviour), and the path the
// server answers with index.html. Focus moves to each new page's heading (see PageHeading).
import {
  createContext,
  useContext,
  useEffect,
  useState,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';

export { matchRoute, recordPath, type Route } from './routes.js';

interface Location {
  pathname: string;
  search: string;
  /** Increases with each navigation inside the app; 0 on the first page load. */
  serial: number;
}

const LocationContext = createContext<Location>({ pathname: '/', search: '', serial: 0 });
let listeners: ((l: Location) => void)[] = [];
let serial = 0;

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  serial++;
  const l = { pathname: location.pathname, search: location.search, serial };
  listeners.forEach((f) => f(l));
  window.scrollTo(0, 0);
}

export function LocationProvider({ children }: { children: ReactNode }) {
  const [loc, setLoc] = useState<Location>({ pathname: location.pathname, search: location.search, serial: 0 });
  useEffect(() => {
    listeners.push(setLoc);
    const onPop = () => setLoc({ pathname: location.pathname, search: location.search, serial: ++serial });
    window.addEventListener('popstate', onPop);
    return () => {
      listeners = listeners.filter((f) => f !== setLoc);
      window.removeEventListener('popstate', onPop);
    };
  }, []);
  return <LocationContext.Provider value={loc}>{children}</LocationContext.Provider>;
}

export function useLocation(): Location {
  return useContext(LocationContext);
}

/** An <a> that navigates inside the app; a click with a modifier key opens a tab as usual. */
export function Link({ href, onClick, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const click = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={click} {...rest}>
      {children}
    </a>
  );
}
