// Meeting requests: a participant or an observer asks a body to meet; the body's chair (judged at
// the new meeting's start when accepting, at the moment of answering when declining) or the
// secretariat answers, once. Accepting convenes the meeting in the same transaction, with one audit
// entry describing both; a failed answer changes nothing and writes no entry. Each story builds its
// own body, chairs and participants through the API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { expectRefusedUnchanged } from '../support/refusals.js';
import { MeetingsFixture, type BodyFixture, type Party } from '../meetings/meetings.fixture.js';

const REQUEST = `mutation ($input: RequestMeetingInput!) {
  requestMeeting(input: $input) { id subject justification status response createdAt body { code } requestedBy { code } meeting { id } }
}`;
const RESPOND = `mutation ($input: RespondToMeetingRequestInput!) {
  respondToMeetingRequest(input: $input) {
    id status response
    meeting { id title kind status startsAt endsAt location body { code } }
  }
}`;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const TABLES = ['meeting_request', 'meeting', 'audit_entry'];

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

/**
 * A body chaired by members[0] from 2026 (members[1] vice-chair) and by members[2] in 2022; their
 * delegates sign in when first asked for.
 */
interface Plenary {
  body: BodyFixture;
  chair: () => Promise<GraphQLClient>;
  vice: () => Promise<GraphQLClient>;
  pastChair: () => Promise<GraphQLClient>;
  member: Party;
  observer: Party;
}

