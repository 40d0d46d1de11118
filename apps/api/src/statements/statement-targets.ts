// What a statement may be attached to. The statements area sits below its users and knows none of
// them: each area that owns a kind of target (meetings: meetings and boycotts; decisions:
// proposals) registers here how a target is found and described, and what to do once a statement
// on it is committed. So the imports run meetings/decisions -> statements, never back.
import { Injectable } from '@nestjs/common';
import type { Sql } from '../platform/database/database.js';
import { BadInput } from '../platform/errors.js';

export const TARGET_FIELDS = ['meetingId', 'proposalId', 'boycottId'] as const;
export type TargetField = (typeof TARGET_FIELDS)[number];

export interface StatementTarget {
  field: TargetField;
  id: string;
}

/** How the area owning a kind of target answers for it. */
export interface TargetKind {
  /** The noun of a NOT_FOUND ("meeting"), and the key of the audit entry's `on`. */
  noun: string;
  /** What the audit entry says of the target, read with `sql`; null when there is no such target. */
  describe(sql: Sql, id: string): Promise<Record<string, unknown> | null>;
  /** After the commit of a statement on it (e.g. tell meetingUpdated subscribers). */
  attached?(id: string): Promise<void>;
}

/** The one target of a statement, or BAD_USER_INPUT naming the field that breaks "exactly one". */
export function statementTarget(input: Partial<Record<TargetField, string | null>>): StatementTarget {
  const given = TARGET_FIELDS.filter((f) => input[f] !== null && input[f] !== undefined);
  if (given.length === 0) {
    throw new BadInput(
      'meetingId',
      'A statement needs a target: give exactly one of meetingId, proposalId or boycottId.',
    );
  }
  if (given.length > 1) {
    throw new BadInput(given[1], `A statement has exactly one target: give ${given[0]} or ${given[1]}, not both.`);
  }
  return { field: given[0], id: input[given[0]] as string };
}

@Injectable()
export class StatementTargets {
  private readonly kinds = new Map<TargetField, TargetKind>();

  /** Called once by the owning area when its module starts. */
  register(field: TargetField, kind: TargetKind): void {
    if (this.kinds.has(field)) throw new Error(`statement target ${field} is registered twice`);
    this.kinds.set(field, kind);
  }

  kindOf(field: TargetField): TargetKind {
    const kind = this.kinds.get(field);
    if (!kind) throw new Error(`no area registered the statement target ${field}`);
    return kind;
  }
}
