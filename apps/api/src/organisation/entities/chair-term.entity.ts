// Which participant chairs (or vice-chairs) a body, and for which days (inclusive; no end: open-ended).
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ChairRole } from '#consensus';

@Entity('chair_term')
export class ChairTermEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') bodyId: string;
  @Column('uuid') participantId: string;
  @Column('text') role: ChairRole;
  /** 'YYYY-MM-DD' (a `date` column is read as a string, never shifted by a time zone). */
  @Column('date') startsOn: string;
  @Column('date', { nullable: true }) endsOn: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
