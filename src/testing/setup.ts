// Vitest setup: a real IndexedDB implementation in memory and Testing Library's DOM matchers.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazy pages and locale chunks load on first use; on a busy two-core machine that can pass 1 s.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
