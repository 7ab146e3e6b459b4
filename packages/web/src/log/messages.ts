/** English strings of the audit log screen. Spread into `i18n/en.ts`. */
export const logEn = {
  'rail.log': 'Audit log',
  'log.help': 'Every change to the analysis, newest first: who made it, when, and what it touched. Undo and Redo above walk back and forth through it, one step at a time (a line marks where a step begins).',
  'log.when': 'When',
  'log.who': 'Who',
  'log.what': 'What',
  'log.entity': 'Changed',
  'log.empty': 'Nothing has changed yet. Codes, codings, themes and memos appear here as you make them.',
  'log.newer': 'Newer',
  'log.older': 'Older',
  'log.page': 'Events {from}–{to}',
} as const;

/** Bokmål strings of the audit log screen. */
export const logNb: Record<keyof typeof logEn, string> = {
  'rail.log': 'Endringslogg',
  'log.help': 'Alle endringer i analysen, nyeste først: hvem som gjorde dem, når, og hva de gjaldt. Angre og Gjør om øverst går fram og tilbake i loggen, ett steg om gangen (en strek viser hvor et steg begynner).',
  'log.when': 'Når',
  'log.who': 'Hvem',
  'log.what': 'Hva',
  'log.entity': 'Endret',
  'log.empty': 'Ingenting er endret ennå. Koder, kodinger, temaer og notater dukker opp her etter hvert som du lager dem.',
  'log.newer': 'Nyere',
  'log.older': 'Eldre',
  'log.page': 'Hendelser {from}–{to}',
};
