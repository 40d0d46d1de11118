// Examples and properties for the speakers list: the order requests are heard in, who may ask for
// the floor, one open request per participant, item and kind, and one speaker at a time.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  adjournFloorChanges,
  compareFloorRequests,
  duplicateFloorRequestProblem,
  floorEntitlement,
  floorMeetingProblem,
  floorMoveProblem,
  giveFloorChanges,
  hearingOrder,
  openFloorRequest,
  speakersList,
  spokeList,
  type FloorChange,
  type FloorRequestFact,
} from './floor.js';
import { canTransition, floorRequestLifecycle, type FloorRequestStatus, type MeetingStatus } from './lifecycle.js';
import {
  ATTENDANCE_STATUSES,
  FLOOR_REQUEST_KINDS,
  type AttendanceStatus,
  type FloorRequestKind,
  type ParticipantKind,
  type ParticipantStatus,
} from './types.js';

const at = (minute: number): Date => new Date(Date.UTC(2022, 5, 20, 9, minute));

function request(over: Partial<FloorRequestFact> & Pick<FloorRequestFact, 'id'>): FloorRequestFact {
  return {
    agendaItemId: 'item1',
    participantId: over.id.toUpperCase(),
    kind: 'SPEAK',
    status: 'WAITING',
    requestedAt: at(0),
    startedAt: null,
    ...over,
  };
}

describe('hearing order', () => {
  it('hears points of order first, then speakers, then rights of reply, each by time of request', () => {
    const list = [
      request({ id: 'reply1', kind: 'RIGHT_OF_REPLY', requestedAt: at(1) }),
      request({ id: 'speak2', kind: 'SPEAK', requestedAt: at(5) }),
      request({ id: 'order1', kind: 'POINT_OF_ORDER', requestedAt: at(9) }),
      request({ id: 'speak1', kind: 'SPEAK', requestedAt: at(2) }),
      request({ id: 'order0', kind: 'POINT_OF_ORDER', requestedAt: at(8) }),
    ];
    expect(hearingOrder(list).map((r) => r.id)).toEqual(['order0', 'order1', 'speak1', 'speak2', 'reply1']);
  });

  it('breaks a tie of the same millisecond by id, whatever the order they were loaded in', () => {
    const a = request({ id: 'a', requestedAt: at(3) });
    const b = request({ id: 'b', requestedAt: at(3) });
    expect(hearingOrder([b, a]).map((r) => r.id)).toEqual(['a', 'b']);
    expect(hearingOrder([a, b]).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('lists only WAITING requests; speakersList puts the one SPEAKING first', () => {
    const list = [
      request({ id: 'w', requestedAt: at(1) }),
      request({ id: 's', status: 'SPEAKING', requestedAt: at(2), startedAt: at(4) }),
      request({ id: 'd', status: 'DONE', requestedAt: at(0), startedAt: at(1) }),
      request({ id: 'x', status: 'WITHDRAWN', requestedAt: at(0) }),
      request({ id: 'p', kind: 'POINT_OF_ORDER', requestedAt: at(5) }),
    ];
    expect(hearingOrder(list).map((r) => r.id)).toEqual(['p', 'w']);
    expect(speakersList(list).map((r) => r.id)).toEqual(['s', 'p', 'w']);
  });

  it('spokeList gives the DONE requests in the order they spoke', () => {
    const list = [
      request({ id: 'late', status: 'DONE', requestedAt: at(0), startedAt: at(30) }),
      request({ id: 'early', status: 'DONE', requestedAt: at(10), startedAt: at(12) }),
      request({ id: 'now', status: 'SPEAKING', requestedAt: at(0), startedAt: at(40) }),
    ];
    expect(spokeList(list).map((r) => r.id)).toEqual(['early', 'late']);
  });

  const someRequests = fc
    .uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z0-9]{1,6}$/),
        kind: fc.constantFrom<FloorRequestKind>(...FLOOR_REQUEST_KINDS),
        status: fc.constantFrom<FloorRequestStatus>('WAITING', 'WAITING', 'WAITING', 'DONE', 'WITHDRAWN'),
        // Few distinct instants, so ties are common.
        minute: fc.integer({ min: 0, max: 5 }),
      }),
      { selector: (r) => r.id, maxLength: 25 },
    )
    .map((rows) => rows.map((r) => request({ id: r.id, kind: r.kind, status: r.status, requestedAt: at(r.minute) })));

  it('within one kind, the order is the same whatever order the requests arrive in', () => {
    fc.assert(
      fc.property(
        someRequests.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
        ),
        ([list, shuffled]) => {
          const ids = (l: FloorRequestFact[]) => hearingOrder(l).map((r) => r.id);
          expect(ids(shuffled)).toEqual(ids(list));
          for (const kind of FLOOR_REQUEST_KINDS) {
            const ofKind = (l: FloorRequestFact[]) => ids(l.filter((r) => r.kind === kind));
            expect(ofKind(shuffled)).toEqual(ofKind(list));
          }
        },
      ),
    );
  });

  it('is ordered by kind, then time of request; withdrawing one request keeps the others in order', () => {
    fc.assert(
      fc.property(someRequests, fc.nat(), (list, pick) => {
        const heard = hearingOrder(list);
        for (let i = 1; i < heard.length; i++) expect(compareFloorRequests(heard[i - 1], heard[i])).toBeLessThan(0);
        fc.pre(heard.length > 0);
        const gone = heard[pick % heard.length].id;
        const after = hearingOrder(list.map((r) => (r.id === gone ? { ...r, status: 'WITHDRAWN' as const } : r)));
        expect(after.map((r) => r.id)).toEqual(heard.filter((r) => r.id !== gone).map((r) => r.id));
      }),
    );
  });
});

