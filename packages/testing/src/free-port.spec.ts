import { createServer } from 'node:net';
import { freePort } from './free-port.js';

describe(freePort.name, () => {
  it('gives a port that can be listened on', async () => {
    const port = await freePort();

    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, resolve);
    });
    await new Promise((resolve) => server.close(resolve));
  });
});
