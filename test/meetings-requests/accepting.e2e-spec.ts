// Meeting requests, accepting: the body's chair, judged at the new meeting's start, convenes the
// meeting in the same transaction as the answer, with one audit entry describing both; a meeting of
// another body or with bad fields is refused naming the field inside `meeting`; two answers at once
// convene one meeting. Each story builds its own body, chairs and participants through the API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { expectRefusedUnchanged } from '../support/refusals.js';
import { MeetingsFixture } from '../meetings/meetings.fixture.js';
import {
  meetingInput,
  meetingsOf,
  plenary as buildPlenary,
  request,
  RESPOND,
  TABLES,
  UNKNOWN_ID,
  type RequestAnswer,
} from './requests.fixture.js';

describe('meeting requests: accepting', () => {
  let t: TestApp;
  let fx: MeetingsFixture;
  let sec: GraphQLClient;
  const plenary = () => buildPlenary(fx);

  beforeAll(async () => {
    t = await startTestApp();
    fx = await MeetingsFixture.create(t);
    sec = fx.secretariat;
  });
  afterAll(async () => {
    await t?.close();
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
      expect(await meetingsOf(sec, p.body.id)).toBe(1);
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
      expect(await meetingsOf(sec, p.body.id)).toBe(1);
      expect((await fx.audit(id, 'respondToMeetingRequest')).length).toBe(1);
    });
  });
});
