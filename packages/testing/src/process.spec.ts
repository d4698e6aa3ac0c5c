import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { freePort } from './free-port.js';
import { delay, startService, waitForOk } from './process.js';

function startNode(name: string, script: string) {
  return startService(name, process.execPath, ['-e', script], { cwd: tmpdir(), env: process.env });
}

/** False once the process is gone or a zombie waiting for a parent that will never reap it. */
function isRunning(pid: number): boolean {
  try {
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

describe(waitForOk.name, () => {
  it('returns once the service answers 200', async () => {
    const port = await freePort();
    const service = startNode(
      'web',
      `require('node:http').createServer((q, r) => r.end('ok')).listen(${port})`,
    );
    try {
      await waitForOk(`http://localhost:${port}/`, service, 10_000);
    } finally {
      await service.stop();
    }
    expect(service.child.signalCode).toBe('SIGTERM');
  });

  it('fails early with the output when the service exits', async () => {
    const port = await freePort();
    const service = startNode('broken', `console.error('kapot'); process.exit(3)`);

    await expect(waitForOk(`http://localhost:${port}/`, service, 10_000)).rejects.toThrow(
      /broken exited \(3\)[\s\S]*kapot/,
    );
  });

  it('gives up after the timeout', async () => {
    const port = await freePort();
    const service = startNode('silent', 'setInterval(() => {}, 1000)');
    try {
      await expect(waitForOk(`http://localhost:${port}/`, service, 1_000)).rejects.toThrow(
        /silent: .* did not answer 200 within 1 s/,
      );
    } finally {
      await service.stop();
    }
  });
});

describe(startService.name, () => {
  it('stops the processes the service started too', async () => {
    const service = startNode(
      'parent',
      `const c = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
       console.log(c.pid); setInterval(() => {}, 1000);`,
    );
    const grandchildPid = await new Promise<number>((resolve) => {
      service.child.stdout?.once('data', (chunk: Buffer) =>
        resolve(Number(chunk.toString().trim())),
      );
    });

    await service.stop();

    // The kernel delivers the group's signals asynchronously.
    for (let i = 0; i < 20 && isRunning(grandchildPid); i++) await delay(100);
    expect(isRunning(grandchildPid)).toBe(false);
  });
});
