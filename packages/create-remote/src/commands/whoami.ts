import { credentialsFile, forgetTokens, savedAccessToken } from '../auth/credentialsStore.ts';
import { describeToken } from '../auth/describeToken.ts';

/** `bas-remote whoami`: who `publish` and `approve` would act as on this portal, and where the sign-in is kept. */
export async function whoami(options: { portal: string }): Promise<boolean> {
  const token = process.env.BAS_TOKEN ?? (await savedAccessToken(options.portal));
  if (token === undefined) {
    console.log(
      `Not signed in to ${new URL(options.portal).origin}: run \`bas-remote login --portal ${options.portal}\`.`,
    );
    return false;
  }
  const from = process.env.BAS_TOKEN === undefined ? credentialsFile() : '$BAS_TOKEN';
  console.log(`${describeToken(token).text} on ${new URL(options.portal).origin} (from ${from}).`);
  return true;
}

/** `bas-remote logout`: forgets the sign-in to this portal on this machine. */
export function logout(options: { portal: string }): void {
  const origin = new URL(options.portal).origin;
  console.log(
    forgetTokens(options.portal)
      ? `Signed out of ${origin} on this machine (${credentialsFile()}).`
      : `No sign-in to ${origin} was kept in ${credentialsFile()}.`,
  );
}
