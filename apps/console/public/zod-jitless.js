// zod 4 probes `new Function("")` before its first object parse to decide whether to compile fast
// parsers; under our CSP (no 'unsafe-eval') the probe is refused and the browser reports a
// violation. zod reads its settings from globalThis.__zod_globalConfig, so this classic script,
// which runs before any module chunk, turns the probe off however the chunks are ordered
// (setting it from a module ran too late once pages became lazy chunks: a chunk that parses at
// load could come first).
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
