import { z } from "zod";

// zod compiles object schemas with `new Function` when it may, and decides when a schema is
// created: at import time of core. Its probe for eval is reported as a violation of the demo's CSP
// (no 'unsafe-eval') even though the throw is caught. Imported first by main.tsx and the import
// worker, so that every schema is interpreted; fast enough for documents of this size.
z.config({ jitless: true });
