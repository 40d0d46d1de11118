// A delegate's position: Support, Object or Abstain, recorded at once on the version the delegate
// read (the API refuses it as STALE_VERSION if the text was amended meanwhile), with an optional
// statement. A stance can be changed until the proposal closes.
import { useState } from 'react';
import { request } from '../api/client.js';
import { ApiError } from '../api/errors.js';
import { useAction } from '../api/use-action.js';
import { Refusal, StatusNote } from '../components/feedback.js';
import { TextArea } from '../components/fields.js';
import type { ProposalFieldsFragment, Stance } from '../gql/graphql.js';
import { m } from '../messages.js';
import { RecordPosition } from './proposal-queries.js';

const STANCES: Stance[] = ['SUPPORT', 'OBJECT', 'ABSTAIN'];

export function StanceForm({
  proposal,
  participantId,
  readVersion,
  onRecorded,
  onStale,
}: {
  proposal: ProposalFieldsFragment;
  participantId: string;
  readVersion: number;
  onRecorded: () => Promise<void>;
  onStale: () => void;
}) {
  const [statement, setStatement] = useState('');
  const action = useAction();
  const mine = proposal.positions.find((p) => p.participant.id === participantId && p.versionNumber === readVersion);

  const take = (stance: Stance) =>
    void action
      .run(async () => {
        try {
          await request(RecordPosition, {
            input: {
              proposalId: proposal.id,
              participantId,
              stance,
              statement: statement.trim() === '' ? null : statement,
              versionNumber: readVersion,
            },
          });
        } catch (e) {
          // The page fetches the proposal again, so the new version is offered beside the refusal.
          if (e instanceof ApiError && e.code === 'STALE_VERSION') onStale();
          throw e;
        }
        await onRecorded();
        return m.proposal.recorded(m.words.stance[stance]);
      })
      .then(() => undefined);

  return (
    <section aria-labelledby="your-position" className="stance">
      <h2 id="your-position">{m.proposal.yourPosition}</h2>
      <p>{mine ? m.proposal.yourStance(m.words.stance[mine.stance], readVersion) : m.proposal.noStance}</p>
      <p className="hint">{m.proposal.stanceHelp}</p>
      <TextArea
        label={m.proposal.statement}
        hint={m.proposal.statementHint}
        value={statement}
        onChange={setStatement}
        rows={3}
      />
      <div className="actions stances">
        {STANCES.map((s) => (
          <button
            key={s}
            type="button"
            className={`stance-button ${s}`}
            aria-pressed={mine?.stance === s}
            disabled={action.busy}
            onClick={() => take(s)}
          >
            {m.words.stance[s]}
          </button>
        ))}
      </div>
      <Refusal error={action.error} />
      <StatusNote text={action.done} />
    </section>
  );
}
