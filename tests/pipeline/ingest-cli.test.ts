// scripts/ingest.ts and scripts/build-site.ts as npm runs them (child Node
// processes): an impossible build date stops before anything is read or written.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../../src/pipeline/index.ts';

describe('npm run data --build-date', () => {
  it.each(['2026-02-30', '2026-13-01', '30/11/2026'])('finding 8.6: refuses %s with exit 2 and says why', (date) => {
    const out = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
    try {
      const run = spawnSync(process.execPath, ['scripts/ingest.ts', '--data', 'tests/fixtures/e2e/data', '--out', join(out, 'data'), '--build-date', date], { encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr.trim()).toBe(`build date (--build-date or BUILD_DATE) must be a calendar date as YYYY-MM-DD, got "${date}"`);
      expect(existsSync(join(out, 'data'))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('the build date of a stage', () => {
  it('finding 8.6: runIngest refuses 2026-02-30', async () => {
    await expect(runIngest({ dataDir: 'tests/fixtures/e2e/data', outDir: join(tmpdir(), 'never-written'), buildDate: '2026-02-30' })).rejects.toThrow('build date must be a calendar date as YYYY-MM-DD: 2026-02-30');
  });
  it('finding 8.6: npm run build refuses --build-date 2026-02-30 with exit 2', () => {
    const run = spawnSync(process.execPath, ['scripts/build-site.ts', '--build-date', '2026-02-30', '--data-only'], { encoding: 'utf8', env: { ...process.env, SITE_DATA_OUT: join(tmpdir(), 'never-written-site') } });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('build date (--build-date or BUILD_DATE) must be a calendar date as YYYY-MM-DD, got "2026-02-30"');
  });
});
