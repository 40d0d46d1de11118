// The meeting's agenda with the proposals on each item, and the chair's two forms: add an item,
// and put a proposal on a DECISION item.
import { useState, type FormEvent } from 'react';
import { request } from '../api/client.js';
import type { Action } from '../api/use-action.js';
import { SelectField, TextArea, TextField } from '../components/fields.js';
import type { AgendaItemKind, MeetingFieldsFragment } from '../gql/graphql.js';
import { m } from '../messages.js';
import { Link, navigate } from '../router.js';
import { AddAgendaItem, SubmitProposal } from './meeting-queries.js';

export function AgendaList({ meeting }: { meeting: MeetingFieldsFragment }) {
  return (
    <section aria-labelledby="agenda">
      <h2 id="agenda">{m.meeting.agenda}</h2>
      {meeting.agenda.length === 0 ? (
        <p>{m.meeting.agendaEmpty}</p>
      ) : (
        <ol className="agenda">
          {meeting.agenda.map((item) => (
            <li key={item.id}>
              <h3>
                {m.meeting.itemLine(item.position, item.title)}{' '}
                <span className={`tag ${item.kind}`}>{m.words.itemKind[item.kind]}</span>
              </h3>
              {item.description && <p>{item.description}</p>}
              {item.kind === 'DECISION' &&
                (item.proposals.length === 0 ? (
                  <p className="meta">{m.meeting.noProposals}</p>
                ) : (
                  <ul>
                    {item.proposals.map((p) => (
                      <li key={p.id}>
                        <Link href={`/proposals/${p.id}`}>{`${p.reference}: ${p.title}`}</Link>{' '}
                        <span className={`tag ${p.status}`}>{m.words.proposal[p.status]}</span>
                      </li>
                    ))}
                  </ul>
                ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function AgendaForms({
  meeting,
  action,
  reload,
}: {
  meeting: MeetingFieldsFragment;
  action: Action;
  reload: () => Promise<void>;
}) {
  const [item, setItem] = useState({ title: '', kind: 'DECISION' as AgendaItemKind, description: '' });
  const decisionItems = meeting.agenda.filter((i) => i.kind === 'DECISION');
  const [proposal, setProposal] = useState({ itemId: '', title: '', text: '' });
  const itemId = proposal.itemId || decisionItems[decisionItems.length - 1]?.id || '';

  const addItem = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const { addAgendaItem } = await request(AddAgendaItem, {
        input: { meetingId: meeting.id, title: item.title, kind: item.kind, description: item.description || null },
      });
      setItem({ title: '', kind: item.kind, description: '' });
      await reload();
      return m.meeting.itemAdded(addAgendaItem.title);
    });
  };
  const submitProposal = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const { submitProposal: created } = await request(SubmitProposal, {
        input: { agendaItemId: itemId, title: proposal.title, text: proposal.text },
      });
      navigate(`/proposals/${created.id}`);
    });
  };

  return (
    <div className="columns">
      <form onSubmit={addItem} className="stack" aria-labelledby="add-item">
        <h3 id="add-item">{m.meeting.addItem}</h3>
        <TextField
          label={m.meeting.itemTitle}
          value={item.title}
          onChange={(v) => setItem({ ...item, title: v })}
          required
          maxLength={200}
        />
        <SelectField
          label={m.meeting.itemKind}
          value={item.kind}
          onChange={(v) => setItem({ ...item, kind: v as AgendaItemKind })}
        >
          {(Object.keys(m.words.itemKind) as AgendaItemKind[]).map((k) => (
            <option key={k} value={k}>
              {m.words.itemKind[k]}
            </option>
          ))}
        </SelectField>
        <TextArea
          label={m.meeting.itemDescription}
          value={item.description}
          onChange={(v) => setItem({ ...item, description: v })}
          rows={2}
        />
        <button type="submit" disabled={action.busy}>
          {m.meeting.addItemSubmit}
        </button>
      </form>
      <form onSubmit={submitProposal} className="stack" aria-labelledby="put-proposal">
        <h3 id="put-proposal">{m.meeting.putProposal}</h3>
        {decisionItems.length === 0 ? (
          <p>{m.meeting.noDecisionItems}</p>
        ) : (
          <>
            <SelectField
              label={m.meeting.proposalItem}
              value={itemId}
              onChange={(v) => setProposal({ ...proposal, itemId: v })}
            >
              {decisionItems.map((i) => (
                <option key={i.id} value={i.id}>
                  {m.meeting.itemLine(i.position, i.title)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={m.meeting.proposalTitle}
              value={proposal.title}
              onChange={(v) => setProposal({ ...proposal, title: v })}
              required
              maxLength={200}
            />
            <TextArea
              label={m.meeting.proposalText}
              value={proposal.text}
              onChange={(v) => setProposal({ ...proposal, text: v })}
              required
              rows={5}
            />
            <button type="submit" disabled={action.busy}>
              {m.meeting.putProposalSubmit}
            </button>
          </>
        )}
      </form>
    </div>
  );
}
