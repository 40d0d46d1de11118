// The current attendance of a participant at a meeting (one row per meeting and participant);
// earlier values live in the audit log. recordedByUserId NULL: set by Concord (boycott, suspension).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AttendanceStatus } from '#consensus';

@Entity('attendance_record')
export class AttendanceRecordEntity {
  @PrimaryColumn('uuid') meetingId: string;
  @PrimaryColumn('uuid') participantId: string;
  @Column('text') status: AttendanceStatus;
  @Column('text', { nullable: true }) note: string | null;
  @Column('uuid', { nullable: true }) boycottId: string | null;
  @Column('uuid', { nullable: true }) recordedByUserId: string | null;
  @Column('boolean') byOwnDelegate: boolean;
  @Column('timestamptz') recordedAt: Date;
}
