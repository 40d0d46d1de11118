// The secretariat desk's operations: drafts and published records, publication, corrigenda, the
// chain check and the audit log.
import { graphql } from '../gql/index.js';

export const DeskRecords = graphql(`
  query DeskRecords {
    drafts: decisionRecords(status: DRAFT, first: 100) {
      edges {
        node {
          id
          proposal {
            reference
            title
          }
        }
      }
    }
    published: decisionRecords(status: PUBLISHED, first: 100) {
      edges {
        node {
          id
          number
          proposal {
            title
          }
        }
      }
    }
  }
`);

export const DeskDraft = graphql(`
  query DeskDraft($id: ID!) {
    decisionRecord(id: $id) {
      ...RecordFields
    }
  }
`);

export const PublishRecord = graphql(`
  mutation PublishRecord($id: ID!) {
    publishDecisionRecord(recordId: $id) {
      id
      number
      contentHash
    }
  }
`);

export const IssueCorrigendum = graphql(`
  mutation IssueCorrigendum($input: IssueCorrigendumInput!) {
    issueCorrigendum(input: $input) {
      id
      number
      record {
        number
      }
    }
  }
`);

export const VerifyChain = graphql(`
  query VerifyChain {
    verifyRecordChain {
      valid
      checked
      problem
      firstInvalid {
        number
      }
      firstInvalidCorrigendum {
        number
        record {
          number
        }
      }
    }
  }
`);

export const AuditLog = graphql(`
  query AuditLog($entity: String, $entityId: ID, $after: String) {
    auditLog(entity: $entity, entityId: $entityId, after: $after, first: 20) {
      edges {
        node {
          id
          at
          action
          entity
          entityId
          details
          actor {
            displayName
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
