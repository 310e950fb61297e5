// The console's TOTP: the shared implementation (identity/totp.ts) under the console's issuer name.
import { totpUri as uri } from '../../../identity/totp.ts';

export { newTotpSecret, totpStep } from '../../../identity/totp.ts';

export const TOTP_ISSUER = 'Child Support Console';

export function totpUri(username: string, secret: string): string {
  return uri(TOTP_ISSUER, username, secret);
}
