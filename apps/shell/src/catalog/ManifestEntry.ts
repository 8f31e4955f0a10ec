/**
 * A federated app as the shell needs it. The full manifest schema (agencies, roles, SPBE fields) comes with
 * `@bas/manifest`; this is the part the shell reads to load and place an app.
 */
export interface ManifestEntry {
  id: string;
  name: string;
  description: string;
  agency: string;
  kind: 'federated';
  /** URL of the remote's `mf-manifest.json`. */
  entry: string;
  /** The exposed module that fulfils the remote contract, e.g. `./App`. */
  exposedModule: string;
  /** The app's segment under `/layanan/`. */
  route: string;
}
