// The desk's chain check and audit log (newest first, filtered by kind of entry and its id, older
// entries on demand).
import { useEffect, useState, type FormEvent } from 'react';
import { request } from '../api/client.js';
import { useAction } from '../api/use-action.js';
import { Refusal, StatusNote } from '../components/feedback.js';
import { SelectField, TextField } from '../components/fields.js';
import { formatDateTime, formatNumber } from '../format.js';
import type { AuditLogQuery } from '../gql/graphql.js';
import { m } from '../messages.js';
import { AuditLog, VerifyChain } from './desk-queries.js';

const ENTITIES = [
  'AgendaItem',
  'Body',
  'Boycott',
  'ChairTerm',
  'Corrigendum',
  'DecisionRecord',
  'Meeting',
  'MeetingRequest',
  'Participant',
  'Proposal',
  'Statement',
  'User',
];

export function ChainPanel() {
  const action = useAction();
  const [broken, setBroken] = useState<string | null>(null);
  const verify = () =>
    void action.run(async () => {
      setBroken(null);
      const { verifyRecordChain: v } = await request(VerifyChain);
      if (v.valid) return m.desk.chainValid(formatNumber(v.checked));
      const at =
        v.firstInvalid?.number ??
        (v.firstInvalidCorrigendum
          ? `${v.firstInvalidCorrigendum.record.number} / ${v.firstInvalidCorrigendum.number}`
          : '?');
      setBroken(m.desk.chainInvalid(v.problem ?? '', at));
      return null;
    });
  return (
    <section aria-labelledby="chain">
      <h2 id="chain">{m.desk.chain}</h2>
      <p>{m.desk.chainExplain}</p>
      <button type="button" disabled={action.busy} onClick={verify}>
        {m.desk.verify}
      </button>
      <Refusal error={action.error} />
      {broken && (
        <p role="alert" className="alert">
          {broken}
        </p>
      )}
      <StatusNote text={action.done} />
    </section>
  );
}

type Entry = AuditLogQuery['auditLog']['edges'][number]['node'];

export function AuditPanel({ timeZone }: { timeZone: string }) {
  const [filter, setFilter] = useState({ entity: '', entityId: '' });
  const [applied, setApplied] = useState(filter);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [page, setPage] = useState<{ after: string | null; more: boolean }>({ after: null, more: false });
  const action = useAction();

  const load = (after: string | null, keep: Entry[]) =>
    void action.run(async () => {
      const { auditLog } = await request(AuditLog, {
        entity: applied.entity || null,
        entityId: applied.entityId.trim() || null,
        after,
      });
      setEntries([...keep, ...auditLog.edges.map((e) => e.node)]);
      setPage({ after: auditLog.pageInfo.endCursor ?? null, more: auditLog.pageInfo.hasNextPage });
    });

  useEffect(() => {
    load(null, []);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [applied]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setApplied({ ...filter });
  };

  return (
    <section aria-labelledby="audit">
      <h2 id="audit">{m.desk.audit}</h2>
      <form onSubmit={submit} className="filters">
        <SelectField
          label={m.desk.auditEntity}
          value={filter.entity}
          onChange={(v) => setFilter({ ...filter, entity: v })}
        >
          <option value="">{m.desk.auditEntityAny}</option>
          {ENTITIES.map((e) => (
            <option key={e} value={e}>
              {e}
            </option>
          ))}
        </SelectField>
        <TextField
          label={m.desk.auditEntityId}
          value={filter.entityId}
          onChange={(v) => setFilter({ ...filter, entityId: v })}
        />
        <button type="submit">{m.desk.auditFilter}</button>
      </form>
      <Refusal error={action.error} />
      {entries.length === 0 && !action.busy ? (
        <p>{m.desk.auditEmpty}</p>
      ) : (
        <ol className="audit">
          {entries.map((e) => (
            <li key={e.id}>
              <p>
                <strong>{e.action}</strong> · {`${e.entity} ${e.entityId}`}
              </p>
              <p className="meta">
                {formatDateTime(e.at, timeZone)} · {e.actor?.displayName ?? m.desk.system}
              </p>
              <details>
                <summary>{m.desk.auditDetails}</summary>
                <pre className="details">{e.details}</pre>
              </details>
            </li>
          ))}
        </ol>
      )}
      {page.more && (
        <button type="button" className="secondary" disabled={action.busy} onClick={() => load(page.after, entries)}>
          {m.desk.auditMore}
        </button>
      )}
    </section>
  );
}
