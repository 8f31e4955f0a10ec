export { lifeEventJourneySchema } from './lifeEventJourneySchema.ts';
export type { JourneyStep, LifeEventJourney } from './lifeEventJourneySchema.ts';
export { lifeEventJourneys } from './lifeEventJourneys.ts';
export { popularServices } from './popularServices.ts';
export { rankByUse } from './rankByUse.ts';
export { validateJourneys } from './validateJourneys.ts';
