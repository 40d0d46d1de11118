// The GraphQL objects a decision record hands to the other areas' types (Position, AttendanceRecord,
// Boycott, Statement, Participant, User, Body, Meeting, Proposal), built from the record's content
// alone: every object carries the related objects its field resolvers would otherwise load
// (`participant`, `recordedBy`, `boycott`, ...), so an anonymous reader of a published record costs
// no lookup. A signed-in reader may also ask for live fields the record does not hold (a
// participant's current `status`, a user's `email`, a meeting's `status`): `hydrate` fills those
// from the per-request loaders, and the record's own frozen fields always win over live ones.
import type { ParticipantRef, SnapshotBoycott, UserRef } from './decision-snapshot.js';
import type { RecordContent } from './record-content.js';

type Obj = Record<string, unknown> & { id: string };

/** Live rows by id, from per-request DataLoaders. */
export interface LiveSources {
  participants(ids: string[]): Promise<(object | null)[]>;
  users(ids: string[]): Promise<(object | null)[]>;
  bodies(ids: string[]): Promise<(object | null)[]>;
  meetings(ids: string[]): Promise<(object | null)[]>;
  proposals(ids: string[]): Promise<(object | null)[]>;
}

type Kind = keyof LiveSources;

export class RecordObjects {
  private readonly made: Record<Kind, Obj[]> = { participants: [], users: [], bodies: [], meetings: [], proposals: [] };

  constructor(private readonly c: RecordContent) {}

  private keep<T extends Obj>(kind: Kind, o: T): T {
    this.made[kind].push(o);
    return o;
  }

  participant(ref: ParticipantRef) {
    return this.keep('participants', { id: ref.id, code: ref.code, name: ref.name, kind: ref.kind });
  }

  user(ref: UserRef) {
    return this.keep('users', { id: ref.id, displayName: ref.displayName });
  }

  body() {
    const b = this.c.body;
    return this.keep('bodies', { id: b.id, code: b.code, name: b.name, kind: b.kind });
  }

  meeting() {
    const m = this.c.meeting;
    if (!m) return null;
    return this.keep('meetings', {
      id: m.id,
      bodyId: this.c.body.id,
      title: m.title,
      kind: m.kind,
      startsAt: new Date(m.startsAt),
      endsAt: new Date(m.endsAt),
    });
  }

  proposal() {
    const p = this.c.proposal;
    return this.keep('proposals', {
      id: p.id,
      reference: p.reference,
      title: p.title,
      procedure: this.c.procedure,
      bodyId: this.c.body.id,
      meetingId: this.c.meeting?.id ?? null,
    });
  }

  chair() {
    return this.c.chair ? this.participant(this.c.chair) : null;
  }

  objectors() {
    return this.c.objectors.map((p) => this.participant(p));
  }

  silent() {
    return this.c.silent.map((p) => this.participant(p));
  }

  entitlement() {
    return this.c.entitlement.map((e) => ({
      participant: this.participant(e.participant),
      entitled: e.entitled,
      reason: e.reason,
    }));
  }

  publishedBy() {
    return this.c.publishedBy ? this.user(this.c.publishedBy) : null;
  }

  positions() {
    return this.c.positions.map((p) => ({
      participantId: p.participant.id,
      participant: this.participant(p.participant),
      stance: p.stance,
      versionNumber: p.versionNumber,
      statement: p.statement,
      recordedByUserId: p.recordedBy.id,
      recordedBy: this.user(p.recordedBy),
      recordedAt: new Date(p.recordedAt),
      onBehalf: p.onBehalf,
    }));
  }

  boycott(b: SnapshotBoycott) {
    const c = this.c;
    return {
      id: b.id,
      participantId: b.participant.id,
      participant: this.participant(b.participant),
      scope: b.scope,
      meetingId: b.meetingId,
      // A boycott the record's attendance links covers the record's meeting and body.
      meeting: b.meetingId && b.meetingId === c.meeting?.id ? this.meeting() : undefined,
      bodyId: b.bodyId,
      body: b.bodyId && b.bodyId === c.body.id ? this.body() : undefined,
      chairedById: b.chairedBy?.id ?? null,
      chairedBy: b.chairedBy ? this.participant(b.chairedBy) : null,
      startsOn: b.startsOn,
      endsOn: b.endsOn,
      statement: b.statement,
      declaredByUserId: b.declaredBy.id,
      declaredBy: this.user(b.declaredBy),
      declaredAt: new Date(b.declaredAt),
      withdrawnAt: b.withdrawnAt ? new Date(b.withdrawnAt) : null,
    };
  }

  private boycottById(id: string | null) {
    const b = id ? this.c.boycotts.find((x) => x.id === id) : undefined;
    return b ? this.boycott(b) : undefined;
  }

  attendance() {
    return this.c.attendance.map((a) => ({
      meetingId: this.c.meeting?.id ?? null,
      participantId: a.participant.id,
      participant: this.participant(a.participant),
      status: a.status,
      boycottId: a.boycottId,
      boycott: a.boycottId ? (this.boycottById(a.boycottId) ?? null) : null,
      note: a.note,
      recordedByUserId: a.recordedBy?.id ?? null,
      recordedBy: a.recordedBy ? this.user(a.recordedBy) : null,
      recordedAt: new Date(a.recordedAt),
    }));
  }

  statements() {
    return this.c.statements.map((s) => ({
      id: s.id,
      participantId: s.participant.id,
      participant: this.participant(s.participant),
      title: s.title,
      body: s.body,
      meetingId: s.meetingId,
      meeting: s.meetingId && s.meetingId === this.c.meeting?.id ? this.meeting() : s.meetingId ? undefined : null,
      proposalId: s.proposalId,
      proposal: s.proposalId && s.proposalId === this.c.proposal.id ? this.proposal() : s.proposalId ? undefined : null,
      boycottId: s.boycottId,
      boycott: s.boycottId ? this.boycottById(s.boycottId) : null,
      submittedByUserId: s.submittedBy.id,
      submittedBy: this.user(s.submittedBy),
      submittedAt: new Date(s.submittedAt),
    }));
  }

  /**
   * Adds the live fields of every object made so far (one batched load per kind). The record's
   * frozen fields are written back over the live ones: a renamed participant keeps its old name here.
   */
  async hydrate(live: LiveSources): Promise<void> {
    await Promise.all(
      (Object.keys(this.made) as Kind[]).map(async (kind) => {
        const objs = this.made[kind];
        if (objs.length === 0) return;
        const ids = [...new Set(objs.map((o) => o.id))];
        const rows = await live[kind](ids);
        const byId = new Map(ids.map((id, i) => [id, rows[i]]));
        for (const o of objs) {
          const row = byId.get(o.id);
          if (row) Object.assign(o, row, { ...o });
        }
      }),
    );
  }
}
