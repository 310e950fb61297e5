// Recognises "the database is not there right now" across the layers that may report it: node-postgres
// (socket codes, pool timeouts), PostgreSQL itself (SQLSTATE class 08, admin shutdown, cancelled
// statement) and Prisma (P1001 and friends, driver-adapter kinds). Such a failure answers 503 with
// Retry-After, never 500, and never hangs (the pool has a connection timeout).
const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '57014',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  'P1001',
  'P1002',
  'P1008',
  'P1017',
  'P2024',
  // An interactive transaction that could not start (every pooled connection busy) or timed out.
  'P2028',
]);

const unavailableMessages =
  /connection terminated|timeout exceeded when trying to connect|terminating connection|can't reach database|database ?not ?reachable|connection ?closed|server closed the connection|the database system is (starting|shutting) down/i;

function* causes(error: unknown): Generator<unknown> {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current !== undefined && current !== null; depth += 1) {
    yield current;
    current = typeof current === 'object' && 'cause' in current ? current.cause : undefined;
  }
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const candidate of causes(error)) {
    for (const key of ['code', 'originalCode', 'kind']) {
      const code = field(candidate, key);
      if (
        typeof code === 'string' &&
        (unavailableCodes.has(code) || /NotReachable|ConnectionClosed|SocketTimeout/.test(code))
      ) {
        return true;
      }
    }
    const message = field(candidate, 'message');
    if (typeof message === 'string' && unavailableMessages.test(message)) return true;
    if (error instanceof AggregateError && error.errors.some(isDatabaseUnavailable)) return true;
  }
  return false;
}
