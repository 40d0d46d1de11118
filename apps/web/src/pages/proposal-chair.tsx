// The chair's console on a proposal: Open proposal, Close proposal (through a dialog whose button
// is "Confirm close", showing what closing now would decide), Amend and Withdraw.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { request } from '../api/client.js';
import type { Action } from '../api/use-action.js';
import { TextArea } from '../components/fields.js';
import type { ProposalFieldsFragment } from '../gql/graphql.js';
import { m } from '../messages.js';
import { AmendProposal, CloseProposal, OpenProposal, WithdrawProposal } from './proposal-queries.js';

type Panel = 'none' | 'amend' | 'withdraw';

export function ChairConsole({
  proposal,
  action,
  reload,
  onAmended,
}: {
  proposal: ProposalFieldsFragment;
  action: Action;
  reload: () => Promise<void>;
  onAmended: (version: number) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [panel, setPanel] = useState<Panel>('none');
  const current = proposal.versions.find((v) => v.number === proposal.currentVersion.number);
  const [text, setText] = useState(current?.text ?? '');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const active = proposal.status === 'DRAFT' || proposal.status === 'OPEN';
  useEffect(() => setText(current?.text ?? ''), [current?.text]);

  const open = () =>
    void action.run(async () => {
      await request(OpenProposal, { id: proposal.id });
      await reload();
      return m.proposal.opened;
    });
  const close = () => {
    dialog.current?.close();
    void action.run(async () => {
      const { closeProposal } = await request(CloseProposal, { id: proposal.id });
      await reload();
      return m.proposal.closed(m.words.outcome[closeProposal.outcome]);
    });
  };
  const amend = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const { amendProposal } = await request(AmendProposal, {
        input: { proposalId: proposal.id, text, changeNote: note },
      });
      setPanel('none');
      setNote('');
      await reload();
      onAmended(amendProposal.currentVersion.number);
      return m.proposal.amended(amendProposal.currentVersion.number);
    });
  };
  const withdraw = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      await request(WithdrawProposal, { id: proposal.id, reason });
      setPanel('none');
      await reload();
      return m.proposal.withdrawn(reason);
    });
  };
  const toggle = (p: Panel) => setPanel(panel === p ? 'none' : p);

  if (!active) return null;
  return (
    <section aria-labelledby="chair-console" className="console">
      <h2 id="chair-console">{m.proposal.chairConsole}</h2>
      <div className="actions">
        {proposal.status === 'DRAFT' && proposal.procedure === 'IN_MEETING' && (
          <button type="button" disabled={action.busy} onClick={open}>
            {m.proposal.openProposal}
          </button>
        )}
        {proposal.status === 'OPEN' && (
          <button type="button" disabled={action.busy} onClick={() => dialog.current?.showModal()}>
            {m.proposal.closeProposal}
          </button>
        )}
        {proposal.procedure === 'IN_MEETING' && (
          <button type="button" className="secondary" aria-expanded={panel === 'amend'} onClick={() => toggle('amend')}>
            {m.proposal.amend}
          </button>
        )}
        <button
          type="button"
          className="secondary"
          aria-expanded={panel === 'withdraw'}
          onClick={() => toggle('withdraw')}
        >
          {m.proposal.withdraw}
        </button>
      </div>
      {panel === 'amend' && (
        <form onSubmit={amend} className="stack">
          <TextArea label={m.proposal.amendText} value={text} onChange={setText} required rows={8} />
          <TextArea label={m.proposal.amendNote} value={note} onChange={setNote} required rows={2} />
          <button type="submit" disabled={action.busy}>
            {m.proposal.amendSubmit}
          </button>
        </form>
      )}
      {panel === 'withdraw' && (
        <form onSubmit={withdraw} className="stack">
          <TextArea label={m.proposal.withdrawReason} value={reason} onChange={setReason} required rows={2} />
          <button type="submit" disabled={action.busy}>
            {m.proposal.withdrawSubmit}
          </button>
        </form>
      )}
      <dialog ref={dialog} aria-labelledby="confirm-close-title" aria-describedby="confirm-close-text">
        <h2 id="confirm-close-title">{m.proposal.confirmTitle}</h2>
        <p id="confirm-close-text">{m.proposal.confirmText}</p>
        <p className={proposal.tally.consensus ? 'ok' : 'warn'}>{m.proposal.wouldAdopt(proposal.tally.consensus)}</p>
        <div className="actions">
          <button type="button" onClick={close}>
            {m.proposal.confirmClose}
          </button>
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
            {m.proposal.cancel}
          </button>
        </div>
      </dialog>
    </section>
  );
}