describe('meeting requests', () => {
  let t: TestApp;
  let fx: MeetingsFixture;
  let sec: GraphQLClient;

  beforeAll(async () => {
    t = await startTestApp();
    fx = await MeetingsFixture.create(t);
    sec = fx.secretariat;
  });
  afterAll(async () => {
    await t?.close();
  });

  async function plenary(): Promise<Plenary> {
    const body = await fx.body({ members: 4, observers: 1, chairFrom: '2026-01-01', viceChair: true });
    await fx.assignChair(body.id, body.members[2].id, 'CHAIR', '2022-01-01', '2022-12-31');
    return {
      body,
      chair: body.members[0].delegate,
      vice: body.members[1].delegate,
      pastChair: body.members[2].delegate,
      member: body.members[3],
      observer: body.observers[0],
    };
  }

  async function request(p: Plenary, by: Party, subject = 'Extraordinary session on the review'): Promise<string> {
    const res = await (
      await by.delegate()
    ).ok<{ requestMeeting: { id: string } }>(REQUEST, {
      input: {
        bodyId: p.body.id,
        participantId: by.id,
        subject,
        justification: 'The review cannot wait for the regular session.',
      },
    });
    return res.requestMeeting.id;
  }

  function meetingInput(p: Plenary, over: Record<string, unknown> = {}) {
    return {
      bodyId: p.body.id,
      title: 'Extraordinary session on the review',
      kind: 'EXTRAORDINARY',
      startsAt: '2026-12-01T09:00:00.000Z',
      endsAt: '2026-12-01T17:00:00.000Z',
      location: 'Gaborone',
      ...over,
    };
  }

  const meetingsOf = async (bodyId: string) =>
    (await sec.ok(`query ($id: ID!) { body(id: $id) { meetings { edges { node { id } } } } }`, { id: bodyId })).body
      .meetings.edges.length as number;

  describe('asking', () => {
    it('an observer asks the body to meet, with one audit entry', async () => {
      const p = await plenary();
      const res = await (
        await p.observer.delegate()
      ).ok<{ requestMeeting: Record<string, any> }>(REQUEST, {
        input: {
          bodyId: p.body.id,
          participantId: p.observer.id,
          subject: '  Exploitation in artisanal mining areas  ',
          justification: 'Reports from the field since the last session.',
        },
      });
      expect(res.requestMeeting).toMatchObject({
        subject: 'Exploitation in artisanal mining areas',
        justification: 'Reports from the field since the last session.',
        status: 'PENDING',
        response: null,
        meeting: null,
        body: { code: p.body.code },
        requestedBy: { code: p.observer.code },
      });
      expect(await fx.audit(res.requestMeeting.id)).toEqual([
        expect.objectContaining({
          action: 'requestMeeting',
          entity: 'MeetingRequest',
          details: expect.objectContaining({
            body: p.body.code,
            requestedBy: p.observer.code,
            subject: 'Exploitation in artisanal mining areas',
          }),
        }),
      ]);
    });

    it('the secretariat asks on behalf of a participant', async () => {
      const p = await plenary();
      const res = await sec.ok<{ requestMeeting: { requestedBy: { code: string } } }>(REQUEST, {
        input: {
          bodyId: p.body.id,
          participantId: p.member.id,
          subject: 'Monitoring visit',
          justification: 'As agreed.',
        },
      });
      expect(res.requestMeeting.requestedBy.code).toBe(p.member.code);
    });

    it('a delegate may not ask in the name of another participant', async () => {
      const p = await plenary();
      const err = await expectRefusedUnchanged(
        t,
        TABLES,
        await p.member.delegate(),
        REQUEST,
        {
          input: { bodyId: p.body.id, participantId: p.observer.id, subject: 'A session', justification: 'Because.' },
        },
        'FORBIDDEN',
      );
      expect(err.message).toMatch(/own participant/);
    });

    it('a request needs a subject of at most 200 characters and a justification', async () => {
      const p = await plenary();
      const client = await p.member.delegate();
      const base = { bodyId: p.body.id, participantId: p.member.id, subject: 'A session', justification: 'Because.' };
      const cases: [Record<string, unknown>, string][] = [
        [{ subject: '   ' }, 'subject'],
        [{ subject: 'Я'.repeat(201) }, 'subject'],
        [{ justification: '' }, 'justification'],
        [{ justification: 'x'.repeat(50001) }, 'justification'],
      ];
      for (const [change, field] of cases) {
        await expectRefusedUnchanged(
          t,
          TABLES,
          client,
          REQUEST,
          { input: { ...base, ...change } },
          'BAD_USER_INPUT',
          field,
        );
      }
      // Exactly 200 characters of Cyrillic is a subject.
      const ok = await client.ok(REQUEST, { input: { ...base, subject: 'Я'.repeat(200) } });
      expect(await fx.audit(ok.requestMeeting.id)).toHaveLength(1);
    });

    it('an unknown body or participant is NOT_FOUND', async () => {
      const p = await plenary();
      const base = { bodyId: p.body.id, participantId: p.member.id, subject: 'A session', justification: 'Because.' };
      for (const change of [
        { bodyId: UNKNOWN_ID },
        { bodyId: 'not-an-id' },
        { participantId: UNKNOWN_ID },
        { participantId: p.body.code },
      ]) {
        await expectRefusedUnchanged(t, TABLES, sec, REQUEST, { input: { ...base, ...change } }, 'NOT_FOUND');
      }
    });

    it('signed-in users list requests, oldest first, by status; without a token nothing', async () => {
      const p = await plenary();
      const first = await request(p, p.observer, 'First');
      const second = await request(p, p.member, 'Second');
      const ours = (list: { id: string }[]) => list.map((r) => r.id).filter((id) => id === first || id === second);
      const reader = await p.member.delegate();
      expect(ours((await reader.ok('{ meetingRequests { id status } }')).meetingRequests)).toEqual([first, second]);
      await (await p.chair()).ok(RESPOND, { input: { requestId: first, accept: false, response: 'No.' } });
      expect(ours((await reader.ok('{ meetingRequests(status: DECLINED) { id } }')).meetingRequests)).toEqual([first]);
      expect(ours((await reader.ok('{ meetingRequests(status: PENDING) { id } }')).meetingRequests)).toEqual([second]);
      const err = await t.anonymous.fails('{ meetingRequests { id } }');
      expect(err.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('declining', () => {
    it('the chair in office declines; a second answer is a CONFLICT', async () => {
      const p = await plenary();
      const id = await request(p, p.observer);
      // A member who does not chair the body may not answer, nor the chair of 2022 today.
      const forbidden = await expectRefusedUnchanged(
        t,
        TABLES,
        await p.member.delegate(),
        RESPOND,
        { input: { requestId: id, accept: false, response: 'No.' } },
        'FORBIDDEN',
      );
      expect(forbidden.message).toMatch(new RegExp(`chair powers on ${p.body.code}`));
      await expectRefusedUnchanged(
        t,
        TABLES,
        await p.pastChair(),
        RESPOND,
        { input: { requestId: id, accept: false, response: 'No.' } },
        'FORBIDDEN',
      );

      const res = await (
        await p.chair()
      ).ok<{ respondToMeetingRequest: RequestAnswer }>(RESPOND, {
        input: { requestId: id, accept: false, response: 'The regular session will take this up.' },
      });
      expect(res.respondToMeetingRequest).toEqual({
        id,
        status: 'DECLINED',
        response: 'The regular session will take this up.',
        meeting: null,
      });
      const entries = await fx.audit(id, 'respondToMeetingRequest');
      expect(entries.map((e) => e.details)).toEqual([
        expect.objectContaining({ from: 'PENDING', to: 'DECLINED', meeting: null }),
      ]);

      const again = await expectRefusedUnchanged(
        t,
        TABLES,
        sec,
        RESPOND,
        { input: { requestId: id, accept: false, response: 'Still no.' } },
        'CONFLICT',
      );
      expect(again.message).toMatch(/DECLINED/);
      await expectRefusedUnchanged(
        t,
        TABLES,
        await p.chair(),
        RESPOND,
        { input: { requestId: id, accept: true, response: 'On second thought.', meeting: meetingInput(p) } },
        'CONFLICT',
      );
    });

    it('the vice-chair acts for the chair, and the secretariat may answer', async () => {
      const p = await plenary();
      const first = await request(p, p.member);
      const second = await request(p, p.member);
      const a = await (
        await p.vice()
      ).ok<{ respondToMeetingRequest: RequestAnswer }>(RESPOND, {
        input: { requestId: first, accept: false, response: 'Not now.' },
      });
      const b = await sec.ok<{ respondToMeetingRequest: RequestAnswer }>(RESPOND, {
        input: { requestId: second, accept: false, response: 'Not now.' },
      });
      expect([a.respondToMeetingRequest.status, b.respondToMeetingRequest.status]).toEqual(['DECLINED', 'DECLINED']);
    });

    it('declining takes a response and no meeting', async () => {
      const p = await plenary();
      const id = await request(p, p.member);
      const chair = await p.chair();
      const respond = (input: Record<string, unknown>, field: string) =>
        expectRefusedUnchanged(
          t,
          TABLES,
          chair,
          RESPOND,
          { input: { requestId: id, ...input } },
          'BAD_USER_INPUT',
          field,
        );
      await respond({ accept: false, response: ' ' }, 'response');
      await respond({ accept: false, response: 'No.', meeting: meetingInput(p) }, 'meeting');
    });

    it('an unknown request is NOT_FOUND', async () => {
      for (const requestId of [UNKNOWN_ID, 'nothing']) {
        await expectRefusedUnchanged(
          t,
          TABLES,
          sec,
          RESPOND,
          { input: { requestId, accept: false, response: 'No.' } },
          'NOT_FOUND',
        );
      }
    });
  });

  describe('accepting', () => {
    it('the chair accepts and convenes the meeting in the same step, with one audit entry', async () => {
      const p = await plenary();
      const id = await request(p, p.observer, 'Exploitation in artisanal mining areas (again)');
      const res = await (
        await p.chair()
      ).ok<{ respondToMeetingRequest: RequestAnswer }>(RESPOND, {
        input: { requestId: id, accept: true, response: 'Convened for 1 December.', meeting: meetingInput(p) },
      });
      const answer = res.respondToMeetingRequest;
      expect(answer).toMatchObject({
        id,
        status: 'ACCEPTED',
        response: 'Convened for 1 December.',
        meeting: {
          title: 'Extraordinary session on the review',
          kind: 'EXTRAORDINARY',
          status: 'SCHEDULED',
          startsAt: '2026-12-01T09:00:00.000Z',
          endsAt: '2026-12-01T17:00:00.000Z',
          location: 'Gaborone',
          body: { code: p.body.code },
        },
      });
      expect(await meetingsOf(p.body.id)).toBe(1);
      // Exactly one entry for the whole use case, naming the meeting it convened; none on the meeting.
      expect(await fx.audit(answer.meeting!.id)).toEqual([]);
      expect((await fx.audit(id)).map((e) => [e.action, e.details])).toEqual([
        ['requestMeeting', expect.anything()],
        [
          'respondToMeetingRequest',
          expect.objectContaining({
            body: p.body.code,
            requestedBy: p.observer.code,
            from: 'PENDING',
            to: 'ACCEPTED',
            meeting: expect.objectContaining({
              id: answer.meeting!.id,
              title: 'Extraordinary session on the review',
              startsAt: '2026-12-01T09:00:00.000Z',
            }),
          }),
        ],
      ]);
      // The request and the meeting are linked, read back through the list too.
      const listed = await sec.ok<{ meetingRequests: { id: string; meeting: { id: string } | null }[] }>(
        '{ meetingRequests(status: ACCEPTED) { id meeting { id } } }',
      );
      expect(listed.meetingRequests.filter((r) => r.id === id)).toEqual([{ id, meeting: { id: answer.meeting!.id } }]);

      await expectRefusedUnchanged(
        t,
        TABLES,
        await p.chair(),
        RESPOND,
        { input: { requestId: id, accept: true, response: 'Twice.', meeting: meetingInput(p) } },
        'CONFLICT',
      );
    });

    it('chair powers are judged at the new meeting’s start: the chair of 2022 convenes a 2022 sitting, not a 2026 one', async () => {
      const p = await plenary();
      const id = await request(p, p.observer, 'A sitting recorded late');
      const in2022 = meetingInput(p, { startsAt: '2022-11-07T08:00:00Z', endsAt: '2022-11-07T16:00:00Z' });
      await expectRefusedUnchanged(
        t,
        TABLES,
        await p.pastChair(),
        RESPOND,
        { input: { requestId: id, accept: true, response: 'Yes.', meeting: meetingInput(p) } },
        'FORBIDDEN',
      );
      await expectRefusedUnchanged(
        t,
        TABLES,
        await p.chair(),
        RESPOND,
        { input: { requestId: id, accept: true, response: 'Yes.', meeting: in2022 } },
        'FORBIDDEN',
      );
      const res = await (
        await p.pastChair()
      ).ok<{ respondToMeetingRequest: RequestAnswer }>(RESPOND, {
        input: { requestId: id, accept: true, response: 'Yes.', meeting: in2022 },
      });
      expect(res.respondToMeetingRequest.meeting?.startsAt).toBe('2022-11-07T08:00:00.000Z');
    });

    it('accepting needs a meeting of the request’s own body, with valid fields; a refusal changes nothing', async () => {
      const p = await plenary();
      const other = await fx.body();
      const id = await request(p, p.member);
      const cases: [Record<string, unknown> | null, string][] = [
        [null, 'meeting'],
        [meetingInput(p, { bodyId: other.id }), 'meeting.bodyId'],
        [meetingInput(p, { bodyId: UNKNOWN_ID }), 'meeting.bodyId'],
        [meetingInput(p, { title: ' ' }), 'meeting.title'],
        [meetingInput(p, { title: 'x'.repeat(201) }), 'meeting.title'],
        [meetingInput(p, { endsAt: '2026-12-01T09:00:00Z' }), 'meeting.endsAt'],
      ];
      for (const [meeting, field] of cases) {
        await expectRefusedUnchanged(
          t,
          TABLES,
          await p.chair(),
          RESPOND,
          { input: { requestId: id, accept: true, response: 'Yes.', ...(meeting ? { meeting } : {}) } },
          'BAD_USER_INPUT',
          field,
        );
      }
      const still = await sec.ok<{ meetingRequests: { id: string; status: string; meeting: unknown }[] }>(
        '{ meetingRequests(status: PENDING) { id status meeting { id } } }',
      );
      expect(still.meetingRequests.filter((r) => r.id === id)).toEqual([{ id, status: 'PENDING', meeting: null }]);
    });

    it('a delegate who does not chair the body may not accept', async () => {
      const p = await plenary();
      const id = await request(p, p.member);
      await expectRefusedUnchanged(
        t,
        TABLES,
        await p.member.delegate(),
        RESPOND,
        { input: { requestId: id, accept: true, response: 'Yes.', meeting: meetingInput(p) } },
        'FORBIDDEN',
      );
    });

    it('two answers given at once: one wins, the other is a CONFLICT, and only one meeting is convened', async () => {
      const p = await plenary();
      const id = await request(p, p.member);
      const answers = await Promise.all([
        (await p.chair()).request<{ respondToMeetingRequest: RequestAnswer }>(RESPOND, {
          input: { requestId: id, accept: true, response: 'Yes.', meeting: meetingInput(p) },
        }),
        sec.request<{ respondToMeetingRequest: RequestAnswer }>(RESPOND, {
          input: { requestId: id, accept: true, response: 'Yes.', meeting: meetingInput(p) },
        }),
      ]);
      expect(answers.filter((a) => !a.errors)).toHaveLength(1);
      expect(answers.filter((a) => a.errors).map((a) => a.errors![0].extensions?.code)).toEqual(['CONFLICT']);
      expect(await meetingsOf(p.body.id)).toBe(1);
      expect((await fx.audit(id, 'respondToMeetingRequest')).length).toBe(1);
    });
  });
});
