// Runs a WASI command module (wasm32-wasi, wasi_snapshot_preview1) on V8
// with Node's `wasi` module: the WebAssembly-on-V8 variant of the benchmark
// suite (bench/suite/run.sh).
//
// usage: node --no-warnings --no-turbo-fast-api-calls run-wasi.mjs MODULE.wasm [ARGS...]
//
// --no-turbo-fast-api-calls: with V8's fast API calls, Node 20's WASI
// crashes (SIGSEGV, exit 139, about every other run) once a module has grown
// its memory to ~100 MB (xz -6 does; a C program that mallocs, touches and
// frees 100 MB is enough): a fast call can trigger a garbage collection
// (nodejs/node issues 46777 and 53087). Without them every WASI call takes
// the ordinary API path, a little slower; the workloads make few calls
// (buffered reads and writes), and the wasm code itself is unaffected.
//
// The module gets MODULE.wasm's name as argv[0], then ARGS; an empty
// environment; the working directory preopened as "."; as stdin, stdout and
// stderr new descriptors of /dev/stdin, /dev/stdout and /dev/stderr (the last
// two appending), so that a module that closes them (xz does, to see write
// errors) closes its own and not Node's. Node exits with the module's status
// (134 after a trap). The time measured from outside includes Node's
// start-up and the compilation of the module (Liftoff, then TurboFan in the
// background), as a browser pays them.
import { openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';
import { basename } from 'node:path';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: run-wasi.mjs MODULE.wasm [ARGS...]\n');
  process.exit(2);
}
const wasi = new WASI({
  version: 'preview1',
  args: [basename(file, '.wasm'), ...args],
  env: {},
  preopens: { '.': '.' },
  returnOnExit: true,
  stdin: openSync('/dev/stdin', 'r'),
  stdout: openSync('/dev/stdout', 'a'),
  stderr: openSync('/dev/stderr', 'a'),
});
const module = await WebAssembly.compile(await readFile(file));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
let status;
try {
  status = wasi.start(instance);
} catch (e) {
  process.stderr.write(`run-wasi: ${file}: ${e && e.stack ? e.stack : e}\n`);
  status = 134;
}
process.exit(status);
