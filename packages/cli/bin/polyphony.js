#!/usr/bin/env node
// The `polyphony` command. This committed shim exists before the TypeScript build writes dist/,
// so that npm links the command at install time (npm skips bins whose file is missing then).
import '../dist/main.js';
