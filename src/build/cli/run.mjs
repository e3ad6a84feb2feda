// Runs a build-time command written in TypeScript through Vite's module runner, so it needs
// no compiler of its own: `node src/build/cli/run.mjs check-data [folder]`.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const commands = {
  'check-data': ['./checkData.ts', 'checkData'],
  'new-data': ['./newData.ts', 'newData'],
  'release-data': ['./releaseData.ts', 'releaseData'],
  keygen: ['./keygen.ts', 'keygen'],
};

const [name, ...args] = process.argv.slice(2);
const command = commands[name];
if (!command) {
  console.error(`Unknown command “${name ?? ''}”. Commands: ${Object.keys(commands).join(', ')}.`);
  process.exit(2);
}
const [file, exported] = command;
const { module } = await runnerImport(fileURLToPath(new URL(file, import.meta.url)), {
  configFile: false,
  logLevel: 'error',
});
process.exitCode = await module[exported](args);
