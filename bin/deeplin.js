#!/usr/bin/env node
'use strict';
// Runs the compiled CLI (built by `npm ci` / `npm install` through the prepare script).
let main;
try {
  main = require('../dist/src/cli/main.js');
} catch (e) {
  process.stderr.write('deeplin: the compiled CLI is missing (dist/). Run `npm ci` or `npm run build` first.\n');
  process.exit(2);
}
// runCli returns an exit code, or a Promise of one for the long-running commands (sweep, search, merge)
Promise.resolve()
  .then(() => main.runCli(process.argv.slice(2)))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      // only with --debug: runCli reports every other error as one line
      process.stderr.write(`${(e && e.stack) || e}\n`);
      process.exitCode = 2;
    },
  );
