// A draft decision of a body: decided in a meeting (on a DECISION agenda item) or by written (silence)
// procedure with a deadline. Its text lives in versions; `currentVersion` names the one positions count on.
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DecisionProcedure, ProposalStatus } from '#consensus';

@Entity('proposal')
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** KP/PLEN/2022/3: unique in the organisation. */
  @Column('text') reference: string;
  @Column('text') title: string;
  @Column('uuid') bodyId: string;
  @Column('uuid', { nullable: true }) agendaItemId: string | null;
  @Column('uuid', { nullable: true }) meetingId: string | null;
  @Column('text') procedure: DecisionProcedure;
  @Column('text') status: ProposalStatus;
  @Column('timestamptz', { nullable: true }) deadline: Date | null;
  @Column('integer') currentVersion: number;
  @Column('text', { nullable: true }) withdrawalReason: string | null;
  @Column('uuid') createdByUserId: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { nullable: true }) openedAt: Date | null;
  @Column('timestamptz', { nullable: true }) closedAt: Date | null;
}
