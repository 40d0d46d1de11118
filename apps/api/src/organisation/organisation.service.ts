// Transitional path: the old organisation service is split into participants, users, bodies and
// chair-terms services; what other areas still import from here lives in transitional/.
export { OrganisationService } from './transitional/organisation.service.js';
