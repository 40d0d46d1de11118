// The Kimberley Process demo data set, as plain values: the seed module turns it into rows, and the
// demo script and tests refer to the same codes. Kept free of imports so that anything (seed, demo,
// a test factory) can read it without pulling in TypeORM or Nest.
//
// Participants are the KP's own list as best known (the European Union is ONE participant, its
// member states are not listed); codes are ISO 3166-1 alpha-2 as the KP uses them, plus `EU`.
// Committee memberships and the chairs of committees and working groups are plausible, not
// historical records; the Plenary chairs up to 2025 follow the real rotation.

export interface DemoParticipant {
  code: string;
  name: string;
  kind: 'PARTICIPANT' | 'OBSERVER';
}

export interface DemoBody {
  code: string;
  name: string;
  kind: 'PLENARY' | 'COMMITTEE' | 'WORKING_GROUP';
  quorum: number | null;
  /** `'ALL'`: every participant of kind PARTICIPANT. */
  memberCodes: string[] | 'ALL';
  /** `'ALL'`: every participant of kind OBSERVER. */
  observerCodes: string[] | 'ALL';
}

export interface DemoChairTerm {
  bodyCode: string;
  participantCode: string;
  role: 'CHAIR' | 'VICE_CHAIR';
  /** Calendar day (YYYY-MM-DD) in the organisation's time zone; both ends inclusive. */
  startsOn: string;
  endsOn: string | null;
}

export const KP_ORGANIZATION = { name: 'Kimberley Process', code: 'KP', timeZone: 'UTC' };

/** Every demo user (secretariat, delegates) signs in with this; 12 characters, the minimum. */
export const DEMO_PASSWORD = 'concord-demo';

export const KP_PARTICIPANTS: DemoParticipant[] = [
  { code: 'AO', name: 'Angola', kind: 'PARTICIPANT' },
  { code: 'AM', name: 'Armenia', kind: 'PARTICIPANT' },
  { code: 'AU', name: 'Australia', kind: 'PARTICIPANT' },
  { code: 'BD', name: 'Bangladesh', kind: 'PARTICIPANT' },
  { code: 'BY', name: 'Belarus', kind: 'PARTICIPANT' },
  { code: 'BW', name: 'Botswana', kind: 'PARTICIPANT' },
  { code: 'BR', name: 'Brazil', kind: 'PARTICIPANT' },
  { code: 'KH', name: 'Cambodia', kind: 'PARTICIPANT' },
  { code: 'CM', name: 'Cameroon', kind: 'PARTICIPANT' },
  { code: 'CA', name: 'Canada', kind: 'PARTICIPANT' },
  { code: 'CF', name: 'Central African Republic', kind: 'PARTICIPANT' },
  { code: 'CN', name: 'China', kind: 'PARTICIPANT' },
  { code: 'TW', name: 'Chinese Taipei', kind: 'PARTICIPANT' },
  { code: 'CI', name: "Côte d'Ivoire", kind: 'PARTICIPANT' },
  { code: 'CD', name: 'Democratic Republic of the Congo', kind: 'PARTICIPANT' },
  { code: 'SZ', name: 'Eswatini', kind: 'PARTICIPANT' },
  { code: 'EU', name: 'European Union', kind: 'PARTICIPANT' },
  { code: 'GA', name: 'Gabon', kind: 'PARTICIPANT' },
  { code: 'GH', name: 'Ghana', kind: 'PARTICIPANT' },
  { code: 'GN', name: 'Guinea', kind: 'PARTICIPANT' },
  { code: 'GY', name: 'Guyana', kind: 'PARTICIPANT' },
  { code: 'IN', name: 'India', kind: 'PARTICIPANT' },
  { code: 'ID', name: 'Indonesia', kind: 'PARTICIPANT' },
  { code: 'IL', name: 'Israel', kind: 'PARTICIPANT' },
  { code: 'JP', name: 'Japan', kind: 'PARTICIPANT' },
  { code: 'KZ', name: 'Kazakhstan', kind: 'PARTICIPANT' },
  { code: 'KR', name: 'Republic of Korea', kind: 'PARTICIPANT' },
  { code: 'LA', name: "Lao People's Democratic Republic", kind: 'PARTICIPANT' },
  { code: 'LB', name: 'Lebanon', kind: 'PARTICIPANT' },
  { code: 'LS', name: 'Lesotho', kind: 'PARTICIPANT' },
  { code: 'LR', name: 'Liberia', kind: 'PARTICIPANT' },
  { code: 'MY', name: 'Malaysia', kind: 'PARTICIPANT' },
  { code: 'ML', name: 'Mali', kind: 'PARTICIPANT' },
  { code: 'MU', name: 'Mauritius', kind: 'PARTICIPANT' },
  { code: 'MX', name: 'Mexico', kind: 'PARTICIPANT' },
  { code: 'NA', name: 'Namibia', kind: 'PARTICIPANT' },
  { code: 'NZ', name: 'New Zealand', kind: 'PARTICIPANT' },
  { code: 'NO', name: 'Norway', kind: 'PARTICIPANT' },
  { code: 'PA', name: 'Panama', kind: 'PARTICIPANT' },
  { code: 'CG', name: 'Republic of the Congo', kind: 'PARTICIPANT' },
  { code: 'RU', name: 'Russian Federation', kind: 'PARTICIPANT' },
  { code: 'SL', name: 'Sierra Leone', kind: 'PARTICIPANT' },
  { code: 'SG', name: 'Singapore', kind: 'PARTICIPANT' },
  { code: 'ZA', name: 'South Africa', kind: 'PARTICIPANT' },
  { code: 'LK', name: 'Sri Lanka', kind: 'PARTICIPANT' },
  { code: 'CH', name: 'Switzerland', kind: 'PARTICIPANT' },
  { code: 'TZ', name: 'Tanzania', kind: 'PARTICIPANT' },
  { code: 'TH', name: 'Thailand', kind: 'PARTICIPANT' },
  { code: 'TG', name: 'Togo', kind: 'PARTICIPANT' },
  { code: 'TR', name: 'Türkiye', kind: 'PARTICIPANT' },
  { code: 'UA', name: 'Ukraine', kind: 'PARTICIPANT' },
  { code: 'AE', name: 'United Arab Emirates', kind: 'PARTICIPANT' },
  { code: 'GB', name: 'United Kingdom', kind: 'PARTICIPANT' },
  { code: 'US', name: 'United States of America', kind: 'PARTICIPANT' },
  { code: 'VE', name: 'Venezuela', kind: 'PARTICIPANT' },
  { code: 'VN', name: 'Viet Nam', kind: 'PARTICIPANT' },
  { code: 'ZW', name: 'Zimbabwe', kind: 'PARTICIPANT' },
  // Observers take part in the work but never hold a position on a decision.
  { code: 'CSC', name: 'KP Civil Society Coalition', kind: 'OBSERVER' },
  { code: 'WDC', name: 'World Diamond Council', kind: 'OBSERVER' },
  { code: 'ADPA', name: 'African Diamond Producers Association', kind: 'OBSERVER' },
];

