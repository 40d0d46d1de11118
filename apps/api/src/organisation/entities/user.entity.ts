// A person who signs in: ADMIN, SECRETARIAT, or a DELEGATE acting for one participant.
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '#consensus';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') email: string;
  @Column('text') displayName: string;
  @Column('text', { select: false }) passwordHash: string;
  @Column('text') role: Role;
  @Column('uuid', { nullable: true }) participantId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
