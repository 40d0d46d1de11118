// Examples for drafting minutes from a meeting as held: what they say and in what order.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { draftMinutesMarkdown, outcomeInWords } from './minutes-draft.js';
import type { MeetingAsHeld, MinutesParticipant } from './minutes-input.js';

const BW: MinutesParticipant = { code: 'BW', name: 'Botswana' };
const RU: MinutesParticipant = { code: 'RU', name: 'Российская Федерация' };
const US: MinutesParticipant = { code: 'US', name: 'United States' };
const AE: MinutesParticipant = { code: 'AE', name: 'United Arab Emirates' };
const CI: MinutesParticipant = { code: 'CI', name: "Côte d'Ivoire" };
const CSC: MinutesParticipant = { code: 'CSC', name: 'Civil Society Coalition' };

const usBoycott = {
  id: 'b-us',
  scope: 'BODY' as const,
  chairedBy: null,
  startsOn: '2022-01-01',
  endsOn: '2022-12-31',
  statement: 'We will not attend the plenary this year.',
};

function meeting(over: Partial<MeetingAsHeld> = {}): MeetingAsHeld {
  return {
    reference: 'KP/PLEN/2022/M1',
    organization: { code: 'KP', name: 'Kimberley Process', timeZone: 'Europe/Brussels' },
    body: { code: 'PLEN', name: 'Plenary' },
    meeting: {
      title: 'Intersessional meeting',
      kind: 'INTERSESSIONAL',
      startsAt: new Date('2022-06-20T07:00:00Z'),
      endsAt: '2022-06-20T15:30:00.000Z',
      location: 'Gaborone',
    },
    chairedBy: RU,
    presidedBy: AE,
    actingChairReason: 'The chair stood aside for this meeting',
    attendance: [
      { participant: US, kind: 'PARTICIPANT', status: 'BOYCOTT', note: null, boycott: usBoycott },
      { participant: BW, kind: 'PARTICIPANT', status: 'PRESENT', note: null, boycott: null },
      { participant: AE, kind: 'PARTICIPANT', status: 'PRESENT', note: null, boycott: null },
      { participant: RU, kind: 'PARTICIPANT', status: 'REMOTE', note: 'joined at 10:00', boycott: null },
      { participant: CI, kind: 'PARTICIPANT', status: null, note: null, boycott: null },
      { participant: CSC, kind: 'OBSERVER', status: 'PRESENT', note: null, boycott: null },
    ],
    agendaAdoption: [
      {
        reference: 'KP/PLEN/2022/1',
        title: 'Adoption of the agenda',
        status: 'NOT_ADOPTED',
        recordNumber: 'KP/2022/1',
        objectors: [RU],
        withReservation: [],
        withdrawalReason: null,
      },
      {
        reference: 'KP/PLEN/2022/2',
        title: 'Adoption of the agenda',
        status: 'ADOPTED',
        recordNumber: null,
        objectors: [],
        withReservation: [BW],
        withdrawalReason: null,
      },
    ],
    agenda: [
      {
        position: 2,
        title: 'Admission of *new* participants',
        kind: 'DECISION',
        description: null,
        speakers: [],
        proposals: [
          {
            reference: 'KP/PLEN/2022/4',
            title: 'Admit Gabon',
            status: 'WITHDRAWN',
            recordNumber: null,
            objectors: [],
            withReservation: [],
            withdrawalReason: 'Application incomplete',
          },
        ],
      },
      {
        position: 1,
        title: 'Opening of the meeting',
        kind: 'INFORMATION',
        description: 'Welcome by the host.\n\n# Not a heading',
        speakers: [
          { participant: AE, kind: 'SPEAK' },
          { participant: RU, kind: 'POINT_OF_ORDER' },
          { participant: BW, kind: 'RIGHT_OF_REPLY' },
        ],
        proposals: [],
      },
    ],
    statements: [
      {
        id: 's2',
        participant: RU,
        title: 'Reply to the boycott',
        body: 'The boycott is regrettable.',
        target: { kind: 'BOYCOTT', boycottId: 'b-us', participant: US },
        submittedAt: '2022-06-19T10:00:00Z',
      },
      {
        id: 's1',
        participant: US,
        title: 'On the agenda',
        body: 'First paragraph.\n\nSecond paragraph.',
        target: { kind: 'MEETING' },
        submittedAt: new Date('2022-06-18T10:00:00Z'),
      },
    ],
    ...over,
  };
}

