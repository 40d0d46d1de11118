// The proposal's text as the reader last chose to read it, the notice when an amendment arrives,
// and the word-by-word comparison of any two versions.
import { useEffect, useState } from 'react';
import { SelectField } from '../components/fields.js';
import { formatDateTime } from '../format.js';
import type { ProposalFieldsFragment } from '../gql/graphql.js';
import { diffWords } from '../lib/diff.js';
import { m } from '../messages.js';

type Version = ProposalFieldsFragment['versions'][number];

function Diff({ before, after }: { before: Version; after: Version }) {
  const parts = diffWords(before.text, after.text);
  if (parts.every((p) => p.kind === 'same')) return <p>{m.proposal.noChanges}</p>;
  return (
    <div className="text diff">
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'added' ? (
          <ins key={i}>
            <span className="visually-hidden">{m.proposal.added}</span>
            {p.text}
          </ins>
        ) : (
          <del key={i}>
            <span className="visually-hidden">{m.proposal.removed}</span>
            {p.text}
          </del>
        ),
      )}
    </div>
  );
}

export function ProposalText({
  proposal,
  readVersion,
  onRead,
  timeZone,
}: {
  proposal: ProposalFieldsFragment;
  readVersion: number;
  onRead: () => void;
  timeZone: string;
}) {
  const versions = proposal.versions;
  const shown = versions.find((v) => v.number === readVersion) ?? versions[versions.length - 1]!;
  const current = proposal.currentVersion.number;
  const [from, setFrom] = useState(String(Math.max(1, current - 1)));
  const [to, setTo] = useState(String(current));
  useEffect(() => {
    setFrom(String(Math.max(1, current - 1)));
    setTo(String(current));
  }, [current]);
  const before = versions.find((v) => String(v.number) === from);
  const after = versions.find((v) => String(v.number) === to);
  return (
    <section aria-labelledby="text">
      <h2 id="text">
        {m.proposal.text} <span className="meta">{m.proposal.version(shown.number)}</span>
      </h2>
      {readVersion < current && (
        <div className="notice">
          <p>{m.proposal.amendedNotice(current)}</p>
          <button type="button" onClick={onRead}>
            {m.proposal.readNew(current)}
          </button>
        </div>
      )}
      <p className="meta">
        {formatDateTime(shown.createdAt, timeZone)} · {shown.createdBy.displayName}
        {shown.changeNote && ` · ${m.proposal.changeNote(shown.changeNote)}`}
      </p>
      <div className="text">{shown.text}</div>
      {versions.length > 1 && (
        <details className="compare">
          <summary>{m.proposal.compare}</summary>
          <div className="filters">
            <SelectField label={m.proposal.compareFrom} value={from} onChange={setFrom}>
              {versions.map((v) => (
                <option key={v.number} value={String(v.number)}>
                  {m.proposal.version(v.number)}
                </option>
              ))}
            </SelectField>
            <SelectField label={m.proposal.compareTo} value={to} onChange={setTo}>
              {versions.map((v) => (
                <option key={v.number} value={String(v.number)}>
                  {m.proposal.version(v.number)}
                </option>
              ))}
            </SelectField>
          </div>
          {before && after && <Diff before={before} after={after} />}
        </details>
      )}
    </section>
  );
}
