/** What the global setup started, handed to the tests through the environment. */
export const testPortal = {
  get url(): string {
    const url = process.env.BAS_E2E_URL;
    if (url === undefined)
      throw new Error('BAS_E2E_URL is not set: run the tests through playwright.config.ts.');
    return url;
  },
  get remoteOrigin(): string {
    return process.env.BAS_E2E_REMOTE_ORIGIN ?? '';
  },
  /** The shell's remote timeout in these tests. */
  remoteTimeoutMs: 2000,
};
