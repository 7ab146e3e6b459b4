/**
 * The participant whose interview a file is, read from its name: `J1.vtt`, `j1.txt`,
 * `J1 interview.docx`, `Intervju_J1.docx` → `J1`. An id counts only as a whole word (letters and
 * digits on neither side), so `J10.txt` is not J1's. Returns null when no id or more than one id
 * appears (`J1 og T1.txt` is a shared meeting, not one person's interview).
 */
export function participantFromFileName(fileName: string, participantIds: readonly string[]): string | null {
  const base = (fileName.split(/[/\\]/).pop() ?? fileName).replace(/\.[^.]*$/, '');
  const name = base.toLowerCase();
  const found = new Set<string>();
  for (const id of participantIds) {
    const needle = id.toLowerCase();
    if (needle.length === 0) continue;
    for (let at = name.indexOf(needle); at !== -1; at = name.indexOf(needle, at + 1)) {
      if (!isWordChar(name[at - 1]) && !isWordChar(name[at + needle.length])) {
        found.add(id);
        break;
      }
    }
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
