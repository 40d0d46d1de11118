// Any address the web app does not know: says so, and offers the way back.
import { PageHeading } from '../components/page-heading.js';
import { m } from '../messages.js';
import { Link } from '../router.js';

export function NotFoundPage({ path }: { path: string }) {
  return (
    <div className="narrow">
      <PageHeading title={m.notFound.title} />
      <p>{m.notFound.text(path)}</p>
      <ul>
        <li>
          <Link href="/">{m.notFound.home}</Link>
        </li>
        <li>
          <Link href="/register">{m.notFound.register}</Link>
        </li>
      </ul>
    </div>
  );
}
