// The import direction of STYLE.md is enforced by Biome (biome.json, written by make-biome-config.py).
// These cases lint small files placed at real project paths in a scratch copy of the configuration.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const cases: Record<string, { source: string; allowed: boolean }> = {
  'src/features/learn/uses-progress.ts': {
    source:
      "import { useProgressSummary } from '@/features/progress/data/get-progress-summary';\n\nexport const a = useProgressSummary;\n",
    allowed: false,
  },
  'src/features/learn/uses-app.ts': {
    source: "import { Layout } from '@/app/layout';\n\nexport const a = Layout;\n",
    allowed: false,
  },
  'src/sync/uses-react.ts': {
    source: "import { useState } from 'react';\n\nexport const a = useState;\n",
    allowed: false,
  },
  'src/sync/uses-ui.ts': {
    source: "import { Notice } from '@/ui/notice';\n\nexport const a = Notice;\n",
    allowed: false,
  },
  'src/db/uses-feature.ts': {
    source: "import { staffPin } from '@/features/workshops/data/staff-pin';\n\nexport const a = staffPin;\n",
    allowed: false,
  },
  'src/features/learn/uses-dexie.ts': {
    source: "import { Dexie } from 'dexie';\n\nexport const a = Dexie;\n",
    allowed: false,
  },
  'src/features/learn/uses-parent.ts': {
    source: "import { HomePage } from '../learn/home-page';\n\nexport const a = HomePage;\n",
    allowed: false,
  },
  'src/features/learn/data/uses-db.ts': {
    source:
      "import { liveQuery } from 'dexie';\nimport { getDatabase } from '@/db/database';\n\nexport const a = [liveQuery, getDatabase];\n",
    allowed: true,
  },
  'src/sync/uses-db.ts': {
    source: "import type { KrokDatabase } from '@/db/database';\n\nexport type A = KrokDatabase;\n",
    allowed: true,
  },
  'src/app/uses-feature.ts': {
    source: "import { HomePage } from '@/features/learn/home-page';\n\nexport const a = HomePage;\n",
    allowed: true,
  },
};

let scratch = '';
let failing = new Set<string>();

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'import-rules-'));
  copyFileSync(join(root, 'biome.json'), join(scratch, 'biome.json'));
  for (const [path, { source }] of Object.entries(cases)) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), source);
  }
  const biome = join(root, 'node_modules', '.bin', 'biome');
  const run = spawnSync(biome, ['lint', '--vcs-enabled=false', '--reporter=json', '.'], {
    cwd: scratch,
    encoding: 'utf8',
  });
  const report = JSON.parse(run.stdout) as {
    diagnostics: { category: string; location: { path: string } }[];
  };
  failing = new Set(
    report.diagnostics
      .filter((diagnostic) => diagnostic.category === 'lint/style/noRestrictedImports')
      .map((diagnostic) => diagnostic.location.path),
  );
}, 30_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('import rules', () => {
  for (const [path, { allowed }] of Object.entries(cases)) {
    it(`${allowed ? 'allows' : 'refuses'} ${path}`, () => {
      expect(failing.has(path)).toBe(!allowed);
    });
  }
});
