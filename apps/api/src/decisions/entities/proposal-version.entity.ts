// One text of a proposal. Amending makes a new version; positions on older versions stop counting.
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('proposal_version')
export class ProposalVersionEntity {
  @PrimaryColumn('uuid') proposalId: string;
  @PrimaryColumn('integer') number: number;
  @Column('text') text: string;
  @Column('text', { nullable: true }) changeNote: string | null;
  @Column('uuid') createdByUserId: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
