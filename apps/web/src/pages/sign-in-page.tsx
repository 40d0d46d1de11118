// /sign-in: email and password, then back to the page that asked for it (?next=), or home.
import { useState, type FormEvent } from 'react';
import { useSession } from '../api/session.js';
import { useAction } from '../api/use-action.js';
import { Refusal, StatusNote } from '../components/feedback.js';
import { TextField } from '../components/fields.js';
import { PageHeading } from '../components/page-heading.js';
import { m } from '../messages.js';
import { Link, navigate, useLocation } from '../router.js';

/** Only paths of this site: ?next= never sends anyone elsewhere. */
function safeNext(search: string): string {
  const next = new URLSearchParams(search).get('next') ?? '/';
  return next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/';
}

export function SignInPage() {
  const { signIn, notice, me } = useSession();
  const { search } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await action.run(() => signIn(email.trim(), password));
    if (ok) navigate(safeNext(search), { replace: true });
  };

  return (
    <div className="narrow">
      <PageHeading title={m.signIn.title} />
      <StatusNote text={me === null ? notice : null} />
      <p>{m.signIn.intro}</p>
      <form onSubmit={submit} className="stack">
        <TextField
          label={m.signIn.email}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={setEmail}
        />
        <TextField
          label={m.signIn.password}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
        />
        <Refusal error={action.error} during="sign-in" />
        <button type="submit" disabled={action.busy}>
          {m.signIn.submit}
        </button>
      </form>
      <p className="aside">
        {m.signIn.publicNote} <Link href="/register">{m.signIn.publicLink}</Link>
      </p>
    </div>
  );
}
