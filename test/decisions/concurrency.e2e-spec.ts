// A room of 85 delegates pressing their buttons at the very moment the chair closes the item, over
// HTTP, round after round. Judged per request (docs/rules.md): every recordPosition either succeeded and
// is in the record, or was refused with PROPOSAL_CLOSED and is not; nothing else, nothing lost,
// nothing half-written.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { CLOSE, RECORD, SECRETARIAT, open, startApp, submit } from './decisions-helpers.js';
import { delegatesOf, inBatches, roomOf85, type Room } from './eighty-five.js';

const ROUNDS = 8;
let t: TestApp;
let room: Room;
let delegates: GraphQLClient[];
let agendaItemId: string;

beforeAll(async () => {
  t = await startApp();
  room = await roomOf85(t);
  delegates = await delegatesOf(t, room);
  const sec = await t.as(SECRETARIAT);
  const m = await sec.ok<{ scheduleMeeting: { id: string } }>(
    `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
    {
      input: {
        bodyId: room.bodyId,
        title: 'The room of 85',
        kind: 'REGULAR',
        startsAt: '2026-05-04T08:00:00Z',
        endsAt: '2026-05-04T18:00:00Z',
      },
    },
  );
  const meetingId = m.scheduleMeeting.id;
  agendaItemId = (
    await sec.ok<{ addAgendaItem: { id: string } }>(
      `mutation ($input: AgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
      {
        input: { meetingId, title: 'Decisions', kind: 'DECISION' },
      },
    )
  ).addAgendaItem.id;
  await inBatches(room.members, 8, (member) =>
    sec.ok(`mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`, {
      input: { meetingId, participantId: member.id, status: 'PRESENT' },
    }),
  );
  await sec.ok(`mutation ($id: ID!) { openMeeting(meetingId: $id) { status } }`, { id: meetingId });
}, 600_000);
afterAll(async () => {
  await t?.close();
});

describe('85 positions racing a close', () => {
  it(`every acknowledged position is in the record, every refused one is PROPOSAL_CLOSED and absent (${ROUNDS} rounds)`, async () => {
    const sec = await t.as(SECRETARIAT);
    const stances = ['SUPPORT', 'ABSTAIN', 'SUPPORT', 'OBJECT'];
    const totals = { acknowledged: 0, refused: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const p = await open(sec, (await submit(sec, agendaItemId, `Round ${round + 1}`)).id);
      // Half the room presses at once. In even rounds the chair closes once a few of them are
      // acknowledged, the rest still in flight; in odd rounds once all of them are. Either way the
      // other half presses right behind the close, racing it for the proposal.
      const record = (i: number) =>
        delegates[i]
          .request(RECORD, {
            input: {
              proposalId: p.id,
              participantId: room.members[i].id,
              stance: stances[(i + round) % stances.length],
            },
          })
          .then((res) => ({
            code: room.members[i].code,
            ok: !res.errors?.length && !!res.data?.recordPosition,
            error: res.errors?.[0]?.extensions?.code as string | undefined,
          }));
      const half = Math.floor(room.members.length / 2);
      const trigger = round % 2 === 0 ? 5 + round : half;
      let answered = 0;
      let closeNow: () => void = () => undefined;
      const closeMoment = new Promise<void>((resolve) => (closeNow = resolve));
      const positions = Array.from({ length: half }, (_, i) =>
        record(i).then((a) => {
          if (++answered === trigger) closeNow();
          return a;
        }),
      );
      await closeMoment;
      const close = sec.request(CLOSE, { id: p.id });
      for (let i = half; i < room.members.length; i++) positions.push(record(i));
      const answers = await Promise.all(positions);
      const closed = await close;
      expect(closed.errors).toBeUndefined();
      const recordId = closed.data?.closeProposal.id as string;

      const { rows } = await t.sql.query('SELECT snapshot FROM decision_record WHERE id = $1', [recordId]);
      const inRecord = new Set<string>(
        rows[0].snapshot.positions.map((x: { participant: { code: string } }) => x.participant.code),
      );
      const stored = await t.sql.query(
        'SELECT pt.code FROM position x JOIN participant pt ON pt.id = x.participant_id WHERE x.proposal_id = $1',
        [p.id],
      );
      const acknowledged = answers.filter((a) => a.ok).map((a) => a.code);
      const refused = answers.filter((a) => !a.ok);
      // Nothing but success or PROPOSAL_CLOSED.
      expect(refused.filter((a) => a.error !== 'PROPOSAL_CLOSED')).toEqual([]);
      // Every acknowledged position is in the record; no refused one is; nothing else is.
      expect([...inRecord].sort()).toEqual([...acknowledged].sort());
      expect(stored.rows.map((r) => r.code).sort()).toEqual([...acknowledged].sort());
      const audits = await t.sql.query(
        `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'recordPosition' AND entity_id = $1`,
        [p.id],
      );
      expect(audits.rows[0].n).toBe(acknowledged.length);
      totals.acknowledged += acknowledged.length;
      totals.refused += refused.length;
    }
    // The close landed amid the positions: some got in, some were turned away.
    expect(totals.acknowledged + totals.refused).toBe(85 * ROUNDS);
    expect(totals.acknowledged).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });
});
