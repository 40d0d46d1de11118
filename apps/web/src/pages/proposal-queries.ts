// The proposal page's operations: one fragment for the page, its live subscription (positions,
// amendments and status changes) and the mutations of delegates and chairs.
import { graphql } from '../gql/index.js';

export const ProposalFields = graphql(`
  fragment ProposalFields on Proposal {
    id
    reference
    title
    status
    procedure
    deadline
    withdrawalReason
    body {
      id
      code
      name
      quorum
      chairTerms {
        id
        role
        startsOn
        endsOn
        participant {
          id
        }
      }
    }
    agendaItem {
      id
      position
      title
      meeting {
        id
        title
        status
        startsAt
      }
    }
    currentVersion {
      number
    }
    versions {
      number
      text
      changeNote
      createdAt
      createdBy {
        displayName
      }
    }
    positions {
      stance
      statement
      recordedAt
      versionNumber
      onBehalf
      participant {
        id
        code
        name
      }
      recordedBy {
        displayName
      }
    }
    tally {
      support
      object
      abstain
      silent
      quorumMet
      attendanceComplete
      consensus
      entitled {
        id
      }
      objectors {
        id
        code
        name
      }
    }
    decisionRecord {
      id
      number
      status
      outcome
    }
  }
`);

export const ProposalPageQuery = graphql(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalFields
    }
  }
`);

export const ProposalLive = graphql(`
  subscription ProposalLive($id: ID!) {
    proposalUpdated(proposalId: $id) {
      ...ProposalFields
    }
  }
`);

export const RecordPosition = graphql(`
  mutation RecordPosition($input: RecordPositionInput!) {
    recordPosition(input: $input) {
      stance
      versionNumber
    }
  }
`);

export const OpenProposal = graphql(`
  mutation OpenProposal($id: ID!) {
    openProposal(proposalId: $id) {
      ...ProposalFields
    }
  }
`);

export const CloseProposal = graphql(`
  mutation CloseProposal($id: ID!) {
    closeProposal(proposalId: $id) {
      id
      number
      status
      outcome
    }
  }
`);

export const AmendProposal = graphql(`
  mutation AmendProposal($input: AmendProposalInput!) {
    amendProposal(input: $input) {
      ...ProposalFields
    }
  }
`);

export const WithdrawProposal = graphql(`
  mutation WithdrawProposal($id: ID!, $reason: String!) {
    withdrawProposal(proposalId: $id, reason: $reason) {
      ...ProposalFields
    }
  }
`);
