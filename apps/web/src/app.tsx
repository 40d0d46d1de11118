// The frame of every page: a skip link, the header with the navigation and who is signed in, the
// page the address names, and the footer. Pages other than sign-in load on demand, so a delegate
// opening a proposal downloads the proposal page and not the desk.
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { isSecretariat, useSession } from './api/session.js';
import { Loading } from './components/feedback.js';
import { PageError } from './components/page-error.js';
import { m } from './messages.js';
import { Link, matchRoute, navigate, useLocation, type Route } from './router.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { SignInPage } from './pages/sign-in-page.js';

const HomePage = lazy(() => import('./pages/home-page.js'));
const MeetingPage = lazy(() => import('./pages/meeting-page.js'));
const ProposalPage = lazy(() => import('./pages/proposal-page.js'));
const RegisterPage = lazy(() => import('./pages/register-page.js'));
const RecordPage = lazy(() => import('./pages/record-page.js'));
const DeskPage = lazy(() => import('./pages/desk-page.js'));

/** Pages that need a signed-in user send anonymous visitors to sign in, and back afterwards. */
function RequireSignIn({ children }: { children: ReactNode }) {
  const { me, ready } = useSession();
  const { pathname, search } = useLocation();
  useEffect(() => {
    if (ready && me === null) navigate(`/sign-in?next=${encodeURIComponent(pathname + search)}`, { replace: true });
  }, [ready, me, pathname, search]);
  return ready && me !== null ? <>{children}</> : <Loading />;
}

function page(route: Route, signedIn: boolean): ReactNode {
  switch (route.name) {
    case 'home':
      return signedIn ? <HomePage /> : <RegisterPage />;
    case 'sign-in':
      return <SignInPage />;
    case 'meeting':
      return (
        <RequireSignIn>
          <MeetingPage key={route.id} id={route.id} />
        </RequireSignIn>
      );
    case 'proposal':
      return (
        <RequireSignIn>
          <ProposalPage key={route.id} id={route.id} />
        </RequireSignIn>
      );
    case 'register':
      return <RegisterPage />;
    case 'record':
      return <RecordPage key={route.number} number={route.number} />;
    case 'desk':
      return (
        <RequireSignIn>
          <DeskPage />
        </RequireSignIn>
      );
    case 'not-found':
      return <NotFoundPage path={route.path} />;
  }
}

function Header() {
  const { me, organization, signOut } = useSession();
  const { pathname } = useLocation();
  return (
    <header className="site-header">
      <div className="brand">
        <Link href="/">{m.app.name}</Link>
        {organization && <span className="org">{organization.name}</span>}
      </div>
      <nav aria-label={m.app.navLabel}>
        <ul>
          <li>
            <Link href="/" aria-current={pathname === '/' ? 'page' : undefined}>
              {m.app.home}
            </Link>
          </li>
          <li>
            <Link href="/register" aria-current={pathname.startsWith('/register') ? 'page' : undefined}>
              {m.app.register}
            </Link>
          </li>
          {isSecretariat(me) && (
            <li>
              <Link href="/desk" aria-current={pathname === '/desk' ? 'page' : undefined}>
                {m.app.desk}
              </Link>
            </li>
          )}
          {me === null && pathname !== '/sign-in' && (
            <li>
              <Link href={`/sign-in?next=${encodeURIComponent(pathname)}`}>{m.app.signIn}</Link>
            </li>
          )}
        </ul>
      </nav>
      {me && (
        <div className="who">
          <span>{m.app.signedInAs(me.displayName, m.words.role[me.role])}</span>
          <button type="button" className="secondary" onClick={signOut}>
            {m.app.signOut}
          </button>
        </div>
      )}
    </header>
  );
}

export function App() {
  const { ready, me } = useSession();
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  return (
    <>
      <a className="skip-link" href="#main">
        {m.app.skipToContent}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        {ready ? (
          <PageError resetKey={pathname}>
            <Suspense fallback={<Loading />}>{page(route, me !== null)}</Suspense>
          </PageError>
        ) : (
          <Loading />
        )}
      </main>
      <footer className="site-footer">
        <p>{m.app.footer}</p>
        <p>
          <a href="/graphql">{m.app.apiLink}</a>
        </p>
      </footer>
    </>
  );
}
