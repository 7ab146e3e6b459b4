import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject, type Project } from '../src/index.js';
import { fileState, legacyProject } from './file-state.js';
import { seededProject, tempFile } from './fixtures.js';
import { sealablePlace, sealFile, sealing } from './mounts.js';

/** Reads work on a read-only project, every change is refused with `read_only`, nothing is written. */
async function expectReadOnly(file: string): Promise<void> {
  const before = fileState(file);
  const p = await openProject(file);
  try {
    expect(p.readOnly).toBe(true);
    expect((await p.info()).counts.sources).toBe(2);
    expect((await p.search('mornings')).total).toBeGreaterThan(0);
    expect((await p.analysisData()).codings.segment).toHaveLength(1);
    const error = await p.createCode({ name: 'new' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'read_only' });
    expect((error as Error).message).toContain(file);
    await expect(p.undo()).rejects.toMatchObject({ code: 'read_only' });
  } finally {
    await p.close();
  }
  expect(fileState(file)).toEqual(before);
}

async function seededAndCoded(file: string): Promise<void> {
  const p: Project = await seededProject(file);
  await p.code({ source: 'J1', code: (await p.createCode({ name: 'Mornings' })).id, quote: 'Mornings are hard' });
  await p.close();
}

const sealed = sealing();
const reason = 'reason' in sealed ? sealed.reason : '';
if (reason) console.warn(`read-only folder test SKIPPED: ${reason}`);

describe('a project that cannot be written', () => {
  (reason ? it.skip : it)(`in a read-only folder (${'how' in sealed ? sealed.how : `skipped: ${reason}`}) opens for reading only`, async () => {
    const place = sealablePlace();
    try {
      const file = join(place.dir, 'archived.polyphony');
      await seededAndCoded(file);
      place.seal();
      await expectReadOnly(file);
    } finally {
      place.unseal();
      place.remove();
    }
  });

  it('as a read-only file in a writable folder opens for reading only, leaving nothing beside it', async () => {
    const file = tempFile('finished.polyphony');
    await seededAndCoded(file);
    const undo = sealFile(file);
    if (typeof undo !== 'function') {
      console.warn(`read-only file test SKIPPED: ${undo.reason}`);
      return;
    }
    try {
      await expectReadOnly(file);
    } finally {
      undo();
    }
  });

  it('of an older schema is read through a migrated copy in memory, the file untouched', async () => {
    const file = tempFile('old.polyphony');
    await legacyProject(file, '001-initial');
    const undo = sealFile(file);
    if (typeof undo !== 'function') return;
    try {
      const before = fileState(file);
      const p = await openProject(file);
      expect(p.readOnly).toBe(true);
      expect((await p.getCode('Old code')).color).toBe('#112233');
      expect(await p.listSources()).toEqual([]);
      await p.close();
      expect(fileState(file)).toEqual(before);
    } finally {
      undo();
    }
  });
});
