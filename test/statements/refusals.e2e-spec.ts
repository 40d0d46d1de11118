// Statements refused: for another participant, without exactly one target, with a title or body
// out of bounds, naming what does not exist, without a token. A refusal changes nothing and writes
// no audit entry. Each story builds its own scene through the API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { expectRefusedUnchanged } from '../support/refusals.js';
import { MeetingsFixture } from '../meetings/meetings.fixture.js';
import { scene as buildScene, SUBMIT, TABLES, UNKNOWN_ID } from './statements.fixture.js';

describe('statements: refusals change nothing', () => {
  let t: TestApp;
  let fx: MeetingsFixture;
  let sec: GraphQLClient;
  const scene = () => buildScene(fx);

  beforeAll(async () => {
    t = await startTestApp();
    fx = await MeetingsFixture.create(t);
    sec = fx.secretariat;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a delegate speaks only for its own participant', async () => {
    const s = await scene();
    const base = { title: 'A statement', body: 'Text.', meetingId: s.meetingId };
    const err = await expectRefusedUnchanged(
      t,
      TABLES,
      await s.speaker.delegate(),
      SUBMIT,
      { input: { ...base, participantId: s.boycotter.id } },
      'FORBIDDEN',
    );
    expect(err.message).toMatch(/own participant/);
    await expectRefusedUnchanged(
      t,
      TABLES,
      await s.observer.delegate(),
      SUBMIT,
      { input: { ...base, participantId: s.speaker.id } },
      'FORBIDDEN',
    );
  });

  it('exactly one target: none, two or three are BAD_USER_INPUT naming the field', async () => {
    const s = await scene();
    const client = await s.speaker.delegate();
    const base = { participantId: s.speaker.id, title: 'A statement', body: 'Text.', meetingId: s.meetingId };
    const cases: [Record<string, unknown>, string][] = [
      [{ meetingId: null }, 'meetingId'],
      [{ boycottId: s.boycottId }, 'boycottId'],
      [{ meetingId: null, proposalId: s.proposal.id, boycottId: s.boycottId }, 'boycottId'],
      [{ proposalId: s.proposal.id }, 'proposalId'],
    ];
    for (const [change, field] of cases) {
      const err = await expectRefusedUnchanged(
        t,
        TABLES,
        client,
        SUBMIT,
        { input: { ...base, ...change } },
        'BAD_USER_INPUT',
        field,
      );
      expect(err.message).toMatch(/target|not both/);
    }
  });

  it('a title of 1-200 characters and a body of 1-50,000', async () => {
    const s = await scene();
    const client = await s.speaker.delegate();
    const base = { participantId: s.speaker.id, title: 'A statement', body: 'Text.', meetingId: s.meetingId };
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '' }, 'title'],
      [{ title: '   ' }, 'title'],
      [{ title: 'x'.repeat(201) }, 'title'],
      [{ body: ' ' }, 'body'],
      [{ body: 'Ж'.repeat(50_001) }, 'body'],
    ];
    for (const [change, field] of cases) {
      await expectRefusedUnchanged(
        t,
        TABLES,
        client,
        SUBMIT,
        { input: { ...base, ...change } },
        'BAD_USER_INPUT',
        field,
      );
    }
  });

  it('a target or participant that does not exist is NOT_FOUND', async () => {
    const s = await scene();
    const client = await s.speaker.delegate();
    const base = { participantId: s.speaker.id, title: 'A statement', body: 'Text.', meetingId: s.meetingId };
    const cases: Record<string, unknown>[] = [
      { meetingId: UNKNOWN_ID },
      { meetingId: 'not-a-meeting' },
      { meetingId: null, proposalId: UNKNOWN_ID },
      { meetingId: null, proposalId: s.proposal.reference },
      { meetingId: null, boycottId: UNKNOWN_ID },
    ];
    for (const change of cases) {
      await expectRefusedUnchanged(t, TABLES, client, SUBMIT, { input: { ...base, ...change } }, 'NOT_FOUND');
    }
    await expectRefusedUnchanged(
      t,
      TABLES,
      sec,
      SUBMIT,
      { input: { ...base, participantId: UNKNOWN_ID } },
      'NOT_FOUND',
    );
  });

  it('without a token, no statement', async () => {
    const s = await scene();
    const err = await t.anonymous.fails(SUBMIT, {
      input: { participantId: s.speaker.id, title: 'A statement', body: 'Text.', meetingId: s.meetingId },
    });
    expect(err.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
