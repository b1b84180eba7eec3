import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

// A feature folder that did not exist when the rules were written: the zones come from the folders.
const folder = 'src/features/zz-lint-probe';
const file = `${folder}/probe.ts`;

describe('import zones', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('refuse a new feature folder importing other features or the app', async () => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      file,
      [
        "import { WizardPage } from '../wizard/components/WizardPage';",
        "import { ArticlePage } from '../../features/article/components/ArticlePage';",
        "import { AppRoutes } from '../../app/App';",
        "import { articlePath } from '../../domain/routes';",
        'export const used = [WizardPage, ArticlePage, AppRoutes, articlePath];',
        '',
      ].join('\n'),
    );
    const [result] = await new ESLint().lintFiles([file]);
    const refused = (result?.messages ?? [])
      .filter((message) => message.ruleId === 'no-restricted-imports')
      .map((message) => message.line);
    // The domain import on line 4 is allowed.
    expect(refused).toEqual([1, 2, 3]);
  });

  it('refuse shared code reaching into a feature', async () => {
    const results = await new ESLint().lintText(
      "import { WizardPage } from '../../features/wizard/components/WizardPage';\nexport const x = WizardPage;\n",
      {
        filePath: 'src/lib/probe.ts',
      },
    );
    expect(results[0]?.messages.map((message) => message.ruleId)).toContain('no-restricted-imports');
  });
});
