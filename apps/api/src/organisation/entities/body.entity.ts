// A body of the organisation: the plenary, a committee or a working group.
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type BodyKindValue = 'PLENARY' | 'COMMITTEE' | 'WORKING_GROUP';

@Entity('body')
export class BodyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') code: string;
  @Column('text') kind: BodyKindValue;
  @Column('int', { nullable: true }) quorum: number | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
