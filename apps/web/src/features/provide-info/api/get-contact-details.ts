import { ContactDetails } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getContactDetails() {
  return apiRequest(apiPaths.contactDetails, { schema: ContactDetails });
}

/** The parent's own address, phone, email and employer on file (Provide Info, My Case). */
export function contactDetailsQueryOptions() {
  return queryOptions({ queryKey: ['contact-details'], queryFn: getContactDetails });
}
