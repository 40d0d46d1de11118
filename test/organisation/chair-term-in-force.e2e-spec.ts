// One rule picks the chair term in force (docs/rules.md "The organisation: chair terms, who may act,
// sign-in"), and Body.chair, Meeting.chairedBy and chair powers all follow it. The database refuses
// overlapping terms, so to see what the rule does with them this file's own database drops the
// exclusion constraint, as someone writing around the API might, and writes overlapping terms.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { expectRefusal } from './organisation-helpers.js';
import { OrganisationFixtures, type BodyFixture, type ParticipantFixture } from './organisation.fixtures.js';

const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) { id chairedBy { code } } }`;

describe('the chair term in force, when terms overlap', () => {
  let t: TestApp;
  let us: GraphQLClient;
  let make: OrganisationFixtures;

  beforeAll(async () => {
    t = await startTestApp();
    us = await t.as('us@kp.example');
    make = await OrganisationFixtures.on(t);
    await t.sql.query('ALTER TABLE chair_term DROP CONSTRAINT chair_term_no_overlap');
  });
  afterAll(async () => {
    await t.close();
  });

  /** Writes a term around the API (the constraint is gone, so overlaps are stored). */
  const term = (body: BodyFixture, p: ParticipantFixture, role: string, startsOn: string, endsOn: string | null) =>
    t.sql.query(
      'INSERT INTO chair_term (body_id, participant_id, role, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)',
      [body.id, p.id, role, startsOn, endsOn],
    );
  const chairAt = async (body: BodyFixture, at: string): Promise<string | null> => {
    const { body: read } = await us.ok<{ body: { chair: { role: string; participant: { code: string } } | null } }>(
      'query ($id: ID!, $at: DateTime) { body(id: $id) { chair(at: $at) { role participant { code } } } }',
      { id: body.id, at },
    );
    if (read.chair) expect(read.chair.role).toBe('CHAIR');
    return read.chair?.participant.code ?? null;
  };
  const schedule = (client: GraphQLClient, body: BodyFixture, day: string) =>
    client.request<{ scheduleMeeting: { id: string; chairedBy: { code: string } | null } }>(SCHEDULE, {
      input: {
        bodyId: body.id,
        title: `Meeting of ${day}`,
        kind: 'REGULAR',
        startsAt: `${day}T09:00:00Z`,
        endsAt: `${day}T12:00:00Z`,
      },
    });

  it('the later appointment wins: Body.chair, Meeting.chairedBy and chair powers agree', async () => {
    const [first, later] = await make.participants(2);
    const body = await make.body({ members: [first, later] });
    await term(body, first, 'CHAIR', '2022-01-01', null);
    await term(body, later, 'CHAIR', '2022-06-01', '2022-12-31');
    const firstDelegate = await make.delegate(first);
    const laterDelegate = await make.delegate(later);

    // Before the later term begins, the first chair is the only one in force.
    expect(await chairAt(body, '2022-05-31T12:00:00Z')).toBe(first.code);
    expect(await chairAt(body, '2022-06-01T00:00:00Z')).toBe(later.code);
    expect(await chairAt(body, '2022-12-31T23:59:59Z')).toBe(later.code);
    // After it ends, the first (open-ended) term holds again.
    expect(await chairAt(body, '2023-01-01T00:00:00Z')).toBe(first.code);

    // A meeting in the overlap is chaired by the later chair, whose delegate holds chair powers there...
    const held = await schedule(laterDelegate.client, body, '2022-07-01');
    expect(held.errors).toBeUndefined();
    expect(held.data?.scheduleMeeting.chairedBy).toEqual({ code: later.code });
    // ...and the superseded chair's delegate holds none that day, but does before the overlap.
    const refused = await schedule(firstDelegate.client, body, '2022-07-02');
    expectRefusal(refused.errors![0], 'FORBIDDEN');
    const before = await schedule(firstDelegate.client, body, '2022-05-02');
    expect(before.data?.scheduleMeeting.chairedBy).toEqual({ code: first.code });
  });

  it('on the same first day the longer term wins, an open end being the longest; vice-chairs alike', async () => {
    const [short, long, open] = await make.participants(3);
    const body = await make.body({ members: [short, long, open] });
    await term(body, short, 'VICE_CHAIR', '2024-01-01', '2024-03-31');
    await term(body, long, 'VICE_CHAIR', '2024-01-01', '2024-12-31');
    await term(body, short, 'CHAIR', '2024-01-01', '2024-03-31');
    await term(body, long, 'CHAIR', '2024-01-01', '2024-12-31');
    expect(await chairAt(body, '2024-02-01T12:00:00Z')).toBe(long.code);
    await term(body, open, 'CHAIR', '2024-01-01', null);
    expect(await chairAt(body, '2024-02-01T12:00:00Z')).toBe(open.code);

    // Chair powers follow the same rule: the vice-chair in force is the longer vice term's holder.
    const shortDelegate = await make.delegate(short);
    const longDelegate = await make.delegate(long);
    expectRefusal((await schedule(shortDelegate.client, body, '2024-02-05')).errors![0], 'FORBIDDEN');
    expect((await schedule(longDelegate.client, body, '2024-02-06')).errors).toBeUndefined();
  });
});
