// /desk: the secretariat's desk. Draft records with their preview and publication, corrigenda,
// the chain check and the audit log. Other users are told the desk is not theirs.
import { isSecretariat, useSession } from '../api/session.js';
import { PageHeading } from '../components/page-heading.js';
import { m } from '../messages.js';
import { AuditPanel, ChainPanel } from './desk-audit.js';
import { DeskRecordsPanel } from './desk-records.js';

export default function DeskPage() {
  const { me, timeZone } = useSession();
  if (!isSecretariat(me))
    return (
      <>
        <PageHeading title={m.desk.title} />
        <p>{m.desk.onlySecretariat}</p>
      </>
    );
  return (
    <>
      <PageHeading title={m.desk.title} />
      <DeskRecordsPanel timeZone={timeZone} />
      <ChainPanel />
      <AuditPanel timeZone={timeZone} />
    </>
  );
}
