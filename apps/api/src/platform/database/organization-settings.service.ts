// Transitional path: the organisation's settings (name, code, time zone) are read by the
// organisation area, which owns the `organization` table (organisation/organization-settings.service.ts).
// This old path forwards to it until every importer uses the new one; then it is deleted.
export {
  OrganizationSettings,
  type OrganizationSettingsRow,
} from '../../organisation/organization-settings.service.js';
