/** A token set as one tab hands it to the others (over a same-origin channel, never into storage). */
export interface TokenSet {
  token: string;
  refreshToken: string;
  idToken: string | undefined;
}

/**
 * Keeps the tabs of one browser from racing each other for a refresh: with rotated refresh tokens, two tabs
 * refreshing with the same token would leave one of them signed out. Refreshes run one at a time under a Web Lock;
 * a tab that refreshed tells the others, which adopt the new tokens instead of refreshing themselves.
 */
export function createTabCoordinator(name: string, onTokens: (tokens: TokenSet) => void) {
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(name);
  channel?.addEventListener('message', (event: MessageEvent<{ type?: string; tokens?: TokenSet }>) => {
    if (event.data.type === 'tokens' && event.data.tokens !== undefined) onTokens(event.data.tokens);
  });
  return {
    /** Runs `task` while no other tab of this origin runs one. */
    exclusive(task: () => Promise<void>): Promise<void> {
      // Browsers without the Web Locks API (and test DOMs) refresh without coordination.
      const locks = (globalThis.navigator as Navigator | undefined)?.locks ?? null;
      return locks === null ? task() : locks.request(`${name}:refresh`, task).then(() => undefined);
    },
    share(tokens: TokenSet): void {
      channel?.postMessage({ type: 'tokens', tokens });
    },
  };
}
