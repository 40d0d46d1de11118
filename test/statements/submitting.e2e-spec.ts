// Submitting statements: a delegate speaks for its own participant (an observer too), the
// secretariat for any; each statement has exactly one target (a meeting, a proposal or a boycott),
// and a reply to a boycott is a statement on that boycott; one audit entry each; Meeting.statements
// lists them oldest first. Each story builds its own scene through the API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { MeetingsFixture } from '../meetings/meetings.fixture.js';
import { scene as buildScene, submit } from './statements.fixture.js';

describe('statements: submitting', () => {
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

  it('a delegate makes a statement on the meeting, with one audit entry', async () => {
    const s = await scene();
    const made = await submit(await s.boycotter.delegate(), {
      participantId: s.boycotter.id,
      title: '  On the venue  ',
      body: 'We regret the choice of venue.',
      meetingId: s.meetingId,
    });
    expect(made).toMatchObject({
      title: 'On the venue',
      body: 'We regret the choice of venue.',
      participant: { code: s.boycotter.code },
      submittedBy: { displayName: `Delegate of ${s.boycotter.code}` },
      meeting: { id: s.meetingId, title: 'First sitting' },
      proposal: null,
      boycott: null,
    });
    expect(Date.parse(made.submittedAt)).not.toBeNaN();
    expect(await fx.audit(made.id)).toEqual([
      expect.objectContaining({
        action: 'submitStatement',
        entity: 'Statement',
        details: expect.objectContaining({
          participant: s.boycotter.code,
          title: 'On the venue',
          on: { meeting: expect.objectContaining({ id: s.meetingId, body: s.body.code }) },
        }),
      }),
    ]);
  });

  it('an observer makes a statement on the meeting', async () => {
    const s = await scene();
    const made = await submit(await s.observer.delegate(), {
      participantId: s.observer.id,
      title: 'Civil society’s view',
      body: 'Nous regrettons…',
      meetingId: s.meetingId,
    });
    expect(made.participant.code).toBe(s.observer.code);
  });

  it('a participant answers a boycott with a statement on that boycott', async () => {
    const s = await scene();
    const made = await submit(await s.speaker.delegate(), {
      participantId: s.speaker.id,
      title: 'Ответ на бойкот',
      body: 'Мы сожалеем об этом решении.',
      boycottId: s.boycottId,
    });
    expect(made).toMatchObject({
      title: 'Ответ на бойкот',
      body: 'Мы сожалеем об этом решении.',
      participant: { code: s.speaker.code },
      meeting: null,
      boycott: { id: s.boycottId, scope: 'MEETING', participant: { code: s.boycotter.code } },
    });
    expect((await fx.onlyAudit(made.id, 'submitStatement')).details.on).toEqual({
      boycott: { id: s.boycottId, scope: 'MEETING', participant: s.boycotter.code },
    });
  });

  it('a statement on a proposal, submitted by the secretariat for a participant', async () => {
    const s = await scene();
    const made = await submit(sec, {
      participantId: s.speaker.id,
      title: 'Our position',
      body: 'We support the budget.',
      proposalId: s.proposal.id,
    });
    expect(made).toMatchObject({
      participant: { code: s.speaker.code },
      submittedBy: { displayName: 'KP Secretariat' },
      proposal: s.proposal,
      meeting: null,
      boycott: null,
    });
    expect((await fx.onlyAudit(made.id, 'submitStatement')).details.on).toEqual({ proposal: s.proposal });
  });

  it('a statement may be 50,000 characters of Cyrillic, and comes back unchanged', async () => {
    const s = await scene();
    const body = 'Ж'.repeat(49_999) + '.';
    const made = await submit(await s.speaker.delegate(), {
      participantId: s.speaker.id,
      title: 'Т'.repeat(200),
      body,
      meetingId: s.meetingId,
    });
    expect(made.body).toBe(body);
    expect(made.title).toHaveLength(200);
  });

  it('Meeting.statements lists the meeting’s statements, oldest first', async () => {
    const s = await scene();
    for (const p of [s.boycotter, s.observer, s.speaker]) {
      await submit(sec, { participantId: p.id, title: `${p.code} speaks`, body: 'Text.', meetingId: s.meetingId });
    }
    await submit(sec, { participantId: s.speaker.id, title: 'Elsewhere', body: 'Text.', boycottId: s.boycottId });
    const res = await sec.ok<{ meeting: { statements: { participant: { code: string } }[] } }>(
      `query ($id: ID!) { meeting(id: $id) { statements { participant { code } } } }`,
      { id: s.meetingId },
    );
    expect(res.meeting.statements.map((x) => x.participant.code)).toEqual([
      s.boycotter.code,
      s.observer.code,
      s.speaker.code,
    ]);
  });
});
