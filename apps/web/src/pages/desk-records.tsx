// The desk's records: each draft previewed exactly as the register will show it, published with one
// button; and corrigenda to published records.
import { useState, type FormEvent } from 'react';
import { request } from '../api/client.js';
import { useAction } from '../api/use-action.js';
import { useQuery } from '../api/use-query.js';
import { Loading, Refusal, StatusNote } from '../components/feedback.js';
import { SelectField, TextArea } from '../components/fields.js';
import { RecordView } from '../components/record-view.js';
import { m } from '../messages.js';
import { Link, recordPath } from '../router.js';
import { DeskDraft, DeskRecords, IssueCorrigendum, PublishRecord } from './desk-queries.js';

/** One draft, read in full only when chosen, shown exactly as the register will show it. */
function DraftPreview({
  id,
  reference,
  timeZone,
  busy,
  onPublish,
}: {
  id: string;
  reference: string;
  timeZone: string;
  busy: boolean;
  onPublish: (id: string) => void;
}) {
  const { data, error } = useQuery(DeskDraft, { id });
  const record = data?.decisionRecord;
  return (
    <article className="preview" aria-labelledby="preview-title">
      <h3 id="preview-title">{m.record.draftTitle(reference)}</h3>
      <p className="notice">{m.desk.previewNote}</p>
      {!record ? (
        error ? (
          <Refusal error={error} />
        ) : (
          <Loading />
        )
      ) : (
        <>
          <p className="lead">{record.proposal.title}</p>
          <RecordView record={record} timeZone={timeZone} />
          <button type="button" disabled={busy} onClick={() => onPublish(record.id)}>
            {m.desk.publish}
          </button>
        </>
      )}
    </article>
  );
}

export function DeskRecordsPanel({ timeZone }: { timeZone: string }) {
  const query = useQuery(DeskRecords, {});
  const [selected, setSelected] = useState<string | null>(null);
  const [published, setPublished] = useState<string | null>(null);
  const publish = useAction();
  const corrigendum = useAction();
  const [fix, setFix] = useState({ recordId: '', reason: '', correction: '' });

  if (!query.data) return query.error ? <Refusal error={query.error} /> : <Loading />;
  const drafts = query.data.drafts.edges.map((e) => e.node);
  const records = query.data.published.edges.map((e) => e.node);
  const draft = drafts.find((d) => d.id === selected) ?? drafts[0];
  const recordId = fix.recordId || records[0]?.id || '';

  const doPublish = (id: string) =>
    void publish.run(async () => {
      const { publishDecisionRecord } = await request(PublishRecord, { id });
      setPublished(publishDecisionRecord.number ?? null);
      setSelected(null);
      await query.refetch();
      return m.desk.published(publishDecisionRecord.number ?? '');
    });
  const issue = (e: FormEvent) => {
    e.preventDefault();
    void corrigendum.run(async () => {
      const { issueCorrigendum } = await request(IssueCorrigendum, {
        input: { recordId, reason: fix.reason, correction: fix.correction },
      });
      setFix({ recordId, reason: '', correction: '' });
      return m.desk.corrigendumIssued(issueCorrigendum.number, issueCorrigendum.record.number ?? '');
    });
  };

  return (
    <>
      <section aria-labelledby="drafts">
        <h2 id="drafts">{m.desk.drafts}</h2>
        <Refusal error={publish.error} />
        <StatusNote text={publish.done} />
        {published && (
          <p>
            <Link href={recordPath(published)}>{published}</Link>
          </p>
        )}
        {drafts.length === 0 ? (
          <p>{m.desk.draftsNone}</p>
        ) : (
          <>
            <ul className="inline choices-list">
              {drafts.map((d) => (
                <li key={d.id}>
                  <button
                    type="button"
                    className="secondary"
                    aria-pressed={d.id === draft?.id}
                    onClick={() => setSelected(d.id)}
                  >
                    {m.desk.preview(d.proposal.reference)}
                  </button>
                </li>
              ))}
            </ul>
            {draft && (
              <DraftPreview
                key={draft.id}
                id={draft.id}
                reference={draft.proposal.reference}
                timeZone={timeZone}
                busy={publish.busy}
                onPublish={doPublish}
              />
            )}
          </>
        )}
      </section>
      <section aria-labelledby="corrigenda">
        <h2 id="corrigenda">{m.desk.corrigenda}</h2>
        {records.length === 0 ? (
          <p>{m.desk.noPublished}</p>
        ) : (
          <form onSubmit={issue} className="stack">
            <SelectField
              label={m.desk.corrigendumRecord}
              value={recordId}
              onChange={(v) => setFix({ ...fix, recordId: v })}
            >
              {records.map((r) => (
                <option key={r.id} value={r.id}>
                  {`${r.number}: ${r.proposal.title}`}
                </option>
              ))}
            </SelectField>
            <TextArea
              label={m.desk.corrigendumReason}
              value={fix.reason}
              onChange={(v) => setFix({ ...fix, reason: v })}
              required
              rows={2}
            />
            <TextArea
              label={m.desk.corrigendumText}
              value={fix.correction}
              onChange={(v) => setFix({ ...fix, correction: v })}
              required
              rows={4}
            />
            <Refusal error={corrigendum.error} />
            <StatusNote text={corrigendum.done} />
            <button type="submit" disabled={corrigendum.busy}>
              {m.desk.corrigendumSubmit}
            </button>
          </form>
        )}
      </section>
    </>
  );
}