describe('draftMinutesMarkdown', () => {
  const md = draftMinutesMarkdown(meeting());

  it('opens with the heading, the date in the organisation time zone, who chaired and who presided', () => {
    expect(md.startsWith('# Minutes: Intersessional meeting\n\nKimberley Process · Plenary (PLEN)\n')).toBe(true);
    expect(md).toContain('- **Reference:** KP/PLEN/2022/M1');
    expect(md).toContain('- **Meeting:** Intersessional meeting');
    expect(md).toContain('- **Date:** 2022-06-20 09:00 to 17:30 (Europe/Brussels)');
    expect(md).toContain('- **Place:** Gaborone');
    expect(md).toContain('- **Chair:** Российская Федерация (RU)');
    expect(md).toContain(
      '- **Presided by:** United Arab Emirates (AE), acting chair (The chair stood aside for this meeting)',
    );
  });

  it('lists attendance by status, members with no record, boycotts with their statements, observers apart', () => {
    expect(md).toContain('- **Present (2):** United Arab Emirates (AE); Botswana (BW)');
    expect(md).toContain('- **Present remotely (1):** Российская Федерация (RU)');
    expect(md).toContain('- **Boycotting (1):** United States (US)');
    expect(md).toContain("- **No attendance recorded (1):** Côte d'Ivoire (CI)");
    expect(md).toContain('- *Note on Российская Федерация (RU):* joined at 10:00');
    expect(md).toContain(
      '- United States (US) boycotted the meetings of this body from 2022-01-01 to 2022-12-31, stating: "We will not attend the plenary this year." Statements on it: Annex 2.',
    );
    const observers = md.slice(md.indexOf('### Observers'));
    expect(observers).toContain('- **Present (1):** Civil Society Coalition (CSC)');
    expect(md.slice(0, md.indexOf('### Observers'))).not.toContain('CSC');
  });

  it('gives the adoption of the agenda with outcomes in words, objectors and record numbers', () => {
    expect(md).toContain(
      '- KP/PLEN/2022/1, "Adoption of the agenda": **Not adopted**; objected: Российская Федерация (RU) (record KP/2022/1).',
    );
    expect(md).toContain(
      '- KP/PLEN/2022/2, "Adoption of the agenda": **Adopted**; with a reservation: Botswana (BW) (record not yet published).',
    );
  });

  it('takes the items in order, with who spoke and what became of each proposal', () => {
    const one = md.indexOf('### 1. Opening of the meeting');
    const two = md.indexOf('### 2. Admission of \\*new\\* participants');
    expect(one).toBeGreaterThan(0);
    expect(two).toBeGreaterThan(one);
    expect(md).toContain(
      '**Took the floor:** United Arab Emirates (AE); Российская Федерация (RU) (point of order); Botswana (BW) (right of reply).',
    );
    expect(md).toContain('Welcome by the host.\n\n\\# Not a heading');
    expect(md).toContain('Nobody took the floor.');
    expect(md).toContain('- KP/PLEN/2022/4, "Admit Gabon": **Withdrawn**: Application incomplete.');
  });

  it('annexes the statements in the order they were made', () => {
    const annexes = md.slice(md.indexOf('## Annexes'));
    expect(annexes).toContain(
      '### Annex 1: On the agenda\n\n*United States (US), on this meeting, submitted 2022-06-18 12:00 (Europe/Brussels)*\n\nFirst paragraph.\n\nSecond paragraph.',
    );
    expect(annexes.indexOf('Annex 2: Reply to the boycott')).toBeGreaterThan(annexes.indexOf('Annex 1'));
    expect(annexes).toContain('on the boycott of United States (US)');
    expect(md.endsWith('The boycott is regrettable.\n')).toBe(true);
  });

  it('says so when there is nothing to say', () => {
    const bare = draftMinutesMarkdown(
      meeting({
        presidedBy: RU,
        actingChairReason: null,
        attendance: [],
        agendaAdoption: [],
        agenda: [],
        statements: [],
        meeting: { ...meeting().meeting, location: null, endsAt: '2022-06-21T08:00:00Z' },
      }),
    );
    expect(bare).toContain('- **Presided by:** Российская Федерация (RU)\n');
    expect(bare).toContain('- **Place:** not recorded');
    expect(bare).toContain('- **Date:** 2022-06-20 09:00 to 2022-06-21 10:00 (Europe/Brussels)');
    expect(bare).toContain('*No members are recorded.*');
    expect(bare).toContain('The agenda was not put for adoption.');
    expect(bare).toContain('The meeting had no agenda items.');
    expect(bare).not.toContain('## Annexes');
    expect(bare).not.toContain('### Observers');
  });

  it('names whose chairing a boycott is about, and a boycott of one meeting as such', () => {
    const chairedBy = { ...usBoycott, scope: 'CHAIRED_BY' as const, chairedBy: RU, endsOn: null };
    const one = { ...usBoycott, id: 'b-ci', scope: 'MEETING' as const, startsOn: null, endsOn: null, statement: 'No.' };
    const out = draftMinutesMarkdown(
      meeting({
        presidedBy: RU,
        actingChairReason: null,
        attendance: [
          { participant: US, kind: 'PARTICIPANT', status: 'BOYCOTT', note: null, boycott: chairedBy },
          { participant: CI, kind: 'PARTICIPANT', status: 'BOYCOTT', note: null, boycott: one },
        ],
      }),
    );
    expect(out).toContain(
      '- United States (US) boycotted the meetings chaired by Российская Федерация (RU) from 2022-01-01, stating:',
    );
    expect(out).toContain('- Côte d\'Ivoire (CI) boycotted this meeting, stating: "No."\n');
  });

  it('puts outcomes in words', () => {
    expect(outcomeInWords('ADOPTED')).toBe('Adopted');
    expect(outcomeInWords('NOT_ADOPTED')).toBe('Not adopted');
    expect(outcomeInWords('WITHDRAWN')).toBe('Withdrawn');
    expect(outcomeInWords('OPEN')).toBe('Not decided');
  });

  it('does not depend on the order attendance and statements are given in, and ends in one newline', () => {
    const base = meeting();
    fc.assert(
      fc.property(
        fc.shuffledSubarray(base.attendance, { minLength: base.attendance.length, maxLength: base.attendance.length }),
        fc.boolean(),
        (attendance, flip) => {
          const statements = flip ? [...base.statements].reverse() : base.statements;
          const out = draftMinutesMarkdown({ ...base, attendance, statements });
          expect(out).toBe(md);
          expect(out.endsWith('\n') && !out.endsWith('\n\n')).toBe(true);
        },
      ),
    );
  });
});