describe('floorEntitlement', () => {
  const member = { kind: 'PARTICIPANT' as const, status: 'ACTIVE' as const, seated: true };
  const observer = { ...member, kind: 'OBSERVER' as const };
  const ask = (over: Partial<Parameters<typeof floorEntitlement>[0]> = {}): ReturnType<typeof floorEntitlement> =>
    floorEntitlement({
      participant: member,
      kind: 'SPEAK',
      meetingStatus: 'IN_SESSION',
      attendance: 'PRESENT',
      ...over,
    });

  it('lets a present member or observer speak, and a remote one too', () => {
    expect(ask()).toEqual({ entitled: true });
    expect(ask({ attendance: 'REMOTE' })).toEqual({ entitled: true });
    expect(ask({ participant: observer })).toEqual({ entitled: true });
    expect(ask({ participant: observer, kind: 'RIGHT_OF_REPLY' })).toEqual({ entitled: true });
  });

  it('refuses with the reason, each in turn', () => {
    expect(ask({ participant: { ...member, seated: false } })).toEqual({ entitled: false, reason: 'NOT_MEMBER' });
    expect(ask({ participant: observer, kind: 'POINT_OF_ORDER' })).toEqual({ entitled: false, reason: 'OBSERVER' });
    expect(ask({ participant: { ...member, status: 'SUSPENDED' } })).toEqual({ entitled: false, reason: 'SUSPENDED' });
    expect(ask({ attendance: 'SUSPENDED' })).toEqual({ entitled: false, reason: 'SUSPENDED' });
    expect(ask({ attendance: 'BOYCOTT' })).toEqual({ entitled: false, reason: 'BOYCOTT' });
    expect(ask({ attendance: 'ABSENT' })).toEqual({ entitled: false, reason: 'NOT_PRESENT' });
    expect(ask({ attendance: 'EXCUSED' })).toEqual({ entitled: false, reason: 'NOT_PRESENT' });
    expect(ask({ attendance: null })).toEqual({ entitled: false, reason: 'NOT_PRESENT' });
  });

  it('before the meeting opens, asks for no presence but still refuses a boycotting participant', () => {
    expect(ask({ meetingStatus: 'SCHEDULED', attendance: null })).toEqual({ entitled: true });
    expect(ask({ meetingStatus: 'SCHEDULED', attendance: 'ABSENT' })).toEqual({ entitled: true });
    expect(ask({ meetingStatus: 'SCHEDULED', attendance: 'BOYCOTT' })).toEqual({ entitled: false, reason: 'BOYCOTT' });
  });

  it('an observer never raises a point of order; anyone entitled in session is present', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ParticipantKind>('PARTICIPANT', 'OBSERVER'),
        fc.constantFrom<ParticipantStatus>('ACTIVE', 'SUSPENDED'),
        fc.boolean(),
        fc.constantFrom<FloorRequestKind>(...FLOOR_REQUEST_KINDS),
        fc.constantFrom<MeetingStatus>('SCHEDULED', 'IN_SESSION'),
        fc.option(fc.constantFrom<AttendanceStatus>(...ATTENDANCE_STATUSES), { nil: null }),
        (kind, status, seated, requestKind, meetingStatus, attendance) => {
          const e = floorEntitlement({
            participant: { kind, status, seated },
            kind: requestKind,
            meetingStatus,
            attendance,
          });
          if (kind === 'OBSERVER' && requestKind === 'POINT_OF_ORDER') expect(e.entitled).toBe(false);
          if (e.entitled) {
            expect(seated && status === 'ACTIVE').toBe(true);
            expect(attendance === 'BOYCOTT' || attendance === 'SUSPENDED').toBe(false);
            if (meetingStatus === 'IN_SESSION') expect(['PRESENT', 'REMOTE']).toContain(attendance);
          }
        },
      ),
    );
  });
});

