// The catalogue's words for refusals: what a delegate reads for each code the API documents.

export const ERRORS = {
  UNAUTHENTICATED_SIGN_IN: 'The email address or password is not right.',
  TOO_MANY_ATTEMPTS: (minutes: string) =>
    `Too many failed sign-ins for this email address. Try again in ${minutes} minutes.`,
  FORBIDDEN: (detail: string) => `You are not allowed to do this. ${detail}`,
  NOT_FOUND: 'That no longer exists, or you may not see it.',
  BAD_USER_INPUT: (field: string, detail: string) => `Please check “${field}”: ${detail}`,
  CONFLICT: (detail: string) => `This cannot be done now: ${detail}`,
  NOT_ENTITLED: {
    OBSERVER: 'Your participant is an observer in this body: observers may speak but do not take positions.',
    SUSPENDED: 'Your participant is suspended, so it cannot take a position.',
    NOT_MEMBER: 'Your participant is not a member of this body, so it cannot take a position here.',
    NOT_PRESENT:
      'Your participant is not recorded as present at this meeting. Record your attendance as present or remote (or ask the chair), then take your position.',
    BOYCOTT: 'Your participant is boycotting this meeting, so it cannot take a position here.',
    unknown: 'Your participant may not take a position on this proposal.',
  },
  STALE_VERSION:
    'The text was amended after you read it, so your position was not recorded. Read the new version, then take your position again.',
  PROPOSAL_CLOSED: 'This proposal is already closed: positions can no longer be taken or changed.',
  PROPOSAL_NOT_OPEN: 'This proposal is not open yet: positions can be taken once the chair opens it.',
  DEADLINE_PASSED: 'The deadline of this written procedure has passed: positions can no longer be taken.',
  MEETING_NOT_IN_SESSION: 'The meeting is not in session: open the meeting first.',
  ATTENDANCE_INCOMPLETE: (codes: string) => `Attendance is not complete: record the attendance of ${codes} first.`,
  QUORUM_NOT_MET: 'The quorum is not met: too few members are recorded as present or remote.',
  POSITIONS_OUTSTANDING:
    'Some entitled members have not taken a position yet: a written procedure closes early only when none is silent.',
  BOYCOTT_IN_FORCE: 'This participant is boycotting the meeting: only its own delegate may record its attendance.',
  INTERNAL_SERVER_ERROR: (ref: string) =>
    `Something went wrong on the server. Try again; if it keeps failing, give the secretariat this reference: ${ref}.`,
  REQUEST_TIMEOUT: 'Concord took too long to answer, and nothing was changed by this request. Try again.',
  network: 'Concord could not be reached. Check the connection and try again.',
  required: (field: string) => `Please fill in “${field}”.`,
} as const;
