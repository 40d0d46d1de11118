// A body of 85 made-up members, each with its own delegate, built through the API as the
// secretariat and the admin would (docs/rules.md "Scale of tests"), for the concurrency test.
import type { TestApp } from '../support/app.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { SECRETARIAT } from './decisions-helpers.js';

export const DELEGATE_PASSWORD = 'eighty-five-delegates';

export interface Room {
  bodyId: string;
  members: { id: string; code: string; email: string }[];
}

/** Runs `work` over `items` with at most `limit` at a time. */
export async function inBatches<T, R>(
  items: T[],
  limit: number,
  work: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i], i);
      }
    }),
  );
  return out;
}

export async function roomOf85(t: TestApp, bodyCode = 'R85', admin = 'admin@kp.example'): Promise<Room> {
  const sec = await t.as(SECRETARIAT);
  const adm = await t.as(admin);
  const codes = Array.from({ length: 85 }, (_, i) => `${bodyCode}P${String(i + 1).padStart(2, '0')}`);
  const members = await inBatches(codes, 4, async (code) => {
    const p = await sec.ok<{ createParticipant: { id: string } }>(
      `mutation ($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
      { input: { code, name: `Participant ${code}`, kind: 'PARTICIPANT' } },
    );
    const email = `${code.toLowerCase()}@r85.example`;
    await adm.ok(`mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: {
        email,
        displayName: `Delegate of ${code}`,
        password: DELEGATE_PASSWORD,
        role: 'DELEGATE',
        participantId: p.createParticipant.id,
      },
    });
    return { id: p.createParticipant.id, code, email };
  });
  const body = await sec.ok<{ createBody: { id: string } }>(
    `mutation ($input: CreateBodyInput!) { createBody(input: $input) { id } }`,
    {
      input: {
        name: `Room of 85 ${bodyCode}`,
        code: bodyCode,
        kind: 'WORKING_GROUP',
        memberIds: members.map((m) => m.id),
      },
    },
  );
  return { bodyId: body.createBody.id, members };
}

/** Signed-in clients of every member's delegate, in member order. */
export function delegatesOf(t: TestApp, room: Room): Promise<GraphQLClient[]> {
  return inBatches(room.members, 4, (m) => t.as(m.email, DELEGATE_PASSWORD));
}
