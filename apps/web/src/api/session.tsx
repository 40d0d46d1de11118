// Who is signed in: the token (sessionStorage), the user it names and the organisation's time zone,
// shared with every page. Signing out or a token the API refuses ends it and shows the sign-in page.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { hasChairPowersAt } from '#consensus';
import { graphql } from '../gql/index.js';
import type { SessionQuery } from '../gql/graphql.js';
import { m } from '../messages.js';
import { navigate } from '../router.js';
import { request, setBadTokenHandler } from './client.js';
import { closeLive, setLiveBadTokenHandler } from './live.js';
import { getToken, setToken } from './token.js';

const Session = graphql(`
  query Session {
    me {
      id
      displayName
      email
      role
      participant {
        id
        code
        name
        kind
        status
      }
    }
    organization {
      id
      name
      code
      timeZone
    }
  }
`);

const SignIn = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);

export type Me = NonNullable<SessionQuery['me']>;

export interface SessionValue {
  ready: boolean;
  me: Me | null;
  organization: SessionQuery['organization'] | null;
  /** The organisation's time zone; UTC for anonymous readers (the API tells them no other). */
  timeZone: string;
  /** A sentence for the sign-in page (signed out, session ended). */
  notice: string | null;
  signIn(email: string, password: string): Promise<void>;
  signOut(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(getToken() === null);
  const [data, setData] = useState<SessionQuery | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const end = useCallback((sentence: string) => {
    closeLive();
    setToken(null);
    setData(null);
    setNotice(sentence);
    const here = location.pathname + location.search;
    navigate(here.startsWith('/sign-in') ? here : `/sign-in?next=${encodeURIComponent(here)}`, { replace: true });
  }, []);

  useEffect(() => {
    setBadTokenHandler(() => end(m.signIn.sessionEnded));
    setLiveBadTokenHandler(() => end(m.signIn.sessionEnded));
    if (getToken() === null) return;
    request(Session)
      .then((d) => {
        if (d.me === null) end(m.signIn.sessionEnded);
        else setData(d);
      })
      .catch(() => undefined)
      .finally(() => setReady(true));
  }, [end]);

  const signIn = useCallback(async (email: string, password: string) => {
    const { login } = await request(SignIn, { email, password });
    setToken(login.token);
    setData(await request(Session));
    setNotice(null);
  }, []);

  const signOut = useCallback(() => {
    end(m.signIn.signedOut);
  }, [end]);

  const value = useMemo<SessionValue>(
    () => ({
      ready,
      me: data?.me ?? null,
      organization: data?.organization ?? null,
      timeZone: data?.organization.timeZone ?? 'UTC',
      notice,
      signIn,
      signOut,
    }),
    [ready, data, notice, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

export interface TermLike {
  role: 'CHAIR' | 'VICE_CHAIR';
  startsOn: string;
  endsOn?: string | null;
  participant: { id: string };
}

/**
 * Whether the signed-in user holds chair powers on a body at an instant: the same rule the API
 * applies (its chair or vice-chair in office that day, or the secretariat). The API stays the
 * judge; this only decides which controls to show.
 */
export function chairPowers(me: Me | null, terms: readonly TermLike[], at: Date, timeZone: string): boolean {
  if (me === null) return false;
  return hasChairPowersAt(
    { role: me.role, participantId: me.participant?.id ?? null },
    terms.map((t) => ({
      participantId: t.participant.id,
      role: t.role,
      startsOn: t.startsOn,
      endsOn: t.endsOn ?? null,
    })),
    at,
    timeZone,
  );
}

export const isSecretariat = (me: Me | null) => me?.role === 'SECRETARIAT' || me?.role === 'ADMIN';
