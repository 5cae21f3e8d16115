// A partner's server at its worst, for test/hardening: /test-hostile/?status=500,
// ?delay=ms&file=/data/x.json (answers late), ?endless (a body that never ends, no length),
// ?declare=bytes (announces a huge Content-Length, then sends almost nothing); and a partner's
// generated file: PUT /test-hostile/stored/<name> keeps the body, GET serves it as JSON.
import { Readable } from 'node:stream';

const stored = new Map();

export async function hostileServer(context, next) {
  if (!context.path.startsWith('/test-hostile/')) return next();
  if (context.path.startsWith('/test-hostile/stored/')) {
    if (context.method === 'PUT') {
      const chunks = [];
      for await (const chunk of context.req) chunks.push(chunk);
      stored.set(context.path, Buffer.concat(chunks));
      context.status = 204;
      return undefined;
    }
    context.status = stored.has(context.path) ? 200 : 404;
    context.type = 'application/json';
    context.body = stored.get(context.path) ?? 'missing';
    return undefined;
  }
  const query = context.query;
  if (query.delay) await new Promise((resolve) => setTimeout(resolve, Number(query.delay)));
  context.set('Cache-Control', 'no-store');
  if (query.status) {
    context.status = Number(query.status);
    context.body = 'failure';
    return undefined;
  }
  if ('endless' in query) {
    context.type = 'application/json';
    context.body = new Readable({ read() { this.push(Buffer.alloc(65536, 32)); } });
    return undefined;
  }
  if (query.declare) {
    context.type = 'application/json';
    const trickle = new Readable({ read() {} });
    trickle.push('[');
    context.body = trickle;
    context.length = Number(query.declare);
    // The browser hangs up once it has refused the file; the stream then ends with the socket.
    context.req.on('close', () => trickle.destroy());
    return undefined;
  }
  if (query.file) {
    context.url = String(query.file);
    return next();
  }
  context.status = 400;
  return undefined;
}
