import type { Turn } from '../model/types.js';

/** Labels read as the interviewer unless configured otherwise (English and Norwegian). */
export const DEFAULT_INTERVIEWER_LABELS: readonly string[] = [
  'Interviewer',
  'Intervjuer',
  'I',
  'Moderator',
  'Researcher',
  'Forsker',
];

/** Options of {@link mapSpeakers}. */
export interface MapSpeakersOptions {
  participants: ReadonlyArray<{ id: string }>;
  /** Labels that mean "interviewer", compared case-insensitively. Default {@link DEFAULT_INTERVIEWER_LABELS}. */
  interviewerLabels?: readonly string[];
  /** In a participant's own interview, their id: every other speaker is then that participant. */
  sourceParticipant?: string | null;
}

/**
 * Links turns to participants. A label equal to a participant id (case-insensitive) maps to that
 * participant; an interviewer label (also `Interviewer 2`) marks the turn as the interviewer's;
 * in a participant's own interview any other label, and unlabelled text, belongs to that
 * participant. Other labels stay unmapped and are listed once each, in order of appearance,
 * so the user can map them. Returns new turn objects; the input is not changed.
 */
export function mapSpeakers(
  turns: readonly Turn[],
  options: MapSpeakersOptions,
): { turns: Turn[]; unmapped: string[] } {
  const byId = new Map(options.participants.map((p) => [p.id.toLowerCase(), p.id]));
  const interviewer = new Set((options.interviewerLabels ?? DEFAULT_INTERVIEWER_LABELS).map((l) => l.toLowerCase()));
  const own = options.sourceParticipant ?? null;
  const unmapped: string[] = [];

  const mapped = turns.map((turn): Turn => {
    const key = turn.speaker.trim().toLowerCase();
    const participant = byId.get(key);
    if (participant !== undefined) return { ...turn, participant, isInterviewer: false };
    // A numbered interviewer (`Interviewer 2`) is still an interviewer.
    if (interviewer.has(key) || interviewer.has(key.replace(/\s*\d+$/, ''))) {
      return { ...turn, participant: null, isInterviewer: true };
    }
    if (own !== null) return { ...turn, participant: own, isInterviewer: false };
    if (key !== '' && !unmapped.includes(turn.speaker)) unmapped.push(turn.speaker);
    return { ...turn, participant: null, isInterviewer: false };
  });
  return { turns: mapped, unmapped };
}
