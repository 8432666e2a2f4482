import { execFile } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { copyOfMinimal, editJson, MINIMAL_DATASET, removeCopies, writeText } from './fixture-dataset.ts';

afterEach(removeCopies);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a maintainer command as `npm run` would, from the repository root. */
function run(script: string, dir: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', script, dir], { timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('npm run data:check', () => {
  it('prints nothing but the summary and exits 0 for a valid dataset', async () => {
    const result = await run('scripts/data-check.ts', MINIMAL_DATASET);
    expect(result.stdout).toBe(
      '2 sources, 4 entities, 8 aliases, 5 accounts, 1 question (0 with only one position represented, 0 with a position carried only by sources that dispute it); no problems\n',
    );
    expect(result.code).toBe(0);
  }, 60_000);

  it('prints one line per problem, then the summary, and exits 1 for a broken dataset', async () => {
    const dir = copyOfMinimal();
    editJson(dir, 'accounts/src-a.json', (accounts) => {
      accounts[1].quote = 'He resigned after the audit found no irregularities.';
    });
    writeText(dir, 'entities/luis-arce.json', '{\n  "id": "luis-ar');

    const result = await run('scripts/data-check.ts', dir);

    expect(result.stdout.split('\n')).toEqual([
      `${dir}/accounts/src-a.json: [1].quote: quote not found verbatim in ${dir}/sources/src-a.txt`,
      `${dir}/entities/luis-arce.json: invalid JSON: the file ends too early (truncated?) at line 2, column 17`,
      '2 sources, 3 entities, 6 aliases, 5 accounts, 1 question (0 with only one position represented, 0 with a position carried only by sources that dispute it); 2 problems',
      '',
    ]);
    expect(result.code).toBe(1);
  }, 60_000);
});

describe('npm run data:check notes', () => {
  it('prints the computed notes on questions as note lines, and still exits 0', async () => {
    const dir = copyOfMinimal();
    editJson(dir, 'accounts/src-a.json', (accounts) => {
      accounts[1].stance = 'disputes';
    });

    const result = await run('scripts/data-check.ts', dir);

    expect(result.stdout.split('\n')).toEqual([
      `${dir}/questions/departure-2019.json: positions[1]: note: "resignation" is carried only by sources that dispute it (src-a), and the popover says so`,
      '2 sources, 4 entities, 8 aliases, 5 accounts, 1 question (0 with only one position represented, 1 with a position carried only by sources that dispute it); no problems',
      '',
    ]);
    expect(result.code).toBe(0);
  }, 60_000);
});

describe('npm run data:review', () => {
  it('prints each question with its notes and every position with accounts, outlets, voices and stances', async () => {
    const dir = copyOfMinimal();
    editJson(dir, 'accounts/src-a.json', (accounts) => {
      accounts[1].stance = 'disputes';
    });

    const result = await run('scripts/data-review.ts', dir);

    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toContain('framing of 1 question\n');
    expect(out).toContain('## departure-2019:');
    // The Spanish a reviewer signs off beside the English.
    expect(out).toContain(
      '   es: ¿Cómo debería describirse el fin de la presidencia de Evo Morales en noviembre de 2019?',
    );
    expect(out).toContain('      es: "Describe una renuncia"');
    expect(out).toContain('notes: "resignation" is carried only by sources that dispute it');
    expect(out).toMatch(
      /coup +src-a-supporters-coup +Example Herald +supporters of Evo Morales +quote +neutral/,
    );
    expect(out).toMatch(/ +src-b-mas-forced +Diario Ejemplo +MAS-IPSP +paraphrase +neutral/);
    expect(out).toMatch(/resignation +src-a-opposition-resigned +Example Herald .* +quote +disputes/);
    expect(out).toContain(
      '1 question: 0 with only one position, 1 with a position carried only by sources that dispute it.',
    );
  }, 60_000);
});

describe('npm run data:format', () => {
  it('rewrites non-canonical files and exits 0', async () => {
    const dir = copyOfMinimal();
    writeText(dir, 'dataset.json', '{"version":"1.0.0"}');

    const result = await run('scripts/data-format.ts', dir);

    expect(result.stdout).toBe(`formatted ${dir}/dataset.json\n`);
    expect(result.code).toBe(0);
  }, 60_000);

  it('refuses a file that does not parse, naming it, and exits 1', async () => {
    const dir = copyOfMinimal();
    writeText(dir, 'questions/departure-2019.json', '{\n');

    const result = await run('scripts/data-format.ts', dir);

    expect(result.stderr).toContain(
      `${dir}/questions/departure-2019.json: invalid JSON: the file ends too early (truncated?) at line 2, column 1: not formatted, fix it by hand\n`,
    );
    expect(result.code).toBe(1);
  }, 60_000);
});
