// Shared by the routes under /my-case/:caseNumber. A malformed number is "not found" here, before
// any request: the API would answer 400, and to a parent it is the same missing case.
import { CaseNumber } from '@cos/contracts';
import { data, useParams, type Params } from 'react-router';

export function caseNumberFrom(params: Params): string {
  const parsed = CaseNumber.safeParse(params.caseNumber);
  if (!parsed.success) throw data(null, { status: 404 });
  return parsed.data;
}

/** The case number of the current page (the loader has already checked it). */
export function useCaseNumber(): string {
  return useParams().caseNumber ?? '';
}
