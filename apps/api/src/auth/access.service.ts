// Transitional path: the access policy now lives in the organisation area (organisation/access.policy.ts,
// AccessPolicy); this old name forwards to it until every caller injects AccessPolicy.
export { AccessService, type BodyRef } from '../organisation/transitional/access.service.js';
