// Imported first by every module that builds zod schemas: no `new Function` fast paths, because the
// Content-Security-Policy forbids eval (DESIGN.md, Security) and zod would otherwise probe for it.
import { z } from 'zod';

z.config({ jitless: true });
