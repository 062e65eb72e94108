/** carelint-language-server: the carelint language server, speaking LSP over stdio (or Node IPC, a socket or a pipe). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import packageJson from '../package.json' with { type: 'json' };
import { startServer } from './server.js';

const USAGE = `Usage: carelint-language-server --stdio

Serves carelint diagnostics, quick fixes, hover and record metrics to an editor over the Language Server
Protocol. Editors start it themselves; see docs/guides/editors.md.

Transports: --stdio, --node-ipc, --socket=<port>, --pipe=<name>
Other options: --version, --help
`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
} else if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${packageJson.version}\n`);
} else if (!args.some((arg) => /^--(stdio|node-ipc|socket|pipe)(=|$)/.test(arg))) {
  process.stderr.write(`carelint-language-server: say how the editor talks to it (for example --stdio).\n\n${USAGE}`);
  process.exitCode = 2;
} else {
  // Say where it went wrong, never what a record said: no message text, which could quote it.
  process.on('uncaughtException', (error) => {
    process.stderr.write(`carelint-language-server: ${error.name}\n${error.stack?.split('\n').slice(1, 6).join('\n') ?? ''}\n`);
    process.exit(1);
  });
  const connection = createConnection(ProposedFeatures.all);
  startServer(connection, { version: packageJson.version });
  connection.listen();
}
