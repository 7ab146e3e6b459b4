/**
 * The words of "Table 1" in each language, and the one way its evidence is written. The screen
 * passes its UI language; the reports, the CSV and the CLI write English.
 */
export type TableLanguage = 'en' | 'nb';

/** What Table 1 says besides the names of themes and perspectives. */
export interface TableWords {
  caption: string;
  mainTheme: string;
  subtheme: string;
  /** Opens the table's note that lists the cross-cutting themes. */
  crossCutting: string;
  segments(n: number): string;
  /** `k of N participants`: the noun follows N, as in "1 of 6 participants". */
  participantsOf(k: number, n: number): string;
}

const WORDS: Record<TableLanguage, TableWords> = {
  en: {
    caption: 'Table 1. Main themes and subthemes by perspective',
    mainTheme: 'Main theme',
    subtheme: 'Subtheme',
    crossCutting: 'Cross-cutting themes (see the triangulation)',
    segments: (n) => `${n} segment${n === 1 ? '' : 's'}`,
    participantsOf: (k, n) => `${k} of ${n} participant${n === 1 ? '' : 's'}`,
  },
  nb: {
    caption: 'Tabell 1. Hovedtemaer og undertemaer per perspektiv',
    mainTheme: 'Hovedtema',
    subtheme: 'Undertema',
    crossCutting: 'Tverrgående temaer (se trianguleringen)',
    // "utdrag" is the same word in the singular and the plural (ett utdrag, tolv utdrag).
    segments: (n) => `${n} utdrag`,
    participantsOf: (k, n) => `${k} av ${n} deltaker${n === 1 ? '' : 'e'}`,
  },
};

/** The words of Table 1 in a language. */
export function tableWords(language: TableLanguage): TableWords {
  return WORDS[language];
}

/**
 * THE evidence text of a theme, everywhere it is shown: `12 segments, 5 of 6 participants`
 * ("12 utdrag, 5 av 6 deltakere"), with the singular where English or bokmål wants it.
 */
export function evidenceText(segments: number, participants: number, of: number, language: TableLanguage = 'en'): string {
  const w = WORDS[language];
  return `${w.segments(segments)}, ${w.participantsOf(participants, of)}`;
}
