import type { CopyRecord, WithdrawResult } from '@polyphony/store';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A path or argument as a shell would need it typed. */
export function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The command that finishes a pending purge. */
export function purgeCommand(file: string, participant: string): string {
  return `polyphony withdraw ${shellWord(file)} ${shellWord(participant)} --purge`;
}

function copyLine(c: CopyRecord): string {
  const where = c.path ?? (c.via === 'server' ? 'downloaded from the workbench (saved wherever the browser put it)' : 'path unknown');
  return `  ${c.at.slice(0, 16).replace('T', ' ')}  ${c.kind} (${c.format})  ${where}`;
}

/**
 * The plain-language account of a withdrawal: what was removed, what was redacted where, which
 * earlier copies still hold the words, and — when the purge is `pending` (its message) — what to do next.
 */
export function withdrawalSummary(r: WithdrawResult, file: string, pending?: string): string {
  const id = r.participant;
  const lines: string[] = [];
  if (r.alreadyWithdrawn) lines.push(`${id} had already withdrawn (${r.withdrawnAt.slice(0, 10)}); nothing more of theirs was found to remove.`);
  else {
    lines.push(`${id} withdrawn.`);
    lines.push(`Removed: ${plural(r.sources, 'source')}, ${plural(r.turns, 'turn')}, ${plural(r.segments, 'coded segment')}, ${plural(r.codings, 'coding')}, ${plural(r.memos, 'memo')} on their words.`);
  }
  if (r.attributes.length > 0) lines.push(`Attributes cleared: ${r.attributes.join(', ')} (the pseudonym, perspective and case stay, so the audit trail still reads).`);
  if (r.redacted.length > 0) {
    lines.push(`Their words were quoted in ${plural(r.redacted.length, 'text')}, now [withdrawn] there:`);
    for (const x of r.redacted) lines.push(`  ${x.label} (${x.fields.join(', ')}): ${plural(x.passages, 'passage')}`);
  }
  if (r.events > 0) lines.push(`The audit log's copies of these rows were redacted too (${plural(r.events, 'event')}).`);
  if (r.copies.length > 0) {
    lines.push(`These copies were written before the withdrawal and still hold ${id}'s words:`);
    for (const c of r.copies) lines.push(copyLine(c));
    lines.push(`Delete them, or withdraw ${id} in them too.`);
  }
  if (pending === undefined) {
    lines.push(`${file} is purged and checked: no old copy of ${id}'s words remains in it or beside it.`);
  } else {
    lines.push('', `NOT FINISHED: ${pending}.`, 'When that is done, run (it finishes the purge and checks the file again):', `  ${purgeCommand(file, id)}`);
  }
  return lines.join('\n');
}
