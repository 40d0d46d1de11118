// The home page's reads. The API has no "what awaits me" query yet, so the page composes it: the
// organisation's bodies (membership, chair terms), the meetings around now, and for each meeting in
// session its open proposals with the positions taken.
import { graphql } from '../gql/index.js';

export const Home = graphql(`
  query Home($from: DateTime!) {
    organization {
      id
      bodies {
        id
        code
        name
        kind
        members {
          id
        }
        observers {
          id
        }
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
    }
    meetings(from: $from, first: 100) {
      edges {
        node {
          id
          title
          kind
          status
          startsAt
          endsAt
          location
          body {
            id
          }
        }
      }
    }
  }
`);

export const MeetingProposals = graphql(`
  query MeetingProposals($id: ID!) {
    meeting(id: $id) {
      id
      title
      agenda {
        id
        proposals {
          id
          status
        }
      }
    }
  }
`);

export const AwaitingProposal = graphql(`
  query AwaitingProposal($id: ID!) {
    proposal(id: $id) {
      id
      reference
      title
      deadline
      positions {
        participant {
          id
        }
      }
    }
  }
`);

export const Drafts = graphql(`
  query Drafts {
    decisionRecords(status: DRAFT, first: 50) {
      edges {
        node {
          id
          outcome
          decidedAt
          body {
            id
            name
          }
          proposal {
            id
            reference
            title
          }
        }
      }
    }
  }
`);

export const ScheduleMeeting = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      id
      title
    }
  }
`);

export const StartWrittenProcedure = graphql(`
  mutation StartWrittenProcedure($input: StartWrittenProcedureInput!) {
    startWrittenProcedure(input: $input) {
      id
    }
  }
`);
