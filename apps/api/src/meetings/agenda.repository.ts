// Every SQL statement on agenda_item: a meeting's agenda, adding an item at the end, reordering.
import { Injectable } from '@nestjs/common';
import type { Sql, Tx } from '../platform/database/database.js';
import { isUuid } from '../platform/errors.js';
import type { AgendaItemKind } from '../platform/graphql/enums.js';

export interface AgendaItemRow {
  id: string;
  meetingId: string;
  position: number;
  title: string;
  description: string | null;
  kind: AgendaItemKind;
  proposedById: string | null;
}

const COLUMNS = `a.id, a.meeting_id AS "meetingId", a.position, a.title, a.description, a.kind,
  a.proposed_by_participant_id AS "proposedById"`;

export interface NewAgendaItem {
  meetingId: string;
  title: string;
  description: string | null;
  kind: AgendaItemKind;
  proposedById: string | null;
}

@Injectable()
export class AgendaRepository {
  /** The agendas of several meetings, each in order of position. */
  ofMeetings(sql: Sql, meetingIds: readonly string[]): Promise<AgendaItemRow[]> {
    return sql.query<AgendaItemRow>(
      `SELECT ${COLUMNS} FROM agenda_item a WHERE a.meeting_id = ANY($1) ORDER BY a.meeting_id, a.position`,
      [meetingIds.filter(isUuid)],
    );
  }

  byIds(sql: Sql, ids: readonly string[]): Promise<AgendaItemRow[]> {
    return sql.query<AgendaItemRow>(`SELECT ${COLUMNS} FROM agenda_item a WHERE a.id = ANY($1)`, [ids.filter(isUuid)]);
  }

  /** Appends an item after the meeting's last one (the caller holds the meeting locked). */
  async append(tx: Tx, item: NewAgendaItem): Promise<AgendaItemRow> {
    const [row] = await tx.query<AgendaItemRow>(
      `INSERT INTO agenda_item AS a (meeting_id, position, title, description, kind, proposed_by_participant_id)
       VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE meeting_id = $1), $2, $3, $4, $5)
       RETURNING ${COLUMNS}`,
      [item.meetingId, item.title, item.description, item.kind, item.proposedById],
    );
    return row;
  }

  /** Gives the items the positions 1..n in the order of `itemIds` (every item of the meeting, once). */
  async reorder(tx: Tx, meetingId: string, itemIds: readonly string[]): Promise<void> {
    await tx.query(
      `UPDATE agenda_item a SET position = x.ord
         FROM unnest($2::uuid[]) WITH ORDINALITY AS x(id, ord)
        WHERE a.id = x.id AND a.meeting_id = $1`,
      [meetingId, [...itemIds]],
    );
  }
}