export const KP_BODIES: DemoBody[] = [
  {
    code: 'PLEN',
    name: 'Plenary',
    kind: 'PLENARY',
    // The Plenary decides by consensus of those present; the KP sets no quorum for it.
    quorum: null,
    memberCodes: 'ALL',
    observerCodes: 'ALL',
  },
  {
    code: 'PC',
    name: 'Participation Committee',
    kind: 'COMMITTEE',
    quorum: 5,
    memberCodes: ['RU', 'US', 'GB', 'EU', 'ZA', 'BW', 'CA', 'CN', 'IN', 'AE', 'ZW', 'AO', 'NA', 'CH', 'AU', 'IL'],
    observerCodes: ['CSC', 'WDC'],
  },
  {
    code: 'RPC',
    name: 'Rules and Procedures Committee',
    kind: 'COMMITTEE',
    quorum: 5,
    memberCodes: ['RU', 'US', 'GB', 'EU', 'IN', 'CN', 'ZA', 'BW', 'ZW', 'CH', 'BY', 'AM', 'AE', 'CA', 'NA'],
    observerCodes: ['CSC', 'WDC'],
  },
  {
    code: 'WGM',
    name: 'Working Group on Monitoring',
    kind: 'WORKING_GROUP',
    quorum: null,
    memberCodes: ['RU', 'US', 'GB', 'EU', 'ZA', 'CA', 'AU', 'BW', 'AO', 'CD', 'SL', 'AE', 'CH', 'IN', 'NA', 'ZW'],
    observerCodes: ['CSC', 'WDC', 'ADPA'],
  },
  {
    code: 'WGDE',
    name: 'Working Group of Diamond Experts',
    kind: 'WORKING_GROUP',
    quorum: null,
    memberCodes: ['RU', 'US', 'GB', 'EU', 'IN', 'IL', 'AE', 'ZA', 'BW', 'CN', 'CH', 'TH', 'JP', 'CA'],
    observerCodes: ['CSC', 'WDC'],
  },
  {
    code: 'WGS',
    name: 'Working Group on Statistics',
    kind: 'WORKING_GROUP',
    quorum: null,
    memberCodes: ['RU', 'US', 'GB', 'EU', 'CA', 'AU', 'BW', 'ZA', 'NA', 'CN', 'IN', 'AE', 'IL', 'KR', 'CD'],
    observerCodes: ['CSC', 'WDC', 'ADPA'],
  },
];

