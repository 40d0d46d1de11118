// One item of a meeting's agenda; `position` orders it (unique per meeting, checked at commit).
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AgendaItemKind } from '../../platform/graphql/enums.js';

@Entity('agenda_item')
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') meetingId: string;
  @Column('integer') position: number;
  @Column('text') title: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text') kind: AgendaItemKind;
  @Column('uuid', { name: 'proposed_by_participant_id', nullable: true }) proposedById: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
