/** English strings of the search screen beyond the basics in `i18n/en.ts`. */
export const searchEn = {
  'search.page': 'Hits {from}–{to} of {total}',
  'search.prev': 'Previous',
  'search.next': 'Next',
  'search.open': 'Open {source} at this place',
  'search.empty': 'Search every transcript at once: words find their other forms too (work, working), “quotes” find a phrase, and work* finds words that start with it.',
  'search.codeAll': 'Code all hits',
  'search.codeAllHelp': 'Give every hit of this search the same code, in one step that one undo takes back.',
  'search.chooseCode': 'Code',
  'search.pickCode': 'Choose a code…',
  'search.preview': 'Preview',
  'search.previewSummary': '{matches} places in {sources} sources will get the code “{code}”:',
  'search.previewSource': '{name}: {n}',
  'search.confirm': 'Code {matches} places',
  'search.cancel': 'Cancel',
  'search.codedAll': 'Coded {coded} places as “{code}” ({existing} had it already). Undo takes it all back.',
  'search.noCodes': 'There are no codes yet. Create one on the Code screen first.',
} as const;

/** Bokmål strings of the search screen. */
export const searchNb: Record<keyof typeof searchEn, string> = {
  'search.page': 'Treff {from}–{to} av {total}',
  'search.prev': 'Forrige',
  'search.next': 'Neste',
  'search.open': 'Åpne {source} på dette stedet',
  'search.empty': 'Søk i alle transkripsjonene samtidig: ord finner også andre bøyningsformer (jobb, jobben), «anførselstegn» finner en frase, og jobb* finner ord som begynner slik.',
  'search.codeAll': 'Kod alle treff',
  'search.codeAllHelp': 'Gi alle treffene i dette søket samme kode, i ett steg som én angring tar tilbake.',
  'search.chooseCode': 'Kode',
  'search.pickCode': 'Velg en kode …',
  'search.preview': 'Forhåndsvis',
  'search.previewSummary': '{matches} steder i {sources} kilder får koden «{code}»:',
  'search.previewSource': '{name}: {n}',
  'search.confirm': 'Kod {matches} steder',
  'search.cancel': 'Avbryt',
  'search.codedAll': 'Kodet {coded} steder som «{code}» ({existing} hadde den fra før). Angre tar alt tilbake.',
  'search.noCodes': 'Det finnes ingen koder ennå. Lag en i Kode-fasen først.',
};