// The KP chair rotates yearly and the vice-chair of one year chairs the next. The current terms
// (2026) are open-ended so that the demo still has a chair in office whenever it is run.
export const KP_CHAIR_TERMS: DemoChairTerm[] = [
  { bodyCode: 'PLEN', participantCode: 'RU', role: 'CHAIR', startsOn: '2021-01-01', endsOn: '2021-12-31' },
  { bodyCode: 'PLEN', participantCode: 'BW', role: 'VICE_CHAIR', startsOn: '2021-01-01', endsOn: '2021-12-31' },
  { bodyCode: 'PLEN', participantCode: 'BW', role: 'CHAIR', startsOn: '2022-01-01', endsOn: '2022-12-31' },
  { bodyCode: 'PLEN', participantCode: 'ZW', role: 'VICE_CHAIR', startsOn: '2022-01-01', endsOn: '2022-12-31' },
  { bodyCode: 'PLEN', participantCode: 'ZW', role: 'CHAIR', startsOn: '2023-01-01', endsOn: '2023-12-31' },
  { bodyCode: 'PLEN', participantCode: 'AE', role: 'VICE_CHAIR', startsOn: '2023-01-01', endsOn: '2023-12-31' },
  { bodyCode: 'PLEN', participantCode: 'AE', role: 'CHAIR', startsOn: '2024-01-01', endsOn: '2024-12-31' },
  { bodyCode: 'PLEN', participantCode: 'CH', role: 'VICE_CHAIR', startsOn: '2024-01-01', endsOn: '2024-12-31' },
  { bodyCode: 'PLEN', participantCode: 'CH', role: 'CHAIR', startsOn: '2025-01-01', endsOn: '2025-12-31' },
  { bodyCode: 'PLEN', participantCode: 'AO', role: 'VICE_CHAIR', startsOn: '2025-01-01', endsOn: '2025-12-31' },
  { bodyCode: 'PLEN', participantCode: 'AO', role: 'CHAIR', startsOn: '2026-01-01', endsOn: null },
  { bodyCode: 'PLEN', participantCode: 'IN', role: 'VICE_CHAIR', startsOn: '2026-01-01', endsOn: null },

  { bodyCode: 'PC', participantCode: 'US', role: 'CHAIR', startsOn: '2021-01-01', endsOn: '2021-12-31' },
  { bodyCode: 'PC', participantCode: 'RU', role: 'CHAIR', startsOn: '2022-01-01', endsOn: '2022-12-31' },
  { bodyCode: 'PC', participantCode: 'ZA', role: 'CHAIR', startsOn: '2023-01-01', endsOn: '2024-12-31' },
  { bodyCode: 'PC', participantCode: 'CA', role: 'VICE_CHAIR', startsOn: '2023-01-01', endsOn: '2024-12-31' },
  { bodyCode: 'PC', participantCode: 'EU', role: 'CHAIR', startsOn: '2025-01-01', endsOn: null },
  { bodyCode: 'PC', participantCode: 'BW', role: 'VICE_CHAIR', startsOn: '2025-01-01', endsOn: null },

  { bodyCode: 'RPC', participantCode: 'IN', role: 'CHAIR', startsOn: '2021-01-01', endsOn: '2021-12-31' },
  { bodyCode: 'RPC', participantCode: 'RU', role: 'CHAIR', startsOn: '2022-01-01', endsOn: '2022-12-31' },
  { bodyCode: 'RPC', participantCode: 'CN', role: 'CHAIR', startsOn: '2023-01-01', endsOn: '2024-12-31' },
  { bodyCode: 'RPC', participantCode: 'NA', role: 'CHAIR', startsOn: '2025-01-01', endsOn: null },
  { bodyCode: 'RPC', participantCode: 'GB', role: 'VICE_CHAIR', startsOn: '2025-01-01', endsOn: null },

  { bodyCode: 'WGM', participantCode: 'EU', role: 'CHAIR', startsOn: '2021-01-01', endsOn: '2024-12-31' },
  { bodyCode: 'WGM', participantCode: 'CA', role: 'CHAIR', startsOn: '2025-01-01', endsOn: null },
  { bodyCode: 'WGM', participantCode: 'SL', role: 'VICE_CHAIR', startsOn: '2025-01-01', endsOn: null },

  { bodyCode: 'WGDE', participantCode: 'IN', role: 'CHAIR', startsOn: '2021-01-01', endsOn: '2023-12-31' },
  { bodyCode: 'WGDE', participantCode: 'EU', role: 'CHAIR', startsOn: '2024-01-01', endsOn: null },
  { bodyCode: 'WGDE', participantCode: 'IL', role: 'VICE_CHAIR', startsOn: '2024-01-01', endsOn: null },

  { bodyCode: 'WGS', participantCode: 'CN', role: 'CHAIR', startsOn: '2021-01-01', endsOn: '2022-12-31' },
  { bodyCode: 'WGS', participantCode: 'IL', role: 'CHAIR', startsOn: '2023-01-01', endsOn: null },
  { bodyCode: 'WGS', participantCode: 'AU', role: 'VICE_CHAIR', startsOn: '2023-01-01', endsOn: null },
];
