/**
 * The `deeplin` command line. Exit codes: 0 ok, 1 claim refuted / check
 * failed / nothing found, 2 bad input (one line naming the argument; a stack
 * trace only with --debug), 130 interrupted (Ctrl-C; long runs say how to resume).
 * Commands may be asynchronous (sweep, search, merge): {@link runCli} then
 * returns a Promise of the exit code, so callers `await` it (awaiting a
 * plain number works too).
 */
import { DeeplinError } from '../errors';
import { checkCommand, checkHelp } from './commands/check';
import { conservationCommand, conservationHelp } from './commands/conservation';
import { classifyCommand, classifyHelp } from './commands/classify';
import { criticalPointsCommand, criticalPointsHelp } from './commands/criticalPoints';
import { counterexampleCommand, counterexampleHelp } from './commands/counterexample';
import { deltaDimCommand, deltaDimHelp } from './commands/deltaDim';
import { exportCommand, exportHelp } from './commands/export';
import { flowCommand, flowHelp } from './commands/flow';
import { imageDimCommand, imageDimHelp } from './commands/imageDim';
import { mergeCommand, mergeHelp } from './commands/merge';
import { reportCommand, reportHelp } from './commands/report';
import { searchCommand, searchHelp } from './commands/search';
import { sweepCommand, sweepHelp } from './commands/sweep';
import { verifyCommand, verifyHelp } from './commands/verify';
import { processIO, type CommandIO } from './commandIO';

const commands: Record<string, { run: (argv: readonly string[], io: CommandIO) => number | Promise<number>; help: string }> = {
  counterexample: { run: counterexampleCommand, help: counterexampleHelp },
  check: { run: checkCommand, help: checkHelp },
  verify: { run: verifyCommand, help: verifyHelp },
  search: { run: searchCommand, help: searchHelp },
  'image-dim': { run: imageDimCommand, help: imageDimHelp },
  'delta-dim': { run: deltaDimCommand, help: deltaDimHelp },
  export: { run: exportCommand, help: exportHelp },
  report: { run: reportCommand, help: reportHelp },
  sweep: { run: sweepCommand, help: sweepHelp },
  merge: { run: mergeCommand, help: mergeHelp },
  conservation: { run: conservationCommand, help: conservationHelp },
  flow: { run: flowCommand, help: flowHelp },
  classify: { run: classifyCommand, help: classifyHelp },
  'critical-points': { run: criticalPointsCommand, help: criticalPointsHelp },
};

/** The command names, in the order of the help. */
export const COMMAND_NAMES: readonly string[] = Object.keys(commands);

export const mainHelp = `deeplin — algebraic geometry of deep linear networks

Usage: deeplin <command> [options]   (deeplin <command> --help for details)

Commands:
${Object.entries(commands).map(([name, c]) => `  ${name.padEnd(16)}${c.help.split('\n\n')[1]?.split('\n')[0] ?? ''}`).join('\n')}

Exit codes: 0 ok (verify: holds), 1 check failed / conjecture fails / nothing found, 2 bad input, 3 undetermined, 130 interrupted (Ctrl-C).`;

/**
 * Every error line starts `deeplin <command>:`; a library function's own prefix
 * (`parseWitness: `, `primeField: `) is replaced by it, keeping the rest of the line.
 */
function commandLine(name: string, message: string): string {
  const prefix = `deeplin ${name}:`;
  if (message.startsWith(prefix)) return message;
  const own = /^(?:deeplin [\w-]+( --[\w-]+)?|[A-Za-z_$][\w$.]*): /.exec(message);
  return `${prefix} ${own ? `${own[1] ? `${own[1].trim()}: ` : ''}${message.slice(own[0].length)}` : message}`;
}

export function runCli(argv: readonly string[], io: CommandIO = processIO()): number | Promise<number> {
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
  const failed = (e: unknown): number => {
    if (e instanceof DeeplinError && !debug) {
      io.err(commandLine(name, e.message));
      return 2;
    }
    if (!debug) {
      io.err(`deeplin ${name}: internal error: ${(e as Error).message} (rerun with --debug for the stack trace)`);
      return 2;
    }
    throw e;
  };
  try {
    const code = command.run(rest, io);
    return typeof code === 'number' ? code : code.catch(failed);
  } catch (e) {
    return failed(e);
  }
}
