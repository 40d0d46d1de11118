// A participant's statement on the record: attached to exactly one meeting, proposal or boycott
// (the table's CHECK enforces "exactly one"). Statements are never edited: a later statement is a
// new row, so a decision record that froze the earlier ones stays true.
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('statement')
export class StatementEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') participantId: string;
  @Column('text') title: string;
  @Column('text') body: string;
  @Column('uuid', { nullable: true }) meetingId: string | null;
  @Column('uuid', { nullable: true }) proposalId: string | null;
  @Column('uuid', { nullable: true }) boycottId: string | null;
  @Column('uuid') submittedByUserId: string;
  @Column('timestamptz', { default: () => 'now()' }) submittedAt: Date;
}
