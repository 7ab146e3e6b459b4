import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openProject, type Project } from '../src/index.js';
import { mountTmpfs, whyNoTmpfs } from './mounts.js';

/** Writes zeros to `file` until the disk says ENOSPC. */
function fillDisk(file: string): void {
  const fd = openSync(file, 'w');
  const block = Buffer.alloc(64 * 1024);
  try {
    for (;;) writeSync(fd, block);
  } catch (e) {
    if ((e as { code?: string }).code !== 'ENOSPC') throw e;
  } finally {
    closeSync(fd);
  }
}

const reason = whyNoTmpfs();
if (reason) console.warn(`full-disk test SKIPPED: ${reason}`);

describe('a full disk', () => {
  (reason ? it.skip : it)(`gives disk_full, keeps what was saved, and works again once space is freed${reason ? ` (skipped: ${reason})` : ''}`, async () => {
    const disk = mountTmpfs('4m');
    let p: Project | undefined;
    try {
      const file = join(disk.dir, 'full.polyphony');
      p = await openProject(file, { create: true });
      await p.createCode({ name: 'saved before' });
      const filler = join(disk.dir, 'filler');
      fillDisk(filler);
      // About 300 KB: the WAL has to grow for it, and there is no room.
      const long = (n: number) => `memo ${n} ${'words of a long reflexive journal entry '.repeat(8000)}`;
      const error = await p.addMemo({ targetKind: 'project', text: long(1) }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'disk_full' });
      expect((error as Error).message).toContain(file);
      await expect(p.createCode({ name: 'while full' })).rejects.toMatchObject({ code: 'disk_full' });
      expect((await p.listCodes()).map((c) => c.name)).toEqual(['saved before']);
      expect(await p.listMemos()).toEqual([]);

      rmSync(filler);
      await p.addMemo({ targetKind: 'project', text: long(2) });
      await p.createCode({ name: 'saved after' });
      await p.close();

      const again = await openProject(file);
      expect((await again.listCodes()).map((c) => c.name)).toEqual(['saved after', 'saved before']);
      expect((await again.listMemos()).map((m) => m.text.slice(0, 7))).toEqual(['memo 2 ']);
      await again.close();
      const raw = new Database(file);
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      raw.close();
    } finally {
      await p?.close().catch(() => undefined);
      disk.remove();
    }
  });
});
