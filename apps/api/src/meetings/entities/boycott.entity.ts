// A participant's declared non-participation: one meeting, a body's meetings in a period, or every
// meeting chaired by a given participant in a period (optionally of one body).
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BoycottScope } from '#consensus';

@Entity('boycott')
export class BoycottEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') participantId: string;
  @Column('text') scope: BoycottScope;
  @Column('uuid', { nullable: true }) meetingId: string | null;
  @Column('uuid', { nullable: true }) bodyId: string | null;
  @Column('uuid', { name: 'chaired_by_participant_id', nullable: true }) chairedById: string | null;
  /** 'YYYY-MM-DD' in the organisation's time zone. */
  @Column('date') startsOn: string;
  @Column('date', { nullable: true }) endsOn: string | null;
  @Column('text') statement: string;
  @Column('uuid') declaredByUserId: string;
  @Column('timestamptz') declaredAt: Date;
  @Column('timestamptz', { nullable: true }) withdrawnAt: Date | null;
  @Column('uuid', { nullable: true }) withdrawnByUserId: string | null;
}
