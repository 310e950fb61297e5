// zod 4 probes `new Function("")` before its first object parse to decide whether to compile fast
// parsers. Under our CSP (no 'unsafe-eval') the probe throws, zod swallows it, but the browser
// still raises a securitypolicyviolation on every page. Jitless parsing skips the probe; our
// answers are small, so the speed-up would go unnoticed anyway. Imported first by main.tsx.
import { z } from 'zod';

z.config({ jitless: true });
