/**
 * The clients whose tokens may change or inspect the catalog: `bas-remote` (`bas-cli`) and the console
 * (`bas-console`). Any other client's token is refused there whatever roles it carries: the portal's own
 * (`bas-shell`, kept on the auth origin) and the agencies' (`bas-portal`, handed to agency code), so an app an admin
 * opens cannot act as that admin (decisions/0016, 0017). The registry and the evidence service both hold to it.
 */
export const catalogClients: readonly string[] = ['bas-cli', 'bas-console'];
