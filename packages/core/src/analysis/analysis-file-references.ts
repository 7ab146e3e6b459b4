import type { AnalysisFile, AnalysisFileProblem } from './analysis-file.js';

/** For each list of an analysis file, the label of each item as placed in the input (`codes[3] ("X")`). */
export type AnalysisFileLabels = Record<'perspectives' | 'codes' | 'codings' | 'themes' | 'triangulation', string[]>;

/**
 * Checks the references *within* an analysis file whose items already have the right shape:
 * duplicates, unknown codes, perspectives and themes, parents that are not main themes of the same
 * perspective, code parent cycles, exemplars that no coding quotes. Returns every problem found.
 */
export function checkAnalysisReferences(file: AnalysisFile, labels: AnalysisFileLabels): AnalysisFileProblem[] {
  const problems: AnalysisFileProblem[] = [];
  const report = (item: string | undefined, message: string): void => {
    problems.push({ item: item ?? '?', message });
  };
  /** Reports the second and later items with the same key, pointing at the first. */
  const duplicates = <T>(items: T[], itemLabels: string[], key: (t: T) => string, what: string): void => {
    const first = new Map<string, number>();
    items.forEach((t, i) => {
      const k = key(t);
      const at = first.get(k);
      if (at === undefined) first.set(k, i);
      else report(itemLabels[i], `duplicate ${what} (first at ${itemLabels[at]?.split(' ')[0] ?? '?'})`);
    });
  };

  const perspectives = new Set(file.perspectives.map((p) => p.id));
  const codes = new Map(file.codes.map((c) => [c.name, c]));
  duplicates(file.perspectives, labels.perspectives, (p) => p.id, 'perspective id');
  duplicates(file.codes, labels.codes, (c) => c.name, 'code name');
  duplicates(file.codings, labels.codings, (c) => `${c.participant}\u0000${c.code}\u0000${c.quote}`, 'coding');
  duplicates(file.themes, labels.themes, (t) => `${t.perspective}\u0000${t.name}`, 'theme name in this perspective');
  duplicates(file.triangulation, labels.triangulation, (t) => t.name, 'triangulation name');

  // Walk up the parents: a cycle would make the code tree endless. The message names the first
  // code met twice: the code itself when it is in the circle, else where its chain enters it.
  // Each chain is walked once (`settled`: null when it ends at a root, else that name for the
  // code), so a file of a million codes in one chain costs a million steps, not a million squared.
  const settled = new Map<string, string | null>();
  file.codes.forEach((c, i) => {
    if (c.parent === undefined) return;
    if (!codes.has(c.parent)) return report(labels.codes[i], `unknown parent code "${c.parent}"`);
    let cycle = settled.get(c.name);
    if (cycle === undefined) {
      const path = [c.name];
      const onPath = new Set(path);
      cycle = null;
      for (let p = codes.get(c.parent); p !== undefined; p = p.parent === undefined ? undefined : codes.get(p.parent)) {
        const known = settled.get(p.name);
        if (known !== undefined) {
          cycle = known;
          break;
        }
        if (onPath.has(p.name)) {
          // The codes from p on are the circle: each is met twice first from itself.
          for (const name of path.slice(path.indexOf(p.name))) settled.set(name, name);
          cycle = p.name;
          break;
        }
        path.push(p.name);
        onPath.add(p.name);
      }
      for (const name of path) if (!settled.has(name)) settled.set(name, cycle);
      cycle = settled.get(c.name) ?? null;
    }
    if (cycle !== null) report(labels.codes[i], `parent codes form a cycle through "${cycle}"`);
  });

  file.codings.forEach((c, i) => {
    if (!codes.has(c.code)) report(labels.codings[i], `unknown code "${c.code}"`);
  });

  const quotes = new Set(file.codings.map((c) => c.quote));
  const mainThemes = new Set(file.themes.filter((t) => t.level === 'main').map((t) => `${t.perspective}\u0000${t.name}`));
  const themeNames = new Set(file.themes.map((t) => `${t.perspective}\u0000${t.name}`));
  file.themes.forEach((t, i) => {
    const item = labels.themes[i];
    if (!perspectives.has(t.perspective)) report(item, `unknown perspective "${t.perspective}"`);
    for (const c of t.codes) if (!codes.has(c)) report(item, `unknown code "${c}"`);
    if (t.level === 'main' && t.parent !== undefined) report(item, `a main theme has no parent (found "${t.parent}")`);
    if (t.level === 'sub' && t.parent === undefined) report(item, 'a subtheme needs a parent');
    if (t.level === 'sub' && t.parent !== undefined && !mainThemes.has(`${t.perspective}\u0000${t.parent}`)) {
      report(item, `parent "${t.parent}" is not a main theme of perspective ${t.perspective}`);
    }
    for (const q of t.exemplars ?? []) {
      if (!quotes.has(q)) report(item, `exemplar "${q.length > 40 ? `${q.slice(0, 39)}…` : q}" is not the quote of any coding`);
    }
  });

  file.triangulation.forEach((t, i) => {
    const item = labels.triangulation[i];
    for (const p of Object.keys(t.per_perspective)) if (!perspectives.has(p)) report(item, `unknown perspective "${p}" in per_perspective`);
    for (const [p, names] of Object.entries(t.draws_on ?? {})) {
      if (!perspectives.has(p)) report(item, `unknown perspective "${p}" in draws_on`);
      else for (const n of names) if (!themeNames.has(`${p}\u0000${n}`)) report(item, `draws on unknown theme "${n}" of perspective ${p}`);
    }
  });
  return problems;
}
