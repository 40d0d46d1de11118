// Meetings and boycotts are things a statement may be attached to: this registers with the
// statements area how to find and describe them, and that a statement on a meeting is news for
// that meeting's meetingUpdated subscribers (published after the statement's commit).
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Sql } from '../platform/database/database.js';
import { StatementTargets } from '../statements/statement-targets.js';
import { BoycottsRepository } from './boycotts.repository.js';
import { MeetingsKit } from './meetings-kit.js';
import { MeetingsRepository } from './meetings.repository.js';

@Injectable()
export class MeetingStatementTargets implements OnModuleInit {
  constructor(
    private readonly targets: StatementTargets,
    private readonly kit: MeetingsKit,
    private readonly meetings: MeetingsRepository,
    private readonly boycotts: BoycottsRepository,
  ) {}

  onModuleInit(): void {
    this.targets.register('meetingId', {
      noun: 'meeting',
      describe: (sql, id) => this.describeMeeting(sql, id),
      attached: (id) => this.kit.published(id),
    });
    this.targets.register('boycottId', { noun: 'boycott', describe: (sql, id) => this.describeBoycott(sql, id) });
  }

  private async describeMeeting(sql: Sql, id: string): Promise<Record<string, unknown> | null> {
    const m = await this.meetings.find(sql, id);
    if (!m) return null;
    const [body] = await this.kit.organisation.bodiesByIds(sql, [m.bodyId]);
    return { id: m.id, title: m.title, body: body?.code ?? null };
  }

  private async describeBoycott(sql: Sql, id: string): Promise<Record<string, unknown> | null> {
    const [b] = await this.boycotts.byIds(sql, [id]);
    if (!b) return null;
    const [participant] = await this.kit.organisation.participantsByIds(sql, [b.participantId]);
    return { id: b.id, scope: b.scope, participant: participant?.code ?? null };
  }
}
