// zod 4 probes `new Function("")` before its first object parse to decide whether to compile fast
// parsers. Under our CSP (no 'unsafe-eval') the probe throws, zod swallows it, but the browser
// still raises a securitypolicyviolation. Jitless parsing skips the probe (as in apps/web).
// Imported first by main.tsx.
import { z } from 'zod';

z.config({ jitless: true });
