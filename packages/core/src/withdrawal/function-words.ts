/**
 * Words that carry no content on their own in English and Norwegian (bokmål) speech: articles,
 * pronouns, auxiliaries, prepositions, conjunctions, fillers and the few verbs of everyday talk
 * ("know", "think", "mean", "vet", "tror"). A run of a participant's words counts as a quote only
 * if it holds content words too, so that "I don't know what to do" in a memo is never taken for
 * anyone's words. Keys are in {@link QuoteWord}'s form: lower case, apostrophes dropped.
 */
const ENGLISH =
  'a an the and or but so if then than that this these those there here it its i me my mine myself ' +
  'you your yours yourself he him his himself she her hers herself we us our ours they them their theirs ' +
  'what which who whom whose when where why how is am are was were be been being have has had having ' +
  'do does did doing done will would shall should can could may might must not no yes yeah yep ok okay ' +
  'oh um uh er erm mm mhm hmm ah well like just really very quite too also of in on at to for from with ' +
  'without by about as into onto out up down over under again all any some each every both more most ' +
  'much many other such only own same now kind sort thing things know think mean get got go going went ' +
  'say said one dont doesnt didnt im ive id youre youve hes shes theyre thats theres whats cant couldnt ' +
  'wont wouldnt isnt arent wasnt werent havent hasnt hadnt lets gonna wanna sure right actually maybe ' +
  'because cause though still even ever never always something anything nothing everything';

const NORWEGIAN =
  'og i jeg det at en et ei den til er som på de med han av ikke der så var meg seg men har om vi min ' +
  'mitt mine ha hadde hun nå over da ved fra du ut sin sitt sine dem oss opp man kan kunne skal skulle ' +
  'vil ville må måtte bli blir ble blitt være vært noe noen ingen ingenting alt alle hva hvem hvor ' +
  'hvordan hvorfor når hvis fordi eller enn bare også veldig litt mye mer mest jo vel ja nei nok altså ' +
  'liksom sånn slik her dette disse denne dere deg din ditt dine hans hennes deres vår vårt våre etter ' +
  'før under mellom gjennom uten mot hos inn ned igjen kanskje egentlig vet tror mener sier sa si får ' +
  'fikk gjør gjorde går gikk ting mhm hm eh';

const FUNCTION_WORDS: ReadonlySet<string> = new Set(`${ENGLISH} ${NORWEGIAN}`.split(' '));

/** Whether a word key carries content (is not a function word of English or Norwegian). */
export function isContentWord(key: string): boolean {
  return !FUNCTION_WORDS.has(key);
}
