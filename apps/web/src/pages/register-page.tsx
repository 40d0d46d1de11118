// /register (and / for anonymous visitors): the published decision records, newest first, filtered
// by body and year (kept in the address so a filtered list can be shared), and each body's calendar.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { request } from '../api/client.js';
import { useSession } from '../api/session.js';
import { Loading, Refusal, StatusNote } from '../components/feedback.js';
import { SelectField } from '../components/fields.js';
import { PageHeading } from '../components/page-heading.js';
import { graphql } from '../gql/index.js';
import type { RegisterQuery } from '../gql/graphql.js';
import { formatDate, formatNumber } from '../format.js';
import { LOCALE, m } from '../messages.js';
import { Link, navigate, recordPath, useLocation } from '../router.js';

const Register = graphql(`
  query Register($bodyId: ID, $after: String, $first: Int) {
    decisionRecords(bodyId: $bodyId, after: $after, first: $first, status: PUBLISHED) {
      edges {
        node {
          id
          number
          outcome
          publishedAt
          procedure
          body {
            id
            code
            name
          }
          proposal {
            reference
            title
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const RegisterBodies = graphql(`
  query RegisterBodies {
    organization {
      bodies {
        id
        code
        name
      }
    }
  }
`);

type Row = RegisterQuery['decisionRecords']['edges'][number]['node'];
type BodyRef = Row['body'];
const PAGE = 50;

/** The publication year, read from the number ("KP/2026/7"), which the API numbers by it. */
export function recordYear(row: Pick<Row, 'number' | 'publishedAt'>): number {
  const match = /\/(\d{4})\/\d+$/.exec(row.number ?? '');
  return match ? Number(match[1]) : new Date(row.publishedAt ?? 0).getUTCFullYear();
}

export default function RegisterPage() {
  const { me, timeZone } = useSession();
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const bodyId = params.get('body') ?? '';
  const year = Number(params.get('year') ?? '') || null;
  const [rows, setRows] = useState<Row[] | null>(null);
  const [cursor, setCursor] = useState<{ after: string | null; more: boolean }>({ after: null, more: false });
  const [error, setError] = useState<unknown>(undefined);
  const [bodies, setBodies] = useState<Map<string, BodyRef>>(new Map());
  const [form, setForm] = useState({ body: bodyId, year: year ? String(year) : '' });

  const learnBodies = (list: readonly BodyRef[]) =>
    setBodies((known) => {
      const next = new Map(known);
      list.forEach((b) => next.set(b.id, b));
      return next.size === known.size ? known : next;
    });

  /** Loads pages until one more page is shown, or, with a year chosen, until that year is passed. */
  const load = async (after: string | null, shown: Row[]) => {
    let rowsSoFar = shown;
    let next = after;
    let more = true;
    try {
      for (let pages = 0; pages < 20 && more; pages++) {
        const { decisionRecords } = await request(Register, { bodyId: bodyId || null, after: next, first: PAGE });
        const page = decisionRecords.edges.map((e) => e.node);
        learnBodies(page.map((r) => r.body));
        rowsSoFar = [...rowsSoFar, ...page];
        next = decisionRecords.pageInfo.endCursor ?? null;
        more = decisionRecords.pageInfo.hasNextPage;
        const oldest = page[page.length - 1];
        if (year === null || !oldest || recordYear(oldest) < year) break;
      }
      setRows(rowsSoFar);
      setCursor({ after: next, more });
    } catch (e) {
      setError(e);
      setRows(rowsSoFar);
    }
  };

  useEffect(() => {
    setRows(null);
    setError(undefined);
    setForm({ body: bodyId, year: year ? String(year) : '' });
    void load(null, []);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bodyId, year]);

  useEffect(() => {
    if (me === null) return;
    request(RegisterBodies)
      .then((d) => learnBodies(d.organization.bodies))
      .catch(() => undefined);
  }, [me]);

  const shown = useMemo(() => (rows ?? []).filter((r) => year === null || recordYear(r) === year), [rows, year]);
  const years = useMemo(() => {
    const set = new Set((rows ?? []).map(recordYear));
    set.add(new Date().getFullYear());
    if (year) set.add(year);
    return [...set].sort((a, b) => b - a);
  }, [rows, year]);
  const bodyList = [...bodies.values()].sort((a, b) => a.name.localeCompare(b.name, LOCALE));

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const q = new URLSearchParams();
    if (form.body) q.set('body', form.body);
    if (form.year) q.set('year', form.year);
    navigate(`/register${q.size ? `?${q}` : ''}`);
  };

  return (
    <>
      <PageHeading title={m.register.title} />
      <p>{m.register.intro}</p>
      <form onSubmit={apply} className="filters" aria-label={m.register.filters}>
        <SelectField label={m.register.body} value={form.body} onChange={(v) => setForm({ ...form, body: v })}>
          <option value="">{m.register.all}</option>
          {bodyList.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={m.register.year} value={form.year} onChange={(v) => setForm({ ...form, year: v })}>
          <option value="">{m.register.all}</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </SelectField>
        <button type="submit">{m.register.apply}</button>
      </form>
      <Refusal error={error} />
      {rows === null ? (
        <Loading />
      ) : (
        <>
          <StatusNote quiet text={m.register.count(formatNumber(shown.length))} />
          {shown.length === 0 ? (
            <p>{m.register.empty}</p>
          ) : (
            <ul className="records">
              {shown.map((r) => (
                <li key={r.id}>
                  <Link href={recordPath(r.number!)} className="number">
                    {r.number}
                  </Link>
                  <span className="title">{r.proposal.title}</span>
                  <span className="meta">
                    {r.body.name} · <span className={`outcome ${r.outcome}`}>{m.words.outcome[r.outcome]}</span> ·{' '}
                    {m.register.published(r.publishedAt ? formatDate(r.publishedAt, timeZone) : '')}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {cursor.more && (
            <button type="button" className="secondary" onClick={() => void load(cursor.after, rows)}>
              {m.register.more}
            </button>
          )}
        </>
      )}
      {bodyList.length > 0 && (
        <section aria-labelledby="calendars">
          <h2 id="calendars">{m.register.calendars}</h2>
          <p>{m.register.calendarsIntro}</p>
          <ul>
            {bodyList.map((b) => (
              <li key={b.id}>
                <a href={`/calendar/bodies/${encodeURIComponent(b.id)}.ics`}>{m.register.calendarLink(b.name)}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
