/**
 * The `deeplin` command line. Exit codes: 0 ok, 1 claim refuted / check
 * failed / nothing found, 2 bad input (one line naming the argument; a stack
 * trace only with --debug).
 */
import { DeeplinError } from '../errors';
import { checkCommand, checkHelp } from './commands/check';
import { counterexampleCommand, counterexampleHelp } from './commands/counterexample';
import { exportCommand, exportHelp } from './commands/export';
import { imageDimCommand, imageDimHelp } from './commands/imageDim';
import { searchCommand, searchHelp } from './commands/search';
import { verifyCommand, verifyHelp } from './commands/verify';
import { processIO, type CommandIO } from './commandIO';

const commands: Record<string, { run: (argv: readonly string[], io: CommandIO) => number; help: string }> = {
  counterexample: { run: counterexampleCommand, help: counterexampleHelp },
  check: { run: checkCommand, help: checkHelp },
  verify: { run: verifyCommand, help: verifyHelp },
  search: { run: searchCommand, help: searchHelp },
  'image-dim': { run: imageDimCommand, help: imageDimHelp },
  export: { run: exportCommand, help: exportHelp },
};

export const mainHelp = `deeplin — algebraic geometry of deep linear networks

Usage: deeplin <command> [options]   (deeplin <command> --help for details)

Commands:
${Object.entries(commands).map(([name, c]) => `  ${name.padEnd(16)}${c.help.split('\n')[2] ?? ''}`).join('\n')}

Exit codes: 0 ok (verify: holds), 1 check failed / conjecture fails / nothing found, 2 bad input, 3 undetermined.`;

export function runCli(argv: readonly string[], io: CommandIO = processIO()): number {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`deeplin: unknown command "${name}" (allowed: ${Object.keys(commands).join(', ')})`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return 0;
  }
  try {
    return command.run(rest, io);
  } catch (e) {
    if (e instanceof DeeplinError && !debug) {
      io.err(e.message);
      return 2;
    }
    if (!debug) {
      io.err(`deeplin ${name}: internal error: ${(e as Error).message} (rerun with --debug for the stack trace)`);
      return 2;
    }
    throw e;
  }
}
