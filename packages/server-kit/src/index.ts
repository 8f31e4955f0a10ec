export { closeOnSignals } from './closeOnSignals.ts';
export type { CloseOnSignalsOptions } from './closeOnSignals.ts';
export { closeServer } from './closeServer.ts';
export { createJwtVerifier } from './createJwtVerifier.ts';
export type { JwtRefusal, JwtVerdict } from './createJwtVerifier.ts';
export { listen } from './listen.ts';
export { precompressed } from './precompressed.ts';
export { preferredEncoding } from './preferredEncoding.ts';
export { toCsv } from './toCsv.ts';
