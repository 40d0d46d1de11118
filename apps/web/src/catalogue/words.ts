// The catalogue's words for the API's enumerations (statuses, stances, kinds, reasons), in English.

export const WORDS = {
  meeting: { SCHEDULED: 'Scheduled', IN_SESSION: 'In session', ADJOURNED: 'Adjourned', CANCELLED: 'Cancelled' },
  proposal: { DRAFT: 'Draft', OPEN: 'Open', ADOPTED: 'Adopted', NOT_ADOPTED: 'Not adopted', WITHDRAWN: 'Withdrawn' },
  outcome: { ADOPTED: 'Adopted', NOT_ADOPTED: 'Not adopted' },
  attendance: {
    PRESENT: 'Present',
    REMOTE: 'Remote',
    ABSENT: 'Absent',
    EXCUSED: 'Excused',
    BOYCOTT: 'Boycott',
    SUSPENDED: 'Suspended',
  },
  stance: { SUPPORT: 'Support', OBJECT: 'Object', ABSTAIN: 'Abstain' },
  procedure: { IN_MEETING: 'In meeting', WRITTEN: 'Written procedure' },
  meetingKind: { REGULAR: 'Regular', EXTRAORDINARY: 'Extraordinary', INTERSESSIONAL: 'Intersessional' },
  itemKind: { DECISION: 'Decision', DISCUSSION: 'Discussion', INFORMATION: 'Information' },
  role: { ADMIN: 'Administrator', SECRETARIAT: 'Secretariat', DELEGATE: 'Delegate' },
  participantKind: { PARTICIPANT: 'Participant', OBSERVER: 'Observer' },
  participantStatus: { ACTIVE: 'Active', SUSPENDED: 'Suspended' },
  recordStatus: { DRAFT: 'Draft', PUBLISHED: 'Published' },
  boycottScope: { MEETING: 'this meeting', BODY: 'the body’s meetings', CHAIRED_BY: 'meetings chaired by' },
  notEntitled: {
    OBSERVER: 'observer',
    SUSPENDED: 'suspended',
    NOT_MEMBER: 'not a member',
    NOT_PRESENT: 'not present',
    BOYCOTT: 'boycott',
  },
} as const;
