// /register/{number} (e.g. /register/KP/2026/7): one published decision record, readable by anyone.
import { useSession } from '../api/session.js';
import { useQuery } from '../api/use-query.js';
import { Loading, Refusal } from '../components/feedback.js';
import { PageHeading } from '../components/page-heading.js';
import { RecordView } from '../components/record-view.js';
import { graphql } from '../gql/index.js';
import { m } from '../messages.js';

const RecordByNumber = graphql(`
  query RecordByNumber($number: String!) {
    decisionRecord(number: $number) {
      ...RecordFields
    }
  }
`);

export default function RecordPage({ number }: { number: string }) {
  const { timeZone } = useSession();
  const { data, error, loading } = useQuery(RecordByNumber, { number });
  const record = data?.decisionRecord;
  if (loading && !data) return <Loading />;
  if (!record || record.status !== 'PUBLISHED')
    return (
      <>
        <PageHeading title={m.record.title(number)} />
        <Refusal error={error} />
        {!error && <p>{m.record.notFound}</p>}
      </>
    );
  return (
    <article>
      <PageHeading title={m.record.title(record.number ?? number)} />
      <p className="lead">{record.proposal.title}</p>
      <RecordView record={record} timeZone={timeZone} />
    </article>
  );
}
