// State for one kind of action on a page (a mutation and what follows it): busy while it runs, the
// refusal if the API refused, the confirmation if it went through.
import { useCallback, useState } from 'react';

export interface Action {
  busy: boolean;
  error: unknown;
  done: string | null;
  run: (work: () => Promise<string | null | void>) => Promise<boolean>;
  reset: () => void;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [done, setDone] = useState<string | null>(null);
  const run = useCallback(async (work: () => Promise<string | null | void>) => {
    setBusy(true);
    setError(undefined);
    setDone(null);
    try {
      setDone((await work()) ?? null);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  const reset = useCallback(() => {
    setError(undefined);
    setDone(null);
  }, []);
  return { busy, error, done, run, reset };
}
