// One set of DataLoaders per request, without request-scoped providers (which would make Nest rebuild
// resolvers per request and defeat batching). A module asks for its loader by name; the registry
// creates it on first use within this request. Past the request's deadline no batch is sent: its
// loads fail with REQUEST_TIMEOUT, so a large read stops between two round trips.
import DataLoader from 'dataloader';
import { RequestTimeout } from '../errors.js';

export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /** `deadline`: epoch milliseconds after which no batch is sent (Infinity: none, e.g. a subscription). */
  constructor(public deadline = Infinity) {}

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      const guarded = (keys: readonly K[]) =>
        Date.now() > this.deadline ? Promise.reject(new RequestTimeout()) : batch(keys);
      loader = new DataLoader<K, V>(guarded, { cache: true, maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Forget cached values after a write within the same request (mutations re-read fresh data). */
  clearAll(): void {
    for (const l of this.loaders.values()) l.clearAll();
  }
}

/** Groups rows by a key, in the order of the keys asked for (the DataLoader contract). */
export function groupBy<K, R>(keys: readonly K[], rows: R[], keyOf: (r: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** One row (or null) per key, in the order of the keys asked for. */
export function indexBy<K, R>(keys: readonly K[], rows: R[], keyOf: (r: R) => K): (R | null)[] {
  const map = new Map<K, R>();
  for (const r of rows) map.set(keyOf(r), r);
  return keys.map((k) => map.get(k) ?? null);
}
