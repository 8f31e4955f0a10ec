export type {
  AuthOperation,
  AuthRequestMessage,
  AuthRequests,
  ManifestAnswer,
  SessionState,
  TelemetryPath,
} from './protocol.ts';
export { connectMessage, readyMessage } from './protocol.ts';
export { createAuthClient, type AuthClient } from './createAuthClient.ts';
export { serveAuthRequests, type AuthHandlers } from './serveAuthRequests.ts';
export { dataOf, onMessage, originOf, postToWindow } from './savedPlatform.ts';
export { checkSso, type SilentCheckClient } from './checkSso.ts';
export { toUserProfile, type AccessTokenClaims } from './toUserProfile.ts';
