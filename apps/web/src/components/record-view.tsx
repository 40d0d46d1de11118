// A decision record as the public register shows it: text, outcome, positions, who was silent or
// not entitled, attendance with boycotts and their statements, statements, corrigenda, and the
// hashes with the files to check them against. The secretariat's preview of a draft is this same
// view, so what it previews is what will be published.
import { graphql } from '../gql/index.js';
import type { RecordFieldsFragment } from '../gql/graphql.js';
import { formatDateTime } from '../format.js';
import { m } from '../messages.js';
import { participantName, participantNames } from './participant.js';

export const RecordFields = graphql(`
  fragment RecordFields on DecisionRecord {
    id
    number
    status
    outcome
    procedure
    text
    versionNumber
    decidedAt
    publishedAt
    contentHash
    previousHash
    publishedBy {
      displayName
    }
    body {
      id
      code
      name
    }
    meeting {
      id
      title
    }
    proposal {
      id
      reference
      title
    }
    chairedBy {
      id
      code
      name
    }
    positions {
      stance
      statement
      onBehalf
      participant {
        id
        code
        name
      }
    }
    attendance {
      status
      note
      participant {
        id
        code
        name
        kind
      }
      boycott {
        id
        statement
      }
    }
    objectors {
      id
      code
      name
    }
    silent {
      id
      code
      name
    }
    entitlement {
      entitled
      reason
      participant {
        id
        code
        name
      }
    }
    statements {
      id
      title
      body
      submittedAt
      participant {
        code
        name
      }
    }
    corrigenda {
      id
      number
      reason
      correction
      issuedAt
      contentHash
      previousHash
    }
  }
`);

export const exportPath = (number: string, ext: 'json' | 'md' | 'pdf') =>
  `/records/${encodeURIComponent(number)}.${ext}`;

function Integrity({ record }: { record: RecordFieldsFragment }) {
  if (!record.number || !record.contentHash) return null;
  const json = exportPath(record.number, 'json');
  return (
    <section aria-labelledby="integrity">
      <h2 id="integrity">{m.record.integrity}</h2>
      <dl className="facts">
        <dt>{m.record.contentHash}</dt>
        <dd>
          <code className="hash">{record.contentHash}</code>
        </dd>
        <dt>{m.record.previousHash}</dt>
        <dd>{record.previousHash ? <code className="hash">{record.previousHash}</code> : m.record.firstInChain}</dd>
      </dl>
      <h3>{m.record.downloads}</h3>
      <ul className="inline">
        <li>
          <a href={json}>{m.record.json}</a>
        </li>
        <li>
          <a href={exportPath(record.number, 'md')}>{m.record.markdown}</a>
        </li>
        <li>
          <a href={exportPath(record.number, 'pdf')}>{m.record.pdf}</a>
        </li>
      </ul>
      <h3>{m.record.checkTitle}</h3>
      <p>{m.record.checkIntro}</p>
      <pre className="command">
        <code>{`curl -s ${location.origin}${json} | sha256sum`}</code>
      </pre>
      <p>{m.record.checkAfter}</p>
    </section>
  );
}

