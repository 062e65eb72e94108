#!/usr/bin/env node
// The bin: the bundled server (built by `pnpm --filter @carelint/language-server build`).
import '../dist/server.js';
