/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Session {\n    me {\n      id\n      displayName\n      email\n      role\n      participant {\n        id\n        code\n        name\n        kind\n        status\n      }\n    }\n    organization {\n      id\n      name\n      code\n      timeZone\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.SignInDocument,
    "\n  fragment RecordFields on DecisionRecord {\n    id\n    number\n    status\n    outcome\n    procedure\n    text\n    versionNumber\n    decidedAt\n    publishedAt\n    contentHash\n    previousHash\n    publishedBy {\n      displayName\n    }\n    body {\n      id\n      code\n      name\n    }\n    meeting {\n      id\n      title\n    }\n    proposal {\n      id\n      reference\n      title\n    }\n    chairedBy {\n      id\n      code\n      name\n    }\n    positions {\n      stance\n      statement\n      onBehalf\n      participant {\n        id\n        code\n        name\n      }\n    }\n    attendance {\n      status\n      note\n      participant {\n        id\n        code\n        name\n        kind\n      }\n      boycott {\n        id\n        statement\n      }\n    }\n    objectors {\n      id\n      code\n      name\n    }\n    silent {\n      id\n      code\n      name\n    }\n    entitlement {\n      entitled\n      reason\n      participant {\n        id\n        code\n        name\n      }\n    }\n    statements {\n      id\n      title\n      body\n      submittedAt\n      participant {\n        code\n        name\n      }\n    }\n    corrigenda {\n      id\n      number\n      reason\n      correction\n      issuedAt\n      contentHash\n      previousHash\n    }\n  }\n": typeof types.RecordFieldsFragmentDoc,
    "\n  query DeskRecords {\n    drafts: decisionRecords(status: DRAFT, first: 100) {\n      edges {\n        node {\n          id\n          proposal {\n            reference\n            title\n          }\n        }\n      }\n    }\n    published: decisionRecords(status: PUBLISHED, first: 100) {\n      edges {\n        node {\n          id\n          number\n          proposal {\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeskRecordsDocument,
    "\n  query DeskDraft($id: ID!) {\n    decisionRecord(id: $id) {\n      ...RecordFields\n    }\n  }\n": typeof types.DeskDraftDocument,
    "\n  mutation PublishRecord($id: ID!) {\n    publishDecisionRecord(recordId: $id) {\n      id\n      number\n      contentHash\n    }\n  }\n": typeof types.PublishRecordDocument,
    "\n  mutation IssueCorrigendum($input: IssueCorrigendumInput!) {\n    issueCorrigendum(input: $input) {\n      id\n      number\n      record {\n        number\n      }\n    }\n  }\n": typeof types.IssueCorrigendumDocument,
    "\n  query VerifyChain {\n    verifyRecordChain {\n      valid\n      checked\n      problem\n      firstInvalid {\n        number\n      }\n      firstInvalidCorrigendum {\n        number\n        record {\n          number\n        }\n      }\n    }\n  }\n": typeof types.VerifyChainDocument,
    "\n  query AuditLog($entity: String, $entityId: ID, $after: String) {\n    auditLog(entity: $entity, entityId: $entityId, after: $after, first: 20) {\n      edges {\n        node {\n          id\n          at\n          action\n          entity\n          entityId\n          details\n          actor {\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query Home($from: DateTime!) {\n    organization {\n      id\n      bodies {\n        id\n        code\n        name\n        kind\n        members {\n          id\n        }\n        observers {\n          id\n        }\n        chairTerms {\n          id\n          role\n          startsOn\n          endsOn\n          participant {\n            id\n          }\n        }\n      }\n    }\n    meetings(from: $from, first: 100) {\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          startsAt\n          endsAt\n          location\n          body {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query MeetingProposals($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      agenda {\n        id\n        proposals {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.MeetingProposalsDocument,
    "\n  query AwaitingProposal($id: ID!) {\n    proposal(id: $id) {\n      id\n      reference\n      title\n      deadline\n      positions {\n        participant {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AwaitingProposalDocument,
    "\n  query Drafts {\n    decisionRecords(status: DRAFT, first: 50) {\n      edges {\n        node {\n          id\n          outcome\n          decidedAt\n          body {\n            id\n            name\n          }\n          proposal {\n            id\n            reference\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.DraftsDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  mutation StartWrittenProcedure($input: StartWrittenProcedureInput!) {\n    startWrittenProcedure(input: $input) {\n      id\n    }\n  }\n": typeof types.StartWrittenProcedureDocument,
    "\n  fragment MeetingFields on Meeting {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    location\n    cancellationReason\n    quorumMet\n    body {\n      id\n      code\n      name\n      quorum\n      members {\n        id\n        code\n        name\n        status\n      }\n      observers {\n        id\n        code\n        name\n        status\n      }\n      chairTerms {\n        id\n        role\n        startsOn\n        endsOn\n        participant {\n          id\n        }\n      }\n    }\n    chairedBy {\n      id\n      code\n      name\n    }\n    attendance {\n      status\n      note\n      recordedAt\n      recordedBy {\n        displayName\n      }\n      participant {\n        id\n      }\n      boycott {\n        id\n        statement\n      }\n    }\n    attendanceGaps {\n      id\n      code\n      name\n    }\n    agenda {\n      id\n      position\n      title\n      kind\n      description\n      proposals {\n        id\n        reference\n        title\n        status\n        procedure\n      }\n    }\n    statements {\n      id\n      title\n      body\n      submittedAt\n      participant {\n        code\n        name\n      }\n    }\n  }\n": typeof types.MeetingFieldsFragmentDoc,
    "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": typeof types.MeetingPageDocument,
    "\n  subscription MeetingLive($id: ID!) {\n    meetingUpdated(meetingId: $id) {\n      ...MeetingFields\n    }\n  }\n": typeof types.MeetingLiveDocument,
    "\n  mutation OpenMeeting($id: ID!) {\n    openMeeting(meetingId: $id) {\n      ...MeetingFields\n    }\n  }\n": typeof types.OpenMeetingDocument,
    "\n  mutation AdjournMeeting($id: ID!) {\n    adjournMeeting(meetingId: $id) {\n      ...MeetingFields\n    }\n  }\n": typeof types.AdjournMeetingDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      status\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation AddAgendaItem($input: AgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitProposalDocument,
    "\n  fragment ProposalFields on Proposal {\n    id\n    reference\n    title\n    status\n    procedure\n    deadline\n    withdrawalReason\n    body {\n      id\n      code\n      name\n      quorum\n      chairTerms {\n        id\n        role\n        startsOn\n        endsOn\n        participant {\n          id\n        }\n      }\n    }\n    agendaItem {\n      id\n      position\n      title\n      meeting {\n        id\n        title\n        status\n        startsAt\n      }\n    }\n    currentVersion {\n      number\n    }\n    versions {\n      number\n      text\n      changeNote\n      createdAt\n      createdBy {\n        displayName\n      }\n    }\n    positions {\n      stance\n      statement\n      recordedAt\n      versionNumber\n      onBehalf\n      participant {\n        id\n        code\n        name\n      }\n      recordedBy {\n        displayName\n      }\n    }\n    tally {\n      support\n      object\n      abstain\n      silent\n      quorumMet\n      attendanceComplete\n      consensus\n      entitled {\n        id\n      }\n      objectors {\n        id\n        code\n        name\n      }\n    }\n    decisionRecord {\n      id\n      number\n      status\n      outcome\n    }\n  }\n": typeof types.ProposalFieldsFragmentDoc,
    "\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalFields\n    }\n  }\n": typeof types.ProposalPageDocument,
    "\n  subscription ProposalLive($id: ID!) {\n    proposalUpdated(proposalId: $id) {\n      ...ProposalFields\n    }\n  }\n": typeof types.ProposalLiveDocument,
    "\n  mutation RecordPosition($input: RecordPositionInput!) {\n    recordPosition(input: $input) {\n      stance\n      versionNumber\n    }\n  }\n": typeof types.RecordPositionDocument,
    "\n  mutation OpenProposal($id: ID!) {\n    openProposal(proposalId: $id) {\n      ...ProposalFields\n    }\n  }\n": typeof types.OpenProposalDocument,
    "\n  mutation CloseProposal($id: ID!) {\n    closeProposal(proposalId: $id) {\n      id\n      number\n      status\n      outcome\n    }\n  }\n": typeof types.CloseProposalDocument,
    "\n  mutation AmendProposal($input: AmendProposalInput!) {\n    amendProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n": typeof types.AmendProposalDocument,
    "\n  mutation WithdrawProposal($id: ID!, $reason: String!) {\n    withdrawProposal(proposalId: $id, reason: $reason) {\n      ...ProposalFields\n    }\n  }\n": typeof types.WithdrawProposalDocument,
    "\n  query RecordByNumber($number: String!) {\n    decisionRecord(number: $number) {\n      ...RecordFields\n    }\n  }\n": typeof types.RecordByNumberDocument,
    "\n  query Register($bodyId: ID, $after: String, $first: Int) {\n    decisionRecords(bodyId: $bodyId, after: $after, first: $first, status: PUBLISHED) {\n      edges {\n        node {\n          id\n          number\n          outcome\n          publishedAt\n          procedure\n          body {\n            id\n            code\n            name\n          }\n          proposal {\n            reference\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  query RegisterBodies {\n    organization {\n      bodies {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.RegisterBodiesDocument,
};
const documents: Documents = {
    "\n  query Session {\n    me {\n      id\n      displayName\n      email\n      role\n      participant {\n        id\n        code\n        name\n        kind\n        status\n      }\n    }\n    organization {\n      id\n      name\n      code\n      timeZone\n    }\n  }\n": types.SessionDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.SignInDocument,
    "\n  fragment RecordFields on DecisionRecord {\n    id\n    number\n    status\n    outcome\n    procedure\n    text\n    versionNumber\n    decidedAt\n    publishedAt\n    contentHash\n    previousHash\n    publishedBy {\n      displayName\n    }\n    body {\n      id\n      code\n      name\n    }\n    meeting {\n      id\n      title\n    }\n    proposal {\n      id\n      reference\n      title\n    }\n    chairedBy {\n      id\n      code\n      name\n    }\n    positions {\n      stance\n      statement\n      onBehalf\n      participant {\n        id\n        code\n        name\n      }\n    }\n    attendance {\n      status\n      note\n      participant {\n        id\n        code\n        name\n        kind\n      }\n      boycott {\n        id\n        statement\n      }\n    }\n    objectors {\n      id\n      code\n      name\n    }\n    silent {\n      id\n      code\n      name\n    }\n    entitlement {\n      entitled\n      reason\n      participant {\n        id\n        code\n        name\n      }\n    }\n    statements {\n      id\n      title\n      body\n      submittedAt\n      participant {\n        code\n        name\n      }\n    }\n    corrigenda {\n      id\n      number\n      reason\n      correction\n      issuedAt\n      contentHash\n      previousHash\n    }\n  }\n": types.RecordFieldsFragmentDoc,
    "\n  query DeskRecords {\n    drafts: decisionRecords(status: DRAFT, first: 100) {\n      edges {\n        node {\n          id\n          proposal {\n            reference\n            title\n          }\n        }\n      }\n    }\n    published: decisionRecords(status: PUBLISHED, first: 100) {\n      edges {\n        node {\n          id\n          number\n          proposal {\n            title\n          }\n        }\n      }\n    }\n  }\n": types.DeskRecordsDocument,
    "\n  query DeskDraft($id: ID!) {\n    decisionRecord(id: $id) {\n      ...RecordFields\n    }\n  }\n": types.DeskDraftDocument,
    "\n  mutation PublishRecord($id: ID!) {\n    publishDecisionRecord(recordId: $id) {\n      id\n      number\n      contentHash\n    }\n  }\n": types.PublishRecordDocument,
    "\n  mutation IssueCorrigendum($input: IssueCorrigendumInput!) {\n    issueCorrigendum(input: $input) {\n      id\n      number\n      record {\n        number\n      }\n    }\n  }\n": types.IssueCorrigendumDocument,
    "\n  query VerifyChain {\n    verifyRecordChain {\n      valid\n      checked\n      problem\n      firstInvalid {\n        number\n      }\n      firstInvalidCorrigendum {\n        number\n        record {\n          number\n        }\n      }\n    }\n  }\n": types.VerifyChainDocument,
    "\n  query AuditLog($entity: String, $entityId: ID, $after: String) {\n    auditLog(entity: $entity, entityId: $entityId, after: $after, first: 20) {\n      edges {\n        node {\n          id\n          at\n          action\n          entity\n          entityId\n          details\n          actor {\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query Home($from: DateTime!) {\n    organization {\n      id\n      bodies {\n        id\n        code\n        name\n        kind\n        members {\n          id\n        }\n        observers {\n          id\n        }\n        chairTerms {\n          id\n          role\n          startsOn\n          endsOn\n          participant {\n            id\n          }\n        }\n      }\n    }\n    meetings(from: $from, first: 100) {\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          startsAt\n          endsAt\n          location\n          body {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query MeetingProposals($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      agenda {\n        id\n        proposals {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.MeetingProposalsDocument,
    "\n  query AwaitingProposal($id: ID!) {\n    proposal(id: $id) {\n      id\n      reference\n      title\n      deadline\n      positions {\n        participant {\n          id\n        }\n      }\n    }\n  }\n": types.AwaitingProposalDocument,
    "\n  query Drafts {\n    decisionRecords(status: DRAFT, first: 50) {\n      edges {\n        node {\n          id\n          outcome\n          decidedAt\n          body {\n            id\n            name\n          }\n          proposal {\n            id\n            reference\n            title\n          }\n        }\n      }\n    }\n  }\n": types.DraftsDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      title\n    }\n  }\n": types.ScheduleMeetingDocument,
    "\n  mutation StartWrittenProcedure($input: StartWrittenProcedureInput!) {\n    startWrittenProcedure(input: $input) {\n      id\n    }\n  }\n": types.StartWrittenProcedureDocument,
    "\n  fragment MeetingFields on Meeting {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    location\n    cancellationReason\n    quorumMet\n    body {\n      id\n      code\n      name\n      quorum\n      members {\n        id\n        code\n        name\n        status\n      }\n      observers {\n        id\n        code\n        name\n        status\n      }\n      chairTerms {\n        id\n        role\n        startsOn\n        endsOn\n        participant {\n          id\n        }\n      }\n    }\n    chairedBy {\n      id\n      code\n      name\n    }\n    attendance {\n      status\n      note\n      recordedAt\n      recordedBy {\n        displayName\n      }\n      participant {\n        id\n      }\n      boycott {\n        id\n        statement\n      }\n    }\n    attendanceGaps {\n      id\n      code\n      name\n    }\n    agenda {\n      id\n      position\n      title\n      kind\n      description\n      proposals {\n        id\n        reference\n        title\n        status\n        procedure\n      }\n    }\n    statements {\n      id\n      title\n      body\n      submittedAt\n      participant {\n        code\n        name\n      }\n    }\n  }\n": types.MeetingFieldsFragmentDoc,
    "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": types.MeetingPageDocument,
    "\n  subscription MeetingLive($id: ID!) {\n    meetingUpdated(meetingId: $id) {\n      ...MeetingFields\n    }\n  }\n": types.MeetingLiveDocument,
    "\n  mutation OpenMeeting($id: ID!) {\n    openMeeting(meetingId: $id) {\n      ...MeetingFields\n    }\n  }\n": types.OpenMeetingDocument,
    "\n  mutation AdjournMeeting($id: ID!) {\n    adjournMeeting(meetingId: $id) {\n      ...MeetingFields\n    }\n  }\n": types.AdjournMeetingDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      status\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation AddAgendaItem($input: AgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      title\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      id\n    }\n  }\n": types.SubmitProposalDocument,
    "\n  fragment ProposalFields on Proposal {\n    id\n    reference\n    title\n    status\n    procedure\n    deadline\n    withdrawalReason\n    body {\n      id\n      code\n      name\n      quorum\n      chairTerms {\n        id\n        role\n        startsOn\n        endsOn\n        participant {\n          id\n        }\n      }\n    }\n    agendaItem {\n      id\n      position\n      title\n      meeting {\n        id\n        title\n        status\n        startsAt\n      }\n    }\n    currentVersion {\n      number\n    }\n    versions {\n      number\n      text\n      changeNote\n      createdAt\n      createdBy {\n        displayName\n      }\n    }\n    positions {\n      stance\n      statement\n      recordedAt\n      versionNumber\n      onBehalf\n      participant {\n        id\n        code\n        name\n      }\n      recordedBy {\n        displayName\n      }\n    }\n    tally {\n      support\n      object\n      abstain\n      silent\n      quorumMet\n      attendanceComplete\n      consensus\n      entitled {\n        id\n      }\n      objectors {\n        id\n        code\n        name\n      }\n    }\n    decisionRecord {\n      id\n      number\n      status\n      outcome\n    }\n  }\n": types.ProposalFieldsFragmentDoc,
    "\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalFields\n    }\n  }\n": types.ProposalPageDocument,
    "\n  subscription ProposalLive($id: ID!) {\n    proposalUpdated(proposalId: $id) {\n      ...ProposalFields\n    }\n  }\n": types.ProposalLiveDocument,
    "\n  mutation RecordPosition($input: RecordPositionInput!) {\n    recordPosition(input: $input) {\n      stance\n      versionNumber\n    }\n  }\n": types.RecordPositionDocument,
    "\n  mutation OpenProposal($id: ID!) {\n    openProposal(proposalId: $id) {\n      ...ProposalFields\n    }\n  }\n": types.OpenProposalDocument,
    "\n  mutation CloseProposal($id: ID!) {\n    closeProposal(proposalId: $id) {\n      id\n      number\n      status\n      outcome\n    }\n  }\n": types.CloseProposalDocument,
    "\n  mutation AmendProposal($input: AmendProposalInput!) {\n    amendProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n": types.AmendProposalDocument,
    "\n  mutation WithdrawProposal($id: ID!, $reason: String!) {\n    withdrawProposal(proposalId: $id, reason: $reason) {\n      ...ProposalFields\n    }\n  }\n": types.WithdrawProposalDocument,
    "\n  query RecordByNumber($number: String!) {\n    decisionRecord(number: $number) {\n      ...RecordFields\n    }\n  }\n": types.RecordByNumberDocument,
    "\n  query Register($bodyId: ID, $after: String, $first: Int) {\n    decisionRecords(bodyId: $bodyId, after: $after, first: $first, status: PUBLISHED) {\n      edges {\n        node {\n          id\n          number\n          outcome\n          publishedAt\n          procedure\n          body {\n            id\n            code\n            name\n          }\n          proposal {\n            reference\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  query RegisterBodies {\n    organization {\n      bodies {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.RegisterBodiesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      id\n      displayName\n      email\n      role\n      participant {\n        id\n        code\n        name\n        kind\n        status\n      }\n    }\n    organization {\n      id\n      name\n      code\n      timeZone\n    }\n  }\n"): typeof import('./graphql.js').SessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): typeof import('./graphql.js').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordFields on DecisionRecord {\n    id\n    number\n    status\n    outcome\n    procedure\n    text\n    versionNumber\n    decidedAt\n    publishedAt\n    contentHash\n    previousHash\n    publishedBy {\n      displayName\n    }\n    body {\n      id\n      code\n      name\n    }\n    meeting {\n      id\n      title\n    }\n    proposal {\n      id\n      reference\n      title\n    }\n    chairedBy {\n      id\n      code\n      name\n    }\n    positions {\n      stance\n      statement\n      onBehalf\n      participant {\n        id\n        code\n        name\n      }\n    }\n    attendance {\n      status\n      note\n      participant {\n        id\n        code\n        name\n        kind\n      }\n      boycott {\n        id\n        statement\n      }\n    }\n    objectors {\n      id\n      code\n      name\n    }\n    silent {\n      id\n      code\n      name\n    }\n    entitlement {\n      entitled\n      reason\n      participant {\n        id\n        code\n        name\n      }\n    }\n    statements {\n      id\n      title\n      body\n      submittedAt\n      participant {\n        code\n        name\n      }\n    }\n    corrigenda {\n      id\n      number\n      reason\n      correction\n      issuedAt\n      contentHash\n      previousHash\n    }\n  }\n"): typeof import('./graphql.js').RecordFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskRecords {\n    drafts: decisionRecords(status: DRAFT, first: 100) {\n      edges {\n        node {\n          id\n          proposal {\n            reference\n            title\n          }\n        }\n      }\n    }\n    published: decisionRecords(status: PUBLISHED, first: 100) {\n      edges {\n        node {\n          id\n          number\n          proposal {\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DeskRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskDraft($id: ID!) {\n    decisionRecord(id: $id) {\n      ...RecordFields\n    }\n  }\n"): typeof import('./graphql.js').DeskDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishRecord($id: ID!) {\n    publishDecisionRecord(recordId: $id) {\n      id\n      number\n      contentHash\n    }\n  }\n"): typeof import('./graphql.js').PublishRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCorrigendum($input: IssueCorrigendumInput!) {\n    issueCorrigendum(input: $input) {\n      id\n      number\n      record {\n        number\n      }\n    }\n  }\n"): typeof import('./graphql.js').IssueCorrigendumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyChain {\n    verifyRecordChain {\n      valid\n      checked\n      problem\n      firstInvalid {\n        number\n      }\n      firstInvalidCorrigendum {\n        number\n        record {\n          number\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').VerifyChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($entity: String, $entityId: ID, $after: String) {\n    auditLog(entity: $entity, entityId: $entityId, after: $after, first: 20) {\n      edges {\n        node {\n          id\n          at\n          action\n          entity\n          entityId\n          details\n          actor {\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql.js').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home($from: DateTime!) {\n    organization {\n      id\n      bodies {\n        id\n        code\n        name\n        kind\n        members {\n          id\n        }\n        observers {\n          id\n        }\n        chairTerms {\n          id\n          role\n          startsOn\n          endsOn\n          participant {\n            id\n          }\n        }\n      }\n    }\n    meetings(from: $from, first: 100) {\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          startsAt\n          endsAt\n          location\n          body {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingProposals($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      agenda {\n        id\n        proposals {\n          id\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MeetingProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwaitingProposal($id: ID!) {\n    proposal(id: $id) {\n      id\n      reference\n      title\n      deadline\n      positions {\n        participant {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AwaitingProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Drafts {\n    decisionRecords(status: DRAFT, first: 50) {\n      edges {\n        node {\n          id\n          outcome\n          decidedAt\n          body {\n            id\n            name\n          }\n          proposal {\n            id\n            reference\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DraftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql.js').ScheduleMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartWrittenProcedure($input: StartWrittenProcedureInput!) {\n    startWrittenProcedure(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').StartWrittenProcedureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingFields on Meeting {\n    id\n    title\n    kind\n    status\n    startsAt\n    endsAt\n    location\n    cancellationReason\n    quorumMet\n    body {\n      id\n      code\n      name\n      quorum\n      members {\n        id\n        code\n        name\n        status\n      }\n      observers {\n        id\n        code\n        name\n        status\n      }\n      chairTerms {\n        id\n        role\n        startsOn\n        endsOn\n        participant {\n          id\n        }\n      }\n    }\n    chairedBy {\n      id\n      code\n      name\n    }\n    attendance {\n      status\n      note\n      recordedAt\n      recordedBy {\n        displayName\n      }\n      participant {\n        id\n      }\n      boycott {\n        id\n        statement\n      }\n    }\n    attendanceGaps {\n      id\n      code\n      name\n    }\n    agenda {\n      id\n      position\n      title\n      kind\n      description\n      proposals {\n        id\n        reference\n        title\n        status\n        procedure\n      }\n    }\n    statements {\n      id\n      title\n      body\n      submittedAt\n      participant {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').MeetingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"): typeof import('./graphql.js').MeetingPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingLive($id: ID!) {\n    meetingUpdated(meetingId: $id) {\n      ...MeetingFields\n    }\n  }\n"): typeof import('./graphql.js').MeetingLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenMeeting($id: ID!) {\n    openMeeting(meetingId: $id) {\n      ...MeetingFields\n    }\n  }\n"): typeof import('./graphql.js').OpenMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjournMeeting($id: ID!) {\n    adjournMeeting(meetingId: $id) {\n      ...MeetingFields\n    }\n  }\n"): typeof import('./graphql.js').AdjournMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      status\n    }\n  }\n"): typeof import('./graphql.js').RecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($input: AgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql.js').AddAgendaItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').SubmitProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalFields on Proposal {\n    id\n    reference\n    title\n    status\n    procedure\n    deadline\n    withdrawalReason\n    body {\n      id\n      code\n      name\n      quorum\n      chairTerms {\n        id\n        role\n        startsOn\n        endsOn\n        participant {\n          id\n        }\n      }\n    }\n    agendaItem {\n      id\n      position\n      title\n      meeting {\n        id\n        title\n        status\n        startsAt\n      }\n    }\n    currentVersion {\n      number\n    }\n    versions {\n      number\n      text\n      changeNote\n      createdAt\n      createdBy {\n        displayName\n      }\n    }\n    positions {\n      stance\n      statement\n      recordedAt\n      versionNumber\n      onBehalf\n      participant {\n        id\n        code\n        name\n      }\n      recordedBy {\n        displayName\n      }\n    }\n    tally {\n      support\n      object\n      abstain\n      silent\n      quorumMet\n      attendanceComplete\n      consensus\n      entitled {\n        id\n      }\n      objectors {\n        id\n        code\n        name\n      }\n    }\n    decisionRecord {\n      id\n      number\n      status\n      outcome\n    }\n  }\n"): typeof import('./graphql.js').ProposalFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalFields\n    }\n  }\n"): typeof import('./graphql.js').ProposalPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProposalLive($id: ID!) {\n    proposalUpdated(proposalId: $id) {\n      ...ProposalFields\n    }\n  }\n"): typeof import('./graphql.js').ProposalLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPosition($input: RecordPositionInput!) {\n    recordPosition(input: $input) {\n      stance\n      versionNumber\n    }\n  }\n"): typeof import('./graphql.js').RecordPositionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenProposal($id: ID!) {\n    openProposal(proposalId: $id) {\n      ...ProposalFields\n    }\n  }\n"): typeof import('./graphql.js').OpenProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseProposal($id: ID!) {\n    closeProposal(proposalId: $id) {\n      id\n      number\n      status\n      outcome\n    }\n  }\n"): typeof import('./graphql.js').CloseProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendProposal($input: AmendProposalInput!) {\n    amendProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n"): typeof import('./graphql.js').AmendProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProposal($id: ID!, $reason: String!) {\n    withdrawProposal(proposalId: $id, reason: $reason) {\n      ...ProposalFields\n    }\n  }\n"): typeof import('./graphql.js').WithdrawProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordByNumber($number: String!) {\n    decisionRecord(number: $number) {\n      ...RecordFields\n    }\n  }\n"): typeof import('./graphql.js').RecordByNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Register($bodyId: ID, $after: String, $first: Int) {\n    decisionRecords(bodyId: $bodyId, after: $after, first: $first, status: PUBLISHED) {\n      edges {\n        node {\n          id\n          number\n          outcome\n          publishedAt\n          procedure\n          body {\n            id\n            code\n            name\n          }\n          proposal {\n            reference\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql.js').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterBodies {\n    organization {\n      bodies {\n        id\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').RegisterBodiesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
