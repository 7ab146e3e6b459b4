/** Transcripts: speaker turns in text, composing text from turns, mapping speakers to participants. */
export * from './speaker-label.js';
export * from './labelled-paragraphs.js';
export * from './compose-transcript.js';
export * from './map-speakers.js';
export * from './participant-from-file-name.js';
export * from './segment-participant.js';
