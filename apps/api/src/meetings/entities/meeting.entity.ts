// A sitting of a body. `sequence` is the iCalendar SEQUENCE, bumped on each reschedule and on
// cancellation so calendar clients update the event rather than duplicate it.
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MeetingStatus } from '#consensus';
import type { MeetingKind } from '../../platform/graphql/enums.js';

@Entity('meeting')
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') bodyId: string;
  @Column('text') title: string;
  @Column('text') kind: MeetingKind;
  @Column('text') status: MeetingStatus;
  @Column('timestamptz') startsAt: Date;
  @Column('timestamptz') endsAt: Date;
  @Column('text', { nullable: true }) location: string | null;
  @Column('text', { nullable: true }) cancellationReason: string | null;
  @Column('integer') sequence: number;
  @Column('timestamptz', { nullable: true }) openedAt: Date | null;
  @Column('timestamptz', { nullable: true }) adjournedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
