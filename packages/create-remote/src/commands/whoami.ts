import {
  credentialsFile,
  describeSignIn,
  forgetTokens,
  loginCommand,
  savedAccessToken,
} from '../auth/credentialsStore.ts';
import { describeToken } from '../auth/describeToken.ts';

/** `bas-remote whoami`: who `publish` and `approve` would act as on this portal, and where the sign-in is kept. */
export async function whoami(options: { portal: string; profile?: string | undefined }): Promise<boolean> {
  const token = process.env.BAS_TOKEN ?? (await savedAccessToken(options.portal, options.profile));
  const where = describeSignIn(options.portal, options.profile);
  if (token === undefined) {
    console.log(`Not signed in to ${where}: run \`${loginCommand(options.portal, options.profile)}\`.`);
    return false;
  }
  const from = process.env.BAS_TOKEN === undefined ? credentialsFile() : '$BAS_TOKEN';
  console.log(`${describeToken(token).text} on ${where} (from ${from}).`);
  return true;
}

/** `bas-remote logout`: forgets the sign-in to this portal (and profile) on this machine. */
export function logout(options: { portal: string; profile?: string | undefined }): void {
  const where = describeSignIn(options.portal, options.profile);
  console.log(
    forgetTokens(options.portal, options.profile)
      ? `Signed out of ${where} on this machine (${credentialsFile()}).`
      : `No sign-in to ${where} was kept in ${credentialsFile()}.`,
  );
}