export function RecordView({ record, timeZone }: { record: RecordFieldsFragment; timeZone: string }) {
  const notEntitled = record.entitlement.filter((e) => !e.entitled);
  return (
    <>
      <dl className="facts">
        <dt>{m.record.proposal}</dt>
        <dd>{`${record.proposal.reference}: ${record.proposal.title}`}</dd>
        <dt>{m.record.body}</dt>
        <dd>{record.body.name}</dd>
        {record.meeting && (
          <>
            <dt>{m.record.meeting}</dt>
            <dd>{record.meeting.title}</dd>
          </>
        )}
        <dt>{m.record.procedure}</dt>
        <dd>{m.words.procedure[record.procedure]}</dd>
        <dt>{m.record.outcome}</dt>
        <dd>
          <strong className={`outcome ${record.outcome}`}>{m.words.outcome[record.outcome]}</strong>
        </dd>
        <dt>{m.record.decidedAt}</dt>
        <dd>{formatDateTime(record.decidedAt, timeZone)}</dd>
        {record.chairedBy && (
          <>
            <dt>{m.record.chair}</dt>
            <dd>{participantName(record.chairedBy)}</dd>
          </>
        )}
        <dt>{m.record.version}</dt>
        <dd>{record.versionNumber}</dd>
        <dt>{m.record.publishedAt}</dt>
        <dd>{record.publishedAt ? formatDateTime(record.publishedAt, timeZone) : m.record.numberPending}</dd>
        {record.publishedBy && (
          <>
            <dt>{m.record.publishedBy}</dt>
            <dd>{record.publishedBy.displayName}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="record-text">
        <h2 id="record-text">{m.record.text}</h2>
        <div className="text">{record.text}</div>
      </section>
      <section aria-labelledby="record-positions">
        <h2 id="record-positions">{m.record.positions}</h2>
        {record.positions.length === 0 ? (
          <p>{m.record.positionsNone}</p>
        ) : (
          <ul className="rows">
            {record.positions.map((p) => (
              <li key={p.participant.id}>
                <span className="who">{participantName(p.participant)}</span>{' '}
                <strong className={`stance ${p.stance}`}>{m.words.stance[p.stance]}</strong>
                {p.statement && <blockquote>{p.statement}</blockquote>}
              </li>
            ))}
          </ul>
        )}
        <h3>{m.record.objectors}</h3>
        <p>{participantNames(record.objectors)}</p>
        <h3>{m.record.silent}</h3>
        <p>{participantNames(record.silent)}</p>
        {notEntitled.length > 0 && (
          <>
            <h3>{m.record.notEntitled}</h3>
            <ul>
              {notEntitled.map((e) => (
                <li key={e.participant.id}>
                  {participantName(e.participant)}: {e.reason ? m.words.notEntitled[e.reason] : m.app.none}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="record-attendance">
        <h2 id="record-attendance">{m.record.attendance}</h2>
        {record.attendance.length === 0 ? (
          <p>{m.record.attendanceNone}</p>
        ) : (
          <ul className="rows">
            {record.attendance.map((a) => (
              <li key={a.participant.id}>
                <span className="who">{participantName(a.participant)}</span>{' '}
                <span className={`attendance ${a.status}`}>{m.words.attendance[a.status]}</span>
                {a.note && <span className="note"> {a.note}</span>}
                {a.boycott && <blockquote>{m.meeting.boycottStatement(a.boycott.statement)}</blockquote>}
              </li>
            ))}
          </ul>
        )}
      </section>
      {record.statements.length > 0 && (
        <section aria-labelledby="record-statements">
          <h2 id="record-statements">{m.record.statements}</h2>
          {record.statements.map((s) => (
            <article key={s.id} className="statement">
              <h3>{`${s.title} — ${participantName(s.participant)}`}</h3>
              <p className="meta">{formatDateTime(s.submittedAt, timeZone)}</p>
              <div className="text">{s.body}</div>
            </article>
          ))}
        </section>
      )}
      {record.corrigenda.length > 0 && (
        <section aria-labelledby="record-corrigenda">
          <h2 id="record-corrigenda">{m.record.corrigenda}</h2>
          {record.corrigenda.map((c) => (
            <article key={c.id} className="statement">
              <h3>{m.record.corrigendum(c.number)}</h3>
              <p className="meta">{formatDateTime(c.issuedAt, timeZone)}</p>
              <p>{c.reason}</p>
              <div className="text">{c.correction}</div>
              <p>
                {m.record.contentHash}: <code className="hash">{c.contentHash}</code>
              </p>
              {record.number && (
                <p>
                  <a href={`/records/${encodeURIComponent(record.number)}/corrigenda/${c.number}.json`}>
                    {m.record.corrigendumJson(c.number)}
                  </a>
                </p>
              )}
            </article>
          ))}
        </section>
      )}
      <Integrity record={record} />
    </>
  );
}
