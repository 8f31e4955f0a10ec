// Running a remote in tests without the shell
export { createTestContext } from './createTestContext.ts';
export type { TestContext, TestContextOptions, TestShellRecord } from './createTestContext.ts';
// The remote contract, checked the way the shell relies on it
export { checkRemoteContract, RemoteContractError } from './checkRemoteContract.ts';
export type { ContractCheckOptions } from './checkRemoteContract.ts';
// The host's side of the contract, checked the same way for every host
export { checkRemoteHost } from './checkRemoteHost.ts';
// Access tokens for tests and for agency APIs mocked with msw
export { bearerUser, fakeAccessToken } from './bearerUser.ts';
