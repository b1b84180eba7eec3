import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const NGINX = '/usr/sbin/nginx';

export interface RunningNginx {
  url: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Debian's nginx serving `dist` with deploy/nginx.conf as shipped (only its root and port replaced), in a
 * temporary prefix so it runs without root: its pid, logs and temp files stay in that folder.
 */
export async function startNginx(dist: string): Promise<RunningNginx> {
  if (!existsSync(NGINX)) {
    throw new Error(`nginx is missing at ${NGINX}: apt-get install -y nginx (bash .ci/run does).`);
  }
  const prefix = await mkdtemp(path.join(os.tmpdir(), 'help-center-nginx-'));
  const port = await freePort();
  const site = (await readFile('deploy/nginx.conf', 'utf8'))
    .replaceAll('/srv/help-center/dist', path.resolve(dist))
    .replace('listen 80;', `listen 127.0.0.1:${port};`);
  await writeFile(path.join(prefix, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `  ${name}_temp_path ${prefix}/${name};`)
    .join('\n');
  // Started by root (as in CI), nginx's workers would run as `nobody`, which cannot read a checkout in a
  // private folder (`mktemp -d` makes it 0700): they run as the user who runs the tests instead.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  await writeFile(
    path.join(prefix, 'nginx.conf'),
    `${user}worker_processes 1;\ndaemon off;\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log warn;\n` +
      `events { worker_connections 512; }\nhttp {\n  include /etc/nginx/mime.types;\n` +
      `  default_type application/octet-stream;\n  access_log off;\n${temp}\n  include ${prefix}/site.conf;\n}\n`,
  );
  const args = ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'error.log')];
  const child: ChildProcess = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) {
      const log = existsSync(path.join(prefix, 'error.log'))
        ? readFileSync(path.join(prefix, 'error.log'), 'utf8')
        : '';
      throw new Error(`nginx did not start: ${stderr}${log}`);
    }
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (up) break;
    if (attempt > 100) throw new Error('nginx did not listen within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
