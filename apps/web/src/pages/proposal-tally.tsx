// The live tally: a region named "Tally", aria-live polite, so a screen reader hears each count that
// changes ("Support: 3") as positions arrive from anyone in the room.
import { participantNames } from '../components/participant.js';
import { formatNumber } from '../format.js';
import type { ProposalFieldsFragment } from '../gql/graphql.js';
import { m } from '../messages.js';

export function TallyRegion({ tally, open }: { tally: ProposalFieldsFragment['tally']; open: boolean }) {
  const n = formatNumber;
  return (
    <section aria-labelledby="tally-heading" aria-live="polite" className="tally">
      <h2 id="tally-heading">{m.proposal.tally}</h2>
      <ul className="counts">
        <li className="SUPPORT">{m.proposal.support(n(tally.support))}</li>
        <li className="OBJECT">{m.proposal.object(n(tally.object))}</li>
        <li className="ABSTAIN">{m.proposal.abstain(n(tally.abstain))}</li>
        <li className="SILENT">{m.proposal.silent(n(tally.silent))}</li>
      </ul>
      <ul className="facts-list">
        <li>{m.proposal.entitled(n(tally.entitled.length))}</li>
        <li>{m.proposal.objectors(participantNames(tally.objectors))}</li>
        <li>{m.proposal.quorum(tally.quorumMet)}</li>
        <li>{m.proposal.attendanceComplete(tally.attendanceComplete)}</li>
        {open && <li className={tally.consensus ? 'ok' : 'warn'}>{m.proposal.wouldAdopt(tally.consensus)}</li>}
      </ul>
    </section>
  );
}
