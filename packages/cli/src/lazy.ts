/**
 * Heavy packages load only when a command needs them: the CLI starts for every command a script
 * runs, and loading docx/XML writers or the web server for `polyphony table` would cost a second.
 */
export const loadApp = () => import('@polyphony/app');
/** The file readers (docx, WebVTT, SRT, …). */
export const loadFormats = () => import('@polyphony/formats');
/** The HTTP server, only for `serve`. */
export const loadServer = () => import('@polyphony/server');
