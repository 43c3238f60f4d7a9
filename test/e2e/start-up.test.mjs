// `npm start` says what it does: each build step as it starts (or that it is up to date and skipped),
// then the server's URL with the time the whole start took.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUpToDate } from '../../scripts/up-to-date.mjs';

describe('npm start', { timeout: 120_000 }, () => {
  it('counts a build up to date only while every output is newer than every input', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'invite-start-'));
    try {
      const input = join(dir, 'src', 'a.ts');
      const output = join(dir, 'out.js');
      await writeFile(join(dir, 'package.json'), '{}');
      await import('node:fs/promises').then((fs) => fs.mkdir(join(dir, 'src')));
      await writeFile(input, 'a');
      assert.equal(isUpToDate([join(dir, 'src'), join(dir, 'package.json')], [output]), false, 'no output yet');
      await writeFile(output, 'built');
      const later = new Date(Date.now() + 60_000);
      await utimes(output, later, later);
      assert.equal(isUpToDate([join(dir, 'src'), join(dir, 'package.json')], [output]), true);
      const evenLater = new Date(Date.now() + 120_000);
      await utimes(input, evenLater, evenLater);
      assert.equal(isUpToDate([join(dir, 'src'), join(dir, 'package.json')], [output]), false, 'a file changed under src/');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('after a build, skips what is up to date and says so, then prints its URL and how long it took', async () => {
    // npm test built dist/ and the demo apps before the end-to-end tests.
    const dir = await mkdtemp(join(tmpdir(), 'invite-start-'));
    const child = spawn('node', ['scripts/start.mjs'], {
      env: { ...process.env, PORT: '0', INVITE_DB: join(dir, 'demo.db') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    try {
      await new Promise((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          output += chunk;
          if (/Listening on .*\(ready in [\d.]+ s\)/.test(output)) resolve(undefined);
        });
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('exit', (code) => reject(new Error(`npm start ended (${code}) before it served:\n${output}`)));
      });
    } finally {
      // npm start passes the signal on to the server, and ends when it has closed.
      const ended = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      assert.equal(await ended, 0, 'npm start ends cleanly on SIGTERM');
      await rm(dir, { recursive: true, force: true });
    }
    const lines = output.split('\n');
    assert.ok(lines.includes('✓ The widget into dist/: up to date, not rebuilt.'), output);
    assert.ok(lines.includes('✓ The React and Vue demo apps into .data/demo-apps/: up to date, not rebuilt.'), output);
    assert.ok(lines.includes('▶ Starting the server (an empty database is seeded first)…'), output);
    assert.match(output, /Empty database: seeding the demo data through the API…\nSeeded 9 users and 40 invitations in [\d.]+ s\./);
  });
});
