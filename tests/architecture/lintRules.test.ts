// The import rules of BRIEF.md's layout live in ESLint (.eslintrc.js) and nowhere else; this proves they fire, so a
// loosened config cannot pass `npm test` unnoticed.
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it were the file at `file` (which must exist, for the type-aware parser). */
async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import rules', () => {
  it('keeps src/domain pure: relative imports and the date libraries only', async () => {
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
    expect(messages.map((m) => m.split("'")[1])).toEqual(['react', '@pnp/sp/webs', '@fluentui/react/lib/Button', 'fs']);
  });

  it('keeps @microsoft/sp-* out of components and data code', async () => {
    const code = "import { Log } from '@microsoft/sp-core-library';\nexport const log = Log;\n";
    expect(await restrictedImports('src/data/requestKey.ts', code)).toHaveLength(1);
    expect(await restrictedImports('src/shared/components/SiteGate/SiteGate.tsx', code)).toHaveLength(1);
  });

  it('never imports Fluent UI from its root or PnPjs presets', async () => {
    const code =
      "import { PrimaryButton } from '@fluentui/react';\nimport { spfi } from '@pnp/sp/presets/all';\nexport { PrimaryButton, spfi };\n";
    expect(await restrictedImports('src/shared/spfx/createSpfxServices.ts', code)).toHaveLength(2);
  });
});
