/** Between the auth origin's pages in every tab: only that someone signed out, never a token. */
export const signedOutChannel = 'bas-sso';
