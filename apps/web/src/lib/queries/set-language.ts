import { MeResponse, type PreferredLanguageBody } from '@cos/contracts';
import { apiPaths } from '../../config/paths.ts';
import { apiRequest } from '../api-client.ts';

/** Saves the signed-in parent's language (the portal's and every email's); answers the profile. */
export function setPreferredLanguage(language: PreferredLanguageBody['language']) {
  return apiRequest(apiPaths.meLanguage, { method: 'PUT', body: { language }, schema: MeResponse });
}
