// How fresh the content every API instance serves must be (docs/product.md §4): feature switches, the app
// version policy and the notices are read from the database and cached per instance. A change made
// through one instance clears that instance's cache at once; every other instance sees it when its
// copy expires, so a switch turned on reaches all of them within `switchCacheSeconds` (< 5 s).
export const CONTENT_CACHE_POLICY = Object.freeze({
  /** How long an instance keeps switches, the version policy and the notices it read. */
  switchCacheSeconds: 2,
  /** Cache-Control max-age of GET /api/v1/notices and /api/v1/features (then revalidated by ETag). */
  noticesMaxAgeSeconds: 1,
  /** How often the portal asks again for switches and notices (its banner must go within 5 s). */
  portalRefetchSeconds: 2,
});
