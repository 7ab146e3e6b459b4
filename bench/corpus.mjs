// Deterministic synthetic corpus for benchmarks: transcripts of alternating interviewer and
// participant turns, words drawn from a Zipf-like distribution over an English and Norwegian
// vocabulary, so that the FTS index sees realistic term frequencies.

const EN = `the and to of a i it that in was you was we they but so what about my with have for not be
meeting job work therapist support worried money hours mornings colleague nurse employer talk explain
listened heard safety net income benefits part time full time pressure succeed plan agenda topic
consent information confidentiality capacity follow up response challenge progress specialist social
worker welfare office feeling relieved tired anxious sleep schedule shift garden centre warehouse kitchen
boss manager trial period contract training course certificate application interview recovery symptoms
medication appointment week month year today yesterday tomorrow because maybe really think know said`.split(/\s+/);
const NB = `og jeg det er som på en til ikke med har var de vi av for men så om kan skal hva jobb møte
terapeut støtte økonomi arbeid timer morgen kollega sykepleier arbeidsgiver snakke forklare lyttet hørt
sikkerhetsnett inntekt trygd deltid heltid press lykkes plan dagsorden tema samtykke informasjon
taushetsplikt arbeidsevne oppfølging svar utfordring fremgang veileder sosialarbeider nav kontor følelse
lettet sliten engstelig søvn vaktplan butikk lager kjøkken sjef leder prøveperiode kontrakt opplæring
kurs søknad intervju bedring symptomer medisin avtale uke måned år i dag i går i morgen fordi kanskje
veldig tror vet sa arbeidsplassen økonomien jobbene møtene`.split(/\s+/);

/** A small fast seeded PRNG (mulberry32) so every run builds the same corpus. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function zipfPicker(words, random) {
  const weights = words.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = [];
  let acc = 0;
  for (const w of weights) cumulative.push((acc += w / total));
  return () => {
    const r = random();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
}

/**
 * Builds `count` transcripts of about `wordsEach` words. Every 4th transcript is Norwegian.
 * Returns [{ name, participant, text }] with `Label: text` paragraphs.
 */
export function generateCorpus(count, wordsEach, seed = 42) {
  const random = rng(seed);
  const en = zipfPicker(EN, random);
  const nb = zipfPicker(NB, random);
  const out = [];
  for (let i = 0; i < count; i++) {
    const norwegian = i % 4 === 3;
    const pick = norwegian ? nb : en;
    const participant = `P${i + 1}`;
    const paragraphs = [];
    let words = 0;
    let interviewer = true;
    while (words < wordsEach) {
      const n = interviewer ? 10 + Math.floor(random() * 20) : 40 + Math.floor(random() * 120);
      const parts = [];
      for (let w = 0; w < n; w++) parts.push(pick());
      let sentence = parts.join(' ');
      sentence = sentence[0].toUpperCase() + sentence.slice(1) + '.';
      paragraphs.push(`${interviewer ? (norwegian ? 'Intervjuer' : 'Interviewer') : participant}: ${sentence}`);
      words += n;
      interviewer = !interviewer;
    }
    out.push({ name: participant, participant, text: paragraphs.join('\n\n') + '\n' });
  }
  return out;
}
