import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const registryPackage = fileURLToPath(new URL('../../apps/registry/package.json', import.meta.url));

// Run by another Node process: opens the database, takes SQLite's exclusive lock, says so, holds it, commits.
const holder = `
const Database = require('module').createRequire(process.argv[1])('better-sqlite3');
const db = new Database(process.argv[2]);
db.exec('BEGIN EXCLUSIVE');
console.log('locked');
setTimeout(() => { db.exec('COMMIT'); db.close(); }, Number(process.argv[3]));
`;

/**
 * Another process (a backup tool, a second registry by mistake) holding SQLite's exclusive lock on `file` for
 * `ms`: resolves once the lock is taken, with the promise of its release.
 */
export function holdSqliteLock(file: string, ms: number): Promise<{ released: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', holder, registryPackage, file, String(ms)]);
    let output = '';
    const released = new Promise<void>((done, fail) =>
      child.on('exit', (code) =>
        code === 0 ? done() : fail(new Error(`the lock holder exited ${code}: ${output}`)),
      ),
    );
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve({ released });
    });
    child.on('error', reject);
    released.catch(reject);
  });
}
