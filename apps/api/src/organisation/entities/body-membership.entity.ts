// A participant's seat on a body: a member if the participant is of kind PARTICIPANT, an observer otherwise.
import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('body_membership')
export class BodyMembershipEntity {
  @PrimaryColumn('uuid') bodyId: string;
  @PrimaryColumn('uuid') participantId: string;
  @CreateDateColumn({ type: 'timestamptz' }) addedAt: Date;
}
