import { runProcess } from './process-main.js';

process.exitCode = await runProcess();
