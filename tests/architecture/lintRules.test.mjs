// The import rules of BRIEF.md's layout live in ESLint (.eslintrc.js) and nowhere else; this proves they fire, so a
// loosened config cannot pass `npm test` unnoticed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// With CI=true typescript-eslint assumes one lint run over the files on disk (inferSingleRun) and lints those,
// not the text given here: say this is not that run.
process.env.TSESTREE_SINGLE_RUN = 'false';
const { ESLint } = await import('eslint');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it were the file at `file` (which must exist, for the type-aware parser). */
async function restrictedImports(file, code) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

test('keeps src/domain pure: relative imports and the date libraries only', async () => {
  const code = [
    "import './crn';",
    "import 'date-fns';",
    "import '@date-fns/tz';",
    "import 'date-holidays';",
    "import 'react';",
    "import '@pnp/sp/webs';",
    "import '@fluentui/react/lib/Button';",
    "import 'fs';"
  ].join('\n');
  const messages = await restrictedImports('src/domain/crn.ts', code);
  assert.deepEqual(
    messages.map((m) => m.split("'")[1]),
    ['react', '@pnp/sp/webs', '@fluentui/react/lib/Button', 'fs']
  );
});

test('keeps @microsoft/sp-* out of components and data code', async () => {
  const code = "import { Log } from '@microsoft/sp-core-library';\nexport const log = Log;\n";
  assert.equal((await restrictedImports('src/data/requestKey.ts', code)).length, 1);
  assert.equal((await restrictedImports('src/shared/components/SiteGate/SiteGate.tsx', code)).length, 1);
});

test('never imports Fluent UI from its root or PnPjs presets', async () => {
  const code =
    "import { PrimaryButton } from '@fluentui/react';\nimport { spfi } from '@pnp/sp/presets/all';\nexport { PrimaryButton, spfi };\n";
  assert.equal((await restrictedImports('src/shared/spfx/createSpfxServices.ts', code)).length, 2);
});
