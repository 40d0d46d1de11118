// The deployment's organisation (one per deployment): the consensus body politic, e.g. the KP.
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('organization')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') code: string;
  @Column('text') timeZone: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
