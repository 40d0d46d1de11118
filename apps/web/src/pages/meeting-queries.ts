// The meeting page's operations: one fragment read by the page, its live subscription and the
// chair's mutations, so every update shows the same fields.
import { graphql } from '../gql/index.js';

export const MeetingFields = graphql(`
  fragment MeetingFields on Meeting {
    id
    title
    kind
    status
    startsAt
    endsAt
    location
    cancellationReason
    quorumMet
    body {
      id
      code
      name
      quorum
      members {
        id
        code
        name
        status
      }
      observers {
        id
        code
        name
        status
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
    chairedBy {
      id
      code
      name
    }
    attendance {
      status
      note
      recordedAt
      recordedBy {
        displayName
      }
      participant {
        id
      }
      boycott {
        id
        statement
      }
    }
    attendanceGaps {
      id
      code
      name
    }
    agenda {
      id
      position
      title
      kind
      description
      proposals {
        id
        reference
        title
        status
        procedure
      }
    }
    statements {
      id
      title
      body
      submittedAt
      participant {
        code
        name
      }
    }
  }
`);

export const MeetingPageQuery = graphql(`
  query MeetingPage($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
    }
  }
`);

export const MeetingLive = graphql(`
  subscription MeetingLive($id: ID!) {
    meetingUpdated(meetingId: $id) {
      ...MeetingFields
    }
  }
`);

export const OpenMeeting = graphql(`
  mutation OpenMeeting($id: ID!) {
    openMeeting(meetingId: $id) {
      ...MeetingFields
    }
  }
`);

export const AdjournMeeting = graphql(`
  mutation AdjournMeeting($id: ID!) {
    adjournMeeting(meetingId: $id) {
      ...MeetingFields
    }
  }
`);

export const RecordAttendance = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      status
    }
  }
`);

export const AddAgendaItem = graphql(`
  mutation AddAgendaItem($input: AgendaItemInput!) {
    addAgendaItem(input: $input) {
      id
      title
    }
  }
`);

export const SubmitProposal = graphql(`
  mutation SubmitProposal($input: SubmitProposalInput!) {
    submitProposal(input: $input) {
      id
    }
  }
`);
