import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { load } from 'js-yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface Workflow {
  jobs: Record<string, { steps: Step[] }>;
}

const read = (path: string): string => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const steps = (file: string): Step[] => Object.values((load(read(`.github/workflows/${file}`)) as Workflow).jobs).flatMap((job) => job.steps);
const runs = (file: string): string[] => steps(file).flatMap((step) => (step.run ? [step.run.trim()] : []));
const test = steps('test.yml');
const deploy = steps('deploy.yml');

describe('GitHub Actions workflows', () => {
  it('run the README’s commands: the test workflow and .ci/run `npm test`, the deploy `npm run build`', () => {
    const readme = read('README.md');
    assert.ok(readme.includes('npm install && npm run build') && readme.includes('npm test'));
    assert.deepEqual(runs('test.yml'), ['npm install --no-audit --no-fund', 'npm test']);
    assert.match(read('.ci/run'), /\nnpm install --no-audit --no-fund\nnpm test\n$/);
    assert.deepEqual(runs('deploy.yml'), ['npm install --no-audit --no-fund', 'npm run build']);
  });

  it('never run `npm ci`, which refuses a lock written without every platform’s build of Astro’s compiler', () => {
    const ciCommands = read('.ci/run').split('\n').filter((line) => !line.trimStart().startsWith('#'));
    for (const command of [...runs('test.yml'), ...runs('deploy.yml'), ...ciCommands]) assert.doesNotMatch(command, /\bnpm ci\b/);
  });

  it('run the Node line the repo pins in .nvmrc', () => {
    for (const workflow of [test, deploy]) {
      const setup = workflow.filter((step) => step.uses?.startsWith('actions/setup-node@'));
      assert.equal(setup.length, 1);
      assert.equal(setup[0]!.with?.['node-version-file'], '.nvmrc');
    }
  });

  it('name each action by a released major version, never a branch', () => {
    for (const step of [...test, ...deploy]) if (step.uses) assert.match(step.uses, /^[\w-]+\/[\w-]+@v\d+$/, step.uses);
  });

  it('publish the folder the build writes', () => {
    const upload = deploy.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    assert.equal(upload?.with?.['path'], 'dist');
  });
});
