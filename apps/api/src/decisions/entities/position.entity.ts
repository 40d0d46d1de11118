// A stance taken on one version of a proposal. Append-only (a trigger refuses UPDATE and DELETE): a
// participant changes its position by taking a new one; `id` is the arrival order.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Stance } from '#consensus';

@Entity('position')
export class PositionEntity {
  /** bigint identity, read as a string. */
  @PrimaryColumn({ type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column('uuid') proposalId: string;
  @Column('uuid') participantId: string;
  @Column('integer') versionNumber: number;
  @Column('text') stance: Stance;
  @Column('text', { nullable: true }) statement: string | null;
  @Column('uuid') recordedByUserId: string;
  @Column('timestamptz') recordedAt: Date;
  @Column('boolean') onBehalf: boolean;
}
