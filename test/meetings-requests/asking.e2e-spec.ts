// Meeting requests, asking and declining: a participant or an observer asks a body to meet (its own
// delegate, or the secretariat for it); the body's chair in office, the vice-chair for it, or the
// secretariat declines, once; a refused request or answer changes nothing and writes no entry.
// Each story builds its own body, chairs and participants through the API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { expectRefusedUnchanged } from '../support/refusals.js';
import { MeetingsFixture } from '../meetings/meetings.fixture.js';
import {
  meetingInput,
  plenary as buildPlenary,
  REQUEST,
  request,
  RESPOND,
  TABLES,
  UNKNOWN_ID,
  type RequestAnswer,
} from './requests.fixture.js';

describe('meeting requests: asking and declining', () => {
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
});
