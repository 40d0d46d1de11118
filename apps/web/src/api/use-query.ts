// React state for one query: loads when its variables change, can be reloaded (after an action, or
// when the live socket reconnects) and replaced (by a subscription's newer answer). An answer that
// arrives after newer variables were asked for is dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql.js';
import { request } from './client.js';
import type { ApiError } from './errors.js';

export interface QueryState<R> {
  data: R | undefined;
  error: ApiError | undefined;
  loading: boolean;
  refetch: () => Promise<void>;
  setData: (update: (current: R | undefined) => R | undefined) => void;
}

export function useQuery<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  options: { skip?: boolean } = {},
): QueryState<R> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data?: R; error?: ApiError; loading: boolean }>({ loading: !options.skip });
  const latest = useRef(0);

  const load = useCallback(async () => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const data = await request(document, JSON.parse(key) as V);
      if (ticket === latest.current) setState({ data, loading: false });
    } catch (error) {
      if (ticket === latest.current) setState((s) => ({ data: s.data, error: error as ApiError, loading: false }));
    }
  }, [document, key]);

  useEffect(() => {
    if (!options.skip) void load();
  }, [load, options.skip]);

  const setData = useCallback((update: (current: R | undefined) => R | undefined) => {
    setState((s) => ({ ...s, data: update(s.data) }));
  }, []);

  return { data: state.data, error: state.error, loading: state.loading, refetch: load, setData };
}
