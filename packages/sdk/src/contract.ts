/** A location in the shell's history: the full path under the shell, not just the app's part. */
export interface ShellLocation {
  pathname: string;
  search: string;
  hash: string;
}

/**
 * Navigation through the shell's router. A remote never touches `window.history` itself: the shell owns the
 * address bar, so back/forward and deep links work the same for every app.
 */
export interface NavigationService {
  /** The shell's current location. */
  getLocation(): ShellLocation;
  /** Calls `listener` after every navigation; returns a function that stops listening. */
  subscribe(listener: (location: ShellLocation) => void): () => void;
  /** Navigates to an absolute path under the shell (`/layanan/pengumuman/2`). */
  navigate(to: string, options?: { replace?: boolean }): void;
  /** Moves through the shell's history, like `history.go(delta)`. */
  go(delta: number): void;
}

/** The signed-in person, as a remote may know them: no token in here. */
export interface UserProfile {
  username: string;
  name: string;
  email?: string;
  /** Realm roles: `warga`, `asn`, `developer`, `admin`. */
  roles: readonly string[];
  /** The agency's short code for civil servants and developers (`disdukcapil`). */
  agency?: string;
}

/**
 * Sign-in as a remote sees it. The shell keeps the identity provider's session and refresh token to itself; a
 * remote gets a fresh access token for its API calls and nothing else.
 */
export interface AuthService {
  /** A valid access token (refreshed when close to expiry), or undefined when nobody is signed in. */
  getAccessToken(): Promise<string | undefined>;
  /** The signed-in person, or undefined. */
  getUser(): UserProfile | undefined;
  /** Calls `listener` when someone signs in or out; returns a function that stops listening. */
  subscribe(listener: () => void): () => void;
  /** Asks the shell to sign the person in and bring them back to where they are. */
  login(): void;
  /** Asks the shell to sign the person out. */
  logout(): void;
}

/** What the shell hands a remote when it mounts it. */
export interface RemoteContext {
  /** The app's id in the manifest. */
  appId: string;
  /** The path the app lives under in the shell, e.g. `/layanan/pengumuman`; the app's own routes start here. */
  basePath: string;
  navigation: NavigationService;
  auth: AuthService;
  /**
   * Tells the shell that the app failed after it was mounted (a render error, say): the shell replaces the app's
   * area with its fallback while the rest of the portal keeps working.
   */
  reportError(error: unknown): void;
}

/** Removes what `mount` rendered; the shell calls it when the person leaves the app. */
export type Unmount = () => void;

/**
 * The contract an exposed module fulfils, whatever framework renders it.
 *
 * @example
 * export const mount: RemoteModule['mount'] = (element, context) => {
 *   element.textContent = `Hello from ${context.appId}`;
 *   return () => { element.textContent = ''; };
 * };
 */
export interface RemoteModule {
  mount(element: HTMLElement, context: RemoteContext): Unmount;
}
