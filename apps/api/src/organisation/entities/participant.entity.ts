// A participant of the organisation: a state or regional organisation (PARTICIPANT) or an observer.
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ParticipantKind, ParticipantStatus } from '#consensus';

@Entity('participant')
export class ParticipantEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') code: string;
  @Column('text') name: string;
  @Column('text') kind: ParticipantKind;
  @Column('text') status: ParticipantStatus;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
