import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A file system with no room left, made real: `fill` writes a file into `dir` until the disk answers ENOSPC (first in
 * megabytes, then in pages, so not even a page is left), `free` deletes it.
 */
export function fillDisk(dir: string): { fill(): void; free(): void } {
  const file = join(dir, 'disk-filler');
  return {
    fill() {
      const fd = openSync(file, 'w');
      try {
        for (const size of [1 << 20, 4096, 1]) {
          const chunk = Buffer.alloc(size);
          for (;;) {
            try {
              writeSync(fd, chunk);
            } catch (error) {
              if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
              break;
            }
          }
        }
      } finally {
        closeSync(fd);
      }
    },
    free: () => rmSync(file, { force: true }),
  };
}
