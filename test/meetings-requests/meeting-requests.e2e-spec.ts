// Meeting requests: a participant or an observer asks a body to meet; the body's chair (judged at
// the new meeting's start when accepting, at the moment of answering when declining) or the
// secretariat answers, once. Accepting convenes the meeting in the same transaction, with one audit
// entry describing both; a failed answer changes nothing and writes no entry.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { UNKNOWN_ID, auditCount, directory, rowCount, type Directory } from './helpers.js';

const REQUEST = `mutation ($input: RequestMeetingInput!) {
  requestMeeting(input: $input) { id subject justification status response createdAt body { code } requestedBy { code } meeting { id } }
}`;
const RESPOND = `mutation ($input: RespondToMeetingRequestInput!) {
  respondToMeetingRequest(input: $input) {
    id status response
    meeting { id title kind status startsAt endsAt location body { code } }
  }
}`;

interface RequestAnswer {
  id: string;
  status: string;
  response: string | null;
  meeting: {
    id: string;
    title: string;
    kind: string;
    status: string;
    startsAt: string;
    endsAt: string;
    location: string | null;
    body: { code: string };
  } | null;
}

describe('meeting requests', () => {
  let t: TestApp;
  let ids: Directory;
  let secretariat: GraphQLClient;
  let csc: GraphQLClient;
  let us: GraphQLClient;
  let gb: GraphQLClient;
  let ao: GraphQLClient; // chairs PLEN from 2026
  let bw: GraphQLClient; // chaired PLEN in 2022
  let inDelegate: GraphQLClient; // vice-chair of PLEN from 2026

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await t.as('secretariat@kp.example');
    [csc, us, gb, ao, bw, inDelegate] = await Promise.all(
      ['csc', 'us', 'gb', 'ao', 'bw', 'in'].map((c) => t.as(`${c}@kp.example`)),
    );
    ids = await directory(secretariat);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function request(
    client: GraphQLClient,
    participant: string,
    subject = 'Extraordinary session on the review',
    body = 'PLEN',
  ) {
    const res = await client.ok<{ requestMeeting: { id: string } }>(REQUEST, {
      input: {
        bodyId: ids.body(body),
        participantId: ids.participant(participant),
        subject,
        justification: 'The review cannot wait for the regular plenary.',
      },
    });
    return res.requestMeeting.id;
  }

  function meetingInput(over: Record<string, unknown> = {}) {
    return {
      bodyId: ids.body('PLEN'),
      title: 'Extraordinary plenary on the review',
      kind: 'EXTRAORDINARY',
      startsAt: '2026-12-01T09:00:00.000Z',
      endsAt: '2026-12-01T17:00:00.000Z',
      location: 'Gaborone',
      ...over,
    };
  }

  describe('asking', () => {
    it('the Civil Society Coalition (an observer) asks the Plenary to meet', async () => {
      const before = await auditCount(t);
      const res = await csc.ok<{ requestMeeting: Record<string, unknown> }>(REQUEST, {
        input: {
          bodyId: ids.body('PLEN'),
          participantId: ids.participant('CSC'),
          subject: '  Exploitation in artisanal mining areas  ',
          justification: 'Reports from the field since the last plenary.',
        },
      });
      expect(res.requestMeeting).toMatchObject({
        subject: 'Exploitation in artisanal mining areas',
        justification: 'Reports from the field since the last plenary.',
        status: 'PENDING',
        response: null,
        meeting: null,
        body: { code: 'PLEN' },
        requestedBy: { code: 'CSC' },
      });
      expect(await auditCount(t)).toBe(before + 1);
      const { rows } = await t.sql.query('SELECT action, entity, details FROM audit_entry WHERE entity_id = $1', [
        res.requestMeeting.id,
      ]);
      expect(rows).toEqual([
        {
          action: 'requestMeeting',
          entity: 'MeetingRequest',
          details: expect.objectContaining({
            body: 'PLEN',
            requestedBy: 'CSC',
            subject: 'Exploitation in artisanal mining areas',
          }),
        },
      ]);
    });

    it('the secretariat asks on behalf of South Africa', async () => {
      const res = await secretariat.ok<{ requestMeeting: { requestedBy: { code: string } } }>(REQUEST, {
        input: {
          bodyId: ids.body('WGM'),
          participantId: ids.participant('ZA'),
          subject: 'Monitoring visit',
          justification: 'As agreed.',
        },
      });
      expect(res.requestMeeting.requestedBy.code).toBe('ZA');
    });

    it('the US delegate may not ask in the name of the Russian Federation', async () => {
      const before = await auditCount(t);
      const err = await us.fails(REQUEST, {
        input: {
          bodyId: ids.body('PLEN'),
          participantId: ids.participant('RU'),
          subject: 'A session',
          justification: 'Because.',
        },
      });
      expect(err.extensions?.code).toBe('FORBIDDEN');
      expect(err.message).toMatch(/own participant/);
      expect(await auditCount(t)).toBe(before);
    });

    it('a request needs a subject of at most 200 characters and a justification', async () => {
      const before = await auditCount(t);
      const base = {
        bodyId: ids.body('PLEN'),
        participantId: ids.participant('US'),
        subject: 'A session',
        justification: 'Because.',
      };
      const cases: [Record<string, unknown>, string][] = [
        [{ subject: '   ' }, 'subject'],
        [{ subject: 'Я'.repeat(201) }, 'subject'],
        [{ justification: '' }, 'justification'],
        [{ justification: 'x'.repeat(50001) }, 'justification'],
      ];
      for (const [change, field] of cases) {
        const err = await us.fails(REQUEST, { input: { ...base, ...change } });
        expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      // Exactly 200 characters of Cyrillic is a subject.
      await us.ok(REQUEST, { input: { ...base, subject: 'Я'.repeat(200) } });
      expect(await auditCount(t)).toBe(before + 1);
    });

    it('an unknown body or participant is NOT_FOUND', async () => {
      const before = await auditCount(t);
      const base = {
        bodyId: ids.body('PLEN'),
        participantId: ids.participant('ZA'),
        subject: 'A session',
        justification: 'Because.',
      };
      for (const change of [
        { bodyId: UNKNOWN_ID },
        { bodyId: 'not-an-id' },
        { participantId: UNKNOWN_ID },
        { participantId: 'PLEN' },
      ]) {
        const err = await secretariat.fails(REQUEST, { input: { ...base, ...change } });
        expect(err.extensions?.code).toBe('NOT_FOUND');
      }
      expect(await auditCount(t)).toBe(before);
    });

    it('signed-in users list requests, oldest first, by status; without a token nothing', async () => {
      const all = await gb.ok<{ meetingRequests: { subject: string; status: string }[] }>(
        '{ meetingRequests { subject status } }',
      );
      expect(all.meetingRequests[0].subject).toBe('Exploitation in artisanal mining areas');
      expect(all.meetingRequests.every((r) => r.status === 'PENDING')).toBe(true);
      const declined = await gb.ok<{ meetingRequests: unknown[] }>('{ meetingRequests(status: DECLINED) { id } }');
      expect(declined.meetingRequests).toEqual([]);
      const err = await t.anonymous.fails('{ meetingRequests { id } }');
      expect(err.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('declining', () => {
    it('the Plenary chair of 2026 declines; a second answer is a CONFLICT', async () => {
      const id = await request(csc, 'CSC');
      // GB does not chair the Plenary: it may not answer.
      const before = await auditCount(t);
      const forbidden = await gb.fails(RESPOND, { input: { requestId: id, accept: false, response: 'No.' } });
      expect(forbidden.extensions?.code).toBe('FORBIDDEN');
      expect(forbidden.message).toMatch(/chair powers on PLEN/);
      // Nor may the chair of 2022 today.
      expect(
        (await bw.fails(RESPOND, { input: { requestId: id, accept: false, response: 'No.' } })).extensions?.code,
      ).toBe('FORBIDDEN');
      expect(await auditCount(t)).toBe(before);

      const res = await ao.ok<{ respondToMeetingRequest: RequestAnswer }>(RESPOND, {
        input: { requestId: id, accept: false, response: 'The regular plenary in November will take this up.' },
      });
      expect(res.respondToMeetingRequest).toEqual({
        id,
        status: 'DECLINED',
        response: 'The regular plenary in November will take this up.',
        meeting: null,
      });
      expect(await auditCount(t)).toBe(before + 1);
      const { rows } = await t.sql.query(
        `SELECT action, details FROM audit_entry WHERE entity_id = $1 AND action = 'respondToMeetingRequest'`,
        [id],
      );
      expect(rows).toEqual([
        {
          action: 'respondToMeetingRequest',
          details: expect.objectContaining({ from: 'PENDING', to: 'DECLINED', meeting: null }),
        },
      ]);

      const again = await secretariat.fails(RESPOND, {
        input: { requestId: id, accept: false, response: 'Still no.' },
      });
      expect(again.extensions?.code).toBe('CONFLICT');
      expect(again.message).toMatch(/DECLINED/);
      const accept = await ao.fails(RESPOND, {
        input: { requestId: id, accept: true, response: 'On second thought.', meeting: meetingInput() },
      });
      expect(accept.extensions?.code).toBe('CONFLICT');
      expect(await auditCount(t)).toBe(before + 1);
    });

    it('the vice-chair acts for the chair, and the secretariat may answer', async () => {
      const first = await request(us, 'US');
      const second = await request(us, 'US');
      const a = await inDelegate.ok<{ respondToMeetingRequest: RequestAnswer }>(RESPOND, {
        input: { requestId: first, accept: false, response: 'Not now.' },
      });
      const b = await secretariat.ok<{ respondToMeetingRequest: RequestAnswer }>(RESPOND, {
        input: { requestId: second, accept: false, response: 'Not now.' },
      });
      expect([a.respondToMeetingRequest.status, b.respondToMeetingRequest.status]).toEqual(['DECLINED', 'DECLINED']);
    });

    it('declining takes a response and no meeting', async () => {
      const id = await request(us, 'US');
      const before = await auditCount(t);
      const blank = await ao.fails(RESPOND, { input: { requestId: id, accept: false, response: ' ' } });
      expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'response' });
      const withMeeting = await ao.fails(RESPOND, {
        input: { requestId: id, accept: false, response: 'No.', meeting: meetingInput() },
      });
      expect(withMeeting.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meeting' });
      expect(await auditCount(t)).toBe(before);
    });

    it('an unknown request is NOT_FOUND', async () => {
      for (const requestId of [UNKNOWN_ID, 'nothing']) {
        const err = await secretariat.fails(RESPOND, { input: { requestId, accept: false, response: 'No.' } });
        expect(err.extensions?.code).toBe('NOT_FOUND');
      }
    });
  });

  describe('accepting', () => {
    it('the Plenary chair accepts and convenes the meeting in the same step, with one audit entry', async () => {
      const id = await request(csc, 'CSC', 'Exploitation in artisanal mining areas (again)');
      const [auditBefore, meetingsBefore] = [await auditCount(t), await rowCount(t, 'meeting')];
      const res = await ao.ok<{ respondToMeetingRequest: RequestAnswer }>(RESPOND, {
        input: { requestId: id, accept: true, response: 'Convened for 1 December.', meeting: meetingInput() },
      });
      const answer = res.respondToMeetingRequest;
      expect(answer).toMatchObject({
        id,
        status: 'ACCEPTED',
        response: 'Convened for 1 December.',
        meeting: {
          title: 'Extraordinary plenary on the review',
          kind: 'EXTRAORDINARY',
          status: 'SCHEDULED',
          startsAt: '2026-12-01T09:00:00.000Z',
          endsAt: '2026-12-01T17:00:00.000Z',
          location: 'Gaborone',
          body: { code: 'PLEN' },
        },
      });
      expect(await rowCount(t, 'meeting')).toBe(meetingsBefore + 1);
      // Exactly one entry for the whole use case, naming the meeting it convened.
      expect(await auditCount(t)).toBe(auditBefore + 1);
      const { rows } = await t.sql.query(
        `SELECT action, entity, entity_id, details FROM audit_entry ORDER BY id DESC LIMIT 1`,
      );
      expect(rows[0]).toMatchObject({
        action: 'respondToMeetingRequest',
        entity: 'MeetingRequest',
        entity_id: id,
        details: {
          body: 'PLEN',
          requestedBy: 'CSC',
          from: 'PENDING',
          to: 'ACCEPTED',
          meeting: {
            id: answer.meeting!.id,
            title: 'Extraordinary plenary on the review',
            startsAt: '2026-12-01T09:00:00.000Z',
          },
        },
      });
      // The request and the meeting are linked, read back through the list too.
      const listed = await gb.ok<{ meetingRequests: { id: string; meeting: { id: string } | null }[] }>(
        '{ meetingRequests(status: ACCEPTED) { id meeting { id } } }',
      );
      expect(listed.meetingRequests).toEqual([{ id, meeting: { id: answer.meeting!.id } }]);

      const again = await ao.fails(RESPOND, {
        input: { requestId: id, accept: true, response: 'Twice.', meeting: meetingInput() },
      });
      expect(again.extensions?.code).toBe('CONFLICT');
      expect(await rowCount(t, 'meeting')).toBe(meetingsBefore + 1);
      expect(await auditCount(t)).toBe(auditBefore + 1);
    });

    it('chair powers are judged at the new meeting’s start: the chair of 2022 convenes a 2022 sitting, not a 2026 one', async () => {
      const id = await request(csc, 'CSC', 'A sitting recorded late');
      const in2026 = await bw.fails(RESPOND, {
        input: { requestId: id, accept: true, response: 'Yes.', meeting: meetingInput() },
      });
      expect(in2026.extensions?.code).toBe('FORBIDDEN');
      const by2026Chair = await ao.fails(RESPOND, {
        input: {
          requestId: id,
          accept: true,
          response: 'Yes.',
          meeting: meetingInput({ startsAt: '2022-11-07T08:00:00Z', endsAt: '2022-11-07T16:00:00Z' }),
        },
      });
      expect(by2026Chair.extensions?.code).toBe('FORBIDDEN');
      const res = await bw.ok<{ respondToMeetingRequest: RequestAnswer }>(RESPOND, {
        input: {
          requestId: id,
          accept: true,
          response: 'Yes.',
          meeting: meetingInput({ startsAt: '2022-11-07T08:00:00Z', endsAt: '2022-11-07T16:00:00Z' }),
        },
      });
      expect(res.respondToMeetingRequest.meeting?.startsAt).toBe('2022-11-07T08:00:00.000Z');
    });

    it('accepting needs a meeting of the request’s own body, with valid fields; a refusal changes nothing', async () => {
      const id = await request(us, 'US');
      const [auditBefore, meetingsBefore] = [await auditCount(t), await rowCount(t, 'meeting')];
      const cases: [Record<string, unknown> | null, string][] = [
        [null, 'meeting'],
        [meetingInput({ bodyId: ids.body('PC') }), 'meeting.bodyId'],
        [meetingInput({ bodyId: UNKNOWN_ID }), 'meeting.bodyId'],
        [meetingInput({ title: ' ' }), 'meeting.title'],
        [meetingInput({ title: 'x'.repeat(201) }), 'meeting.title'],
        [meetingInput({ endsAt: '2026-12-01T09:00:00Z' }), 'meeting.endsAt'],
      ];
      for (const [meeting, field] of cases) {
        const err = await ao.fails(RESPOND, {
          input: { requestId: id, accept: true, response: 'Yes.', ...(meeting ? { meeting } : {}) },
        });
        expect({ field, ...err.extensions }).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      expect(await rowCount(t, 'meeting')).toBe(meetingsBefore);
      expect(await auditCount(t)).toBe(auditBefore);
      const still = await t.sql.query('SELECT status, meeting_id FROM meeting_request WHERE id = $1', [id]);
      expect(still.rows).toEqual([{ status: 'PENDING', meeting_id: null }]);
    });

    it('a delegate who does not chair the body may not accept', async () => {
      const id = await request(us, 'US');
      const err = await us.fails(RESPOND, {
        input: { requestId: id, accept: true, response: 'Yes.', meeting: meetingInput() },
      });
      expect(err.extensions?.code).toBe('FORBIDDEN');
    });

    it('two answers given at once: one wins, the other is a CONFLICT, and only one meeting is convened', async () => {
      const id = await request(us, 'US');
      const [auditBefore, meetingsBefore] = [await auditCount(t), await rowCount(t, 'meeting')];
      const answers = await Promise.all([
        ao.request<{ respondToMeetingRequest: RequestAnswer }>(RESPOND, {
          input: { requestId: id, accept: true, response: 'Yes.', meeting: meetingInput() },
        }),
        secretariat.request<{ respondToMeetingRequest: RequestAnswer }>(RESPOND, {
          input: { requestId: id, accept: true, response: 'Yes.', meeting: meetingInput() },
        }),
      ]);
      const ok = answers.filter((a) => !a.errors);
      const refused = answers.filter((a) => a.errors);
      expect(ok).toHaveLength(1);
      expect(refused.map((a) => a.errors![0].extensions?.code)).toEqual(['CONFLICT']);
      expect(await rowCount(t, 'meeting')).toBe(meetingsBefore + 1);
      expect(await auditCount(t)).toBe(auditBefore + 1);
    });
  });
});
