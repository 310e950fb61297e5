// Element ids of the fields, so error summary links and labels point at the same element.
export const signInFieldIds = { userId: 'user-id', password: 'password' } as const;

/**
 * Step 1 hands the User ID to step 2 in the router's history state rather than the URL, so it
 * never lands in server logs or browser history entries, and survives a reload of step 2.
 */
export type SignInState = { userId: string };

export function readSignInState(state: unknown): SignInState | undefined {
  if (typeof state !== 'object' || state === null || !('userId' in state)) return undefined;
  const { userId } = state;
  return typeof userId === 'string' && userId.trim() ? { userId } : undefined;
}

/** The `?next=` of the sign-in pages, kept from step 1 to step 2. */
export function nextSearch(next: string | undefined): string {
  return next ? `?${new URLSearchParams({ next })}` : '';
}
