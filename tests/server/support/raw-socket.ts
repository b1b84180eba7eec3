import net from 'node:net';

export interface SocketAnswer {
  /** 0 when the server closed the connection without an answer. */
  status: number;
  headers: Map<string, string>;
  body: string;
  /** Milliseconds from the last byte sent to the end of the answer. */
  after: number;
}

/**
 * Bytes sent as they are (no Host added, no header checked, a head left unfinished) over a fresh
 * connection; resolves once a whole answer has arrived or the server closed the connection.
 */
export function exchange(base: string, bytes: string, giveUpAfter = 10_000): Promise<SocketAnswer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    let sentAt = 0;
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(bytes, 'latin1', () => (sentAt = performance.now()));
    });
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(parse(received, performance.now() - sentAt));
    };
    const timer = setTimeout(() => reject(new Error(`no answer within ${giveUpAfter} ms`)), giveUpAfter);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const head = received.indexOf('\r\n\r\n');
      const length = Number(parse(received, 0).headers.get('content-length'));
      if (head >= 0 && received.length - head - 4 >= length) finish();
    });
    socket.on('end', finish);
    socket.on('error', finish);
  });
}

function parse(received: Buffer, after: number): SocketAnswer {
  const end = received.indexOf('\r\n\r\n');
  if (end < 0) return { status: 0, headers: new Map(), body: '', after };
  const [statusLine = '', ...lines] = received.subarray(0, end).toString('latin1').split('\r\n');
  const headers = new Map(
    lines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as [string, string];
    }),
  );
  return {
    status: Number(statusLine.split(' ')[1]),
    headers,
    body: received.subarray(end + 4).toString('utf8'),
    after,
  };
}
