// Schema and types
export { manifestEntrySchema } from './manifestEntrySchema.ts';
export type { FederatedEntry, ManifestEntry } from './manifestEntrySchema.ts';
export { manifestEntryJsonSchema } from './manifestEntryJsonSchema.ts';

// Validation
export { assertValidManifest, validateEntry, validateManifest } from './validateManifest.ts';
export type { ValidationOptions, ValidationResult } from './validateManifest.ts';
export { ManifestValidationError, formatIssue } from './ManifestValidationError.ts';
export type { ManifestIssue } from './ManifestValidationError.ts';
export { upgradeEntry } from './upgradeEntry.ts';
export { wrongTypeMessage } from './wrongTypeMessage.ts';

// Who sees what
export { anonymousUser, canSeeEntry, filterManifestForUser } from './filterManifestForUser.ts';
export type { ManifestUser } from './filterManifestForUser.ts';

// Vocabulary
export { agencies, agencyCodes, findAgency } from './agencies.ts';
export type { Agency, AgencyCode, AgencyKind } from './agencies.ts';
export { categories, lifeEvents, realmRoles } from './vocabulary.ts';
export type { Category, LifeEvent, RealmRole } from './vocabulary.ts';
export { catalogClients } from './catalogClients.ts';

// The compact index and the home's first screen, what the portal fetches before whole entries
export { catalogHomeOf, indexEntryOf } from './catalogIndex.ts';
export type { CatalogHome, IndexEntry } from './catalogIndex.ts';
