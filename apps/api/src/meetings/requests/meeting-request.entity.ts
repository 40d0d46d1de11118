// A participant's request that a body meet. Answered once: ACCEPTED (with the meeting convened in
// answer) or DECLINED, with the answer's text and who gave it.
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MeetingRequestStatus } from '../../platform/graphql/enums.js';

@Entity('meeting_request')
export class MeetingRequestEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') bodyId: string;
  @Column('uuid') requestedByParticipantId: string;
  @Column('uuid') requestedByUserId: string;
  @Column('text') subject: string;
  @Column('text') justification: string;
  @Column('text', { default: 'PENDING' }) status: MeetingRequestStatus;
  @Column('text', { nullable: true }) response: string | null;
  @Column('uuid', { nullable: true }) respondedByUserId: string | null;
  @Column('timestamptz', { nullable: true }) respondedAt: Date | null;
  @Column('uuid', { nullable: true }) meetingId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
