// What the decisions area tells the areas below it, which know nothing of proposals: a meeting may
// not adjourn while proposals on its agenda are OPEN (CONFLICT naming them: close or withdraw them
// first), and a proposal is a thing a statement may be attached to.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Conflict } from '../platform/errors.js';
import { AdjournmentChecks } from '../meetings/adjournment-checks.js';
import { StatementTargets } from '../statements/statement-targets.js';
import { MeetingAndStatementHooksRepository } from './meeting-and-statement-hooks.repository.js';

@Injectable()
export class MeetingAndStatementHooks implements OnModuleInit {
  constructor(
    private readonly adjournment: AdjournmentChecks,
    private readonly statementTargets: StatementTargets,
    private readonly proposals: MeetingAndStatementHooksRepository,
  ) {}

  onModuleInit(): void {
    this.adjournment.add(async (tx, meeting) => {
      const open = await this.proposals.openReferencesOfMeeting(tx, meeting.id);
      if (open.length > 0) {
        throw new Conflict(
          `The meeting has OPEN proposals on its agenda (${open.join(', ')}): close or withdraw them before adjourning.`,
          { proposals: open },
        );
      }
    });
    this.statementTargets.register('proposalId', {
      noun: 'proposal',
      describe: (sql, id) => this.proposals.proposalRef(sql, id),
    });
  }
}