describe('when the floor may be requested', () => {
  it('only while the meeting is SCHEDULED or IN_SESSION, naming the state', () => {
    expect(floorMeetingProblem('SCHEDULED')).toBeNull();
    expect(floorMeetingProblem('IN_SESSION')).toBeNull();
    expect(floorMeetingProblem('ADJOURNED')).toBe(
      'The meeting is ADJOURNED: requesting the floor needs it SCHEDULED or IN_SESSION',
    );
    expect(floorMeetingProblem('CANCELLED')).toContain('CANCELLED');
  });

  it('one WAITING or SPEAKING request per participant, item and kind', () => {
    const list = [
      request({ id: 'a', participantId: 'US', kind: 'SPEAK' }),
      request({ id: 'b', participantId: 'RU', kind: 'SPEAK', status: 'SPEAKING' }),
      request({ id: 'c', participantId: 'UA', kind: 'SPEAK', status: 'DONE' }),
    ];
    const want = (participantId: string, kind: FloorRequestKind = 'SPEAK', agendaItemId = 'item1') => ({
      participantId,
      kind,
      agendaItemId,
    });
    expect(openFloorRequest(list, want('US'))?.id).toBe('a');
    expect(duplicateFloorRequestProblem(list, want('US'))).toContain('WAITING');
    expect(duplicateFloorRequestProblem(list, want('RU'))).toContain('SPEAKING');
    expect(duplicateFloorRequestProblem(list, want('UA'))).toBeNull(); // spoke already: may ask again
    expect(duplicateFloorRequestProblem(list, want('US', 'RIGHT_OF_REPLY'))).toBeNull();
    expect(duplicateFloorRequestProblem(list, want('US', 'SPEAK', 'item2'))).toBeNull();
  });
});

describe('giving the floor and adjourning', () => {
  const apply = (list: FloorRequestFact[], changes: FloorChange[]): FloorRequestFact[] =>
    list.map((r) => {
      const c = changes.find((x) => x.id === r.id);
      return c ? { ...r, status: c.to } : r;
    });

  it('ends whoever was speaking, in any item of the meeting, and starts the request', () => {
    const list = [
      request({ id: 's', status: 'SPEAKING', agendaItemId: 'item2' }),
      request({ id: 'w' }),
      request({ id: 'v' }),
    ];
    expect(giveFloorChanges(list, 'w')).toEqual({
      changes: [
        { id: 's', from: 'SPEAKING', to: 'DONE' },
        { id: 'w', from: 'WAITING', to: 'SPEAKING' },
      ],
    });
  });

  it('refuses a request that is not WAITING, naming both states', () => {
    const list = [request({ id: 'd', status: 'DONE' })];
    expect(giveFloorChanges(list, 'd')).toEqual({ problem: 'A floor request cannot move from DONE to SPEAKING' });
    expect(giveFloorChanges(list, 'nope')).toHaveProperty('problem');
    expect(floorMoveProblem('SPEAKING', 'DONE')).toBeNull();
    expect(floorMoveProblem('WAITING', 'WITHDRAWN')).toBeNull();
    expect(floorMoveProblem('SPEAKING', 'WITHDRAWN')).toBe('A floor request cannot move from SPEAKING to WITHDRAWN');
  });

  const someMeeting = fc
    .array(fc.constantFrom<FloorRequestStatus>('WAITING', 'SPEAKING', 'DONE', 'WITHDRAWN'), { maxLength: 12 })
    .map((statuses) => statuses.map((status, i) => request({ id: `r${i}`, status })));

  it('after giving the floor exactly one request is SPEAKING, and every change is a lifecycle move', () => {
    fc.assert(
      fc.property(someMeeting, fc.nat(), (list, pick) => {
        fc.pre(list.length > 0);
        const target = list[pick % list.length];
        const result = giveFloorChanges(list, target.id);
        if (target.status !== 'WAITING') {
          expect(result).toHaveProperty('problem');
          return;
        }
        if (!('changes' in result)) throw new Error('expected changes');
        for (const c of result.changes) expect(canTransition(floorRequestLifecycle, c.from, c.to)).toBe(true);
        const after = apply(list, result.changes);
        expect(after.filter((r) => r.status === 'SPEAKING').map((r) => r.id)).toEqual([target.id]);
      }),
    );
  });

  it('after adjourning nothing is WAITING or SPEAKING, and DONE and WITHDRAWN stay as they were', () => {
    fc.assert(
      fc.property(someMeeting, (list) => {
        const changes = adjournFloorChanges(list);
        for (const c of changes) expect(canTransition(floorRequestLifecycle, c.from, c.to)).toBe(true);
        const after = apply(list, changes);
        expect(after.some((r) => r.status === 'WAITING' || r.status === 'SPEAKING')).toBe(false);
        list.forEach((r, i) => {
          if (r.status === 'DONE' || r.status === 'WITHDRAWN') expect(after[i].status).toBe(r.status);
          if (r.status === 'SPEAKING') expect(after[i].status).toBe('DONE');
          if (r.status === 'WAITING') expect(after[i].status).toBe('WITHDRAWN');
        });
      }),
    );
  });
});
