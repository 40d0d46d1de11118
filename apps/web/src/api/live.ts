// Live updates over graphql-ws on the same origin (/graphql), with the bearer token in
// connectionParams as the API asks. One socket per token, shared by every subscription on the page;
// after a reconnection every subscriber reloads what it shows, since events may have passed while
// the socket was down.
import { createClient, type Client } from 'graphql-ws';
import { useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql.js';
import { getToken, setToken } from './token.js';

let client: Client | null = null;
let clientToken: string | null = null;
const resyncs = new Set<() => void>();
const connection = new Set<(up: boolean) => void>();
let onBadToken: () => void = () => undefined;
let connected = false;
let everConnected = false;

export function setLiveBadTokenHandler(handler: () => void): void {
  onBadToken = handler;
}

const refused = (e: unknown) =>
  typeof e === 'object' &&
  e !== null &&
  'code' in e &&
  ((e as CloseEvent).code === 4403 || (e as CloseEvent).code === 4401);

function liveClient(token: string): Client {
  if (client && clientToken === token) return client;
  client?.dispose();
  clientToken = token;
  everConnected = false;
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  client = createClient({
    url: `${scheme}://${location.host}/graphql`,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: (e) => !refused(e),
    on: {
      connected: (_socket, _payload, wasRetry) => {
        connected = true;
        connection.forEach((f) => f(true));
        // Whatever happened between a page's first read and its subscription (or while the socket
        // was down) is read again, so nothing is missed.
        if (wasRetry || !everConnected) resyncs.forEach((f) => f());
        everConnected = true;
      },
      closed: (e) => {
        connected = false;
        connection.forEach((f) => f(false));
        if (refused(e)) {
          setToken(null);
          onBadToken();
        }
      },
    },
  });
  return client;
}

/** Ends the socket (signing out). */
export function closeLive(): void {
  client?.dispose();
  client = null;
  clientToken = null;
  connected = false;
  everConnected = false;
}

/**
 * Subscribes while `enabled`: `onData` gets each event's data, `onResync` runs after a reconnection.
 * Returns whether the socket is up (for the page's "live" note).
 */
export function useLive<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  onData: (data: R) => void,
  onResync: () => void,
  enabled = true,
): boolean {
  const handlers = useRef({ onData, onResync });
  handlers.current = { onData, onResync };
  const [up, setUp] = useState(connected);
  const key = JSON.stringify(variables);
  useEffect(() => {
    const token = getToken();
    if (!enabled || token === null) return undefined;
    const live = liveClient(token);
    const resync = () => handlers.current.onResync();
    resyncs.add(resync);
    connection.add(setUp);
    setUp(connected);
    // On a socket already up, this subscription starts now: read once more after it is sent.
    if (connected) queueMicrotask(resync);
    const dispose = live.subscribe<R>(
      { query: document.toString(), variables: JSON.parse(key) as Record<string, unknown> },
      {
        next: (result) => {
          setUp(true);
          if (result.data) handlers.current.onData(result.data);
        },
        error: () => setUp(false),
        complete: () => undefined,
      },
    );
    return () => {
      dispose();
      resyncs.delete(resync);
      connection.delete(setUp);
    };
  }, [document, key, enabled]);
  return up;
}
