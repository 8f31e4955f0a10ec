import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer, listen } from '@bas/server-kit';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { systemActor } from '../src/catalog/Actor.ts';
import { createCatalogRepository } from '../src/catalog/createCatalogRepository.ts';
import { createDatabase } from '../src/db/createDatabase.ts';
import { loadMonitorConfig } from '../src/loadMonitorConfig.ts';
import type { AppAlert } from '../src/monitor/createWebhookAlerts.ts';
import type { MonitorOptions } from '../src/monitor/MonitorOptions.ts';
import { startMonitor } from '../src/monitor/startMonitor.ts';
import { startProbedApps } from './support/startProbedApps.ts';
import { freshStorage } from './support/storageEngines.ts';

/** A message as the mail server received it. */
interface Received {
  from: string;
  to: string[];
  subject: string;
  text: string;
}

/** `quoted-printable` → text: soft line breaks joined, `=XX` bytes read back as UTF-8. */
const decodeQuotedPrintable = (body: string) =>
  Buffer.from(
    body
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

/** The subject and the plain-text body of a message as sent by nodemailer (one text part). */
function readMessage(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  // Long headers are folded onto lines that start with white space.
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(headers)?.[1] ?? '';
  const body = raw.slice(split + 4);
  const text = /quoted-printable/i.test(header('Content-Transfer-Encoding'))
    ? decodeQuotedPrintable(body)
    : body;
  return { subject: header('Subject'), text: text.replace(/\r\n/g, '\n') };
}

/** A mail server on loopback that keeps what it receives, or refuses every sender with `refuse`. */
async function startMailSink(refuse?: string) {
  const received: Received[] = [];
  const options: SMTPServerOptions = {
    authOptional: true,
    // Plain SMTP on loopback: nodemailer would otherwise upgrade to TLS and refuse the sink's own certificate.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          ...readMessage(raw),
        });
        callback();
      });
    },
    ...(refuse === undefined
      ? {}
      : {
          onMailFrom(_address, _session, callback) {
            callback(Object.assign(new Error(refuse), { responseCode: 550 }));
          },
        }),
  };
  const sink = new SMTPServer(options);
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const { port } = sink.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => sink.close(resolve)),
  };
}

/** What the monitor logs, kept to look at. */
function keptLog() {
  const errors: string[] = [];
  return {
    errors,
    logger: {
      log: () => undefined,
      error: (message: unknown) => errors.push(String(message)),
    },
  };
}

/** Kota Bogor's clock: WIB is UTC+7 all year. */
const wib = (iso: string) => new Date(Date.parse(iso) + 7 * 3600 * 1000).toISOString().slice(11, 16);

describe('alert e-mails', () => {
  let apps: Awaited<ReturnType<typeof startProbedApps>>;
  beforeAll(async () => {
    apps = await startProbedApps();
  });
  afterAll(() => apps?.close());

  /** A catalog of one app, served by the `broken` folder (failing until told otherwise), and a monitor probing it. */
  async function monitorBrokenApp(options: Partial<MonitorOptions>) {
    apps.broken.failing = true;
    const storage = await freshStorage('sqlite');
    const database = await createDatabase(storage);
    await createCatalogRepository(database.db).seed(
      [apps.servedFrom('inovasi-daerah', 'broken')],
      systemActor,
    );
    const log = keptLog();
    const monitor = await startMonitor({
      ...storage,
      intervalMs: 200,
      timeoutMs: 2000,
      logger: log.logger,
      ...options,
    });
    onTestFinished(async () => {
      await monitor.close();
      await database.db.destroy();
    });
    const since = async () => {
      const row = await database.db
        .selectFrom('app_health')
        .select(['status', 'since'])
        .where('app_id', '=', 'inovasi-daerah')
        .executeTakeFirst();
      return row;
    };
    return { log, since };
  }

  it('tells the owner and the platform team by e-mail when an app goes down and when it is back, beside the webhook', async () => {
    const sink = await startMailSink();
    onTestFinished(() => sink.close());
    const hooked: AppAlert[] = [];
    const receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        hooked.push(JSON.parse(body) as AppAlert);
        response.writeHead(204).end();
      });
    });
    const webhook = await listen(receiver, '127.0.0.1', 0);
    onTestFinished(() => closeServer(receiver));
    const { log, since } = await monitorBrokenApp({
      alertWebhookUrl: `${webhook}/hooks/bas`,
      alertSmtpUrl: sink.url,
      alertEmailFrom: 'bas@kotabogor.go.id',
      // The owner once more, in capitals: one e-mail to each person all the same.
      alertEmailTo: ['tim-bas@kotabogor.go.id', 'BAPPERIDA@kotabogor.go.id'],
    });

    await vi.waitFor(() => expect(sink.received).toHaveLength(1), { timeout: 10_000, interval: 100 });
    const wentDown = (await since())?.since ?? '';
    const [down] = sink.received;
    expect(down).toMatchObject({
      from: 'bas@kotabogor.go.id',
      to: ['bapperida@kotabogor.go.id', 'tim-bas@kotabogor.go.id'],
      subject: `[BAS] Layanan Inovasi Daerah Kota Bogor gangguan sejak ${wib(wentDown)} WIB`,
    });
    const downText = down?.text ?? '';
    expect(downText).toContain(
      `Layanan Inovasi Daerah Kota Bogor (inovasi-daerah, Bapperida) tidak dapat dibuka sejak`,
    );
    expect(downText).toContain(`pukul ${wib(wentDown)} WIB.`);
    expect(downText).toContain(
      `Temuan monitor BAS: ${apps.origin}/broken/mf-manifest.json answered HTTP 500.`,
    );
    // Indonesian first, English below.
    expect(downText.indexOf('Yth. Badan Perencanaan')).toBe(0);
    expect(downText.indexOf('Dear Badan Perencanaan')).toBeGreaterThan(
      downText.indexOf('Anda akan menerima'),
    );
    expect(downText).toContain(`${wib(wentDown)} WIB (UTC+7)`);
    // The webhook hears of it too.
    await vi.waitFor(() => expect(hooked.map((alert) => alert.status)).toEqual(['down']));

    apps.broken.failing = false;
    await vi.waitFor(() => expect(sink.received).toHaveLength(2), { timeout: 10_000, interval: 100 });
    const cameBack = (await since())?.since ?? '';
    const up = sink.received[1];
    expect(up).toMatchObject({
      to: ['bapperida@kotabogor.go.id', 'tim-bas@kotabogor.go.id'],
      subject: `[BAS] Layanan Inovasi Daerah Kota Bogor pulih sejak ${wib(cameBack)} WIB`,
    });
    expect(up?.text).toContain('monitor BAS kembali dapat membukanya');
    expect(up?.text).toContain('the BAS monitor can open it again');
    await vi.waitFor(() => expect(hooked.map((alert) => alert.status)).toEqual(['down', 'up']));
    expect(log.errors).toEqual([]);
  });

  it('logs a mail server that refuses the alert, and goes on probing', async () => {
    const sink = await startMailSink('Relaying denied');
    onTestFinished(() => sink.close());
    const { log, since } = await monitorBrokenApp({
      alertSmtpUrl: sink.url,
      alertEmailFrom: 'bas@kotabogor.go.id',
    });
    await vi.waitFor(() => expect(log.errors).toHaveLength(1), { timeout: 10_000, interval: 100 });
    expect(log.errors[0]).toBe(
      'BAS monitor: the alert e-mail for inovasi-daerah down could not be sent to bapperida@kotabogor.go.id; check BAS_ALERT_SMTP_URL and the mail server.',
    );
    apps.broken.failing = false;
    await vi.waitFor(async () => expect((await since())?.status).toBe('up'), {
      timeout: 10_000,
      interval: 100,
    });
    await vi.waitFor(() =>
      expect(log.errors.at(-1)).toContain('the alert e-mail for inovasi-daerah up could not be sent'),
    );
    expect(sink.received).toEqual([]);
  });
});

describe('alert settings', () => {
  it('reads the mail server, the sender and the platform team from the environment', () => {
    expect(
      loadMonitorConfig({
        BAS_ALERT_SMTP_URL: 'smtps://bas:rahasia@mail.kotabogor.go.id:465',
        BAS_ALERT_EMAIL_FROM: 'bas@kotabogor.go.id',
        BAS_ALERT_EMAIL_TO: 'tim-bas@kotabogor.go.id, noc@kotabogor.go.id,',
      }),
    ).toMatchObject({
      alertSmtpUrl: 'smtps://bas:rahasia@mail.kotabogor.go.id:465',
      alertEmailFrom: 'bas@kotabogor.go.id',
      alertEmailTo: ['tim-bas@kotabogor.go.id', 'noc@kotabogor.go.id'],
    });
  });

  it('refuses a bad alert setting, naming it, before opening anything', async () => {
    const dataDir = (await freshStorage('sqlite')).dataDir;
    const start = (env: NodeJS.ProcessEnv) => startMonitor({ ...loadMonitorConfig(env), dataDir });
    const refusal = start({ BAS_ALERT_SMTP_URL: 'https://bas:rahasia@mail.kotabogor.go.id' });
    await expect(refusal).rejects.toThrow(
      'The alert mail server (BAS_ALERT_SMTP_URL) must be an smtp:// or smtps:// URL',
    );
    // Never the value: it may hold the mail server's password.
    await expect(refusal).rejects.not.toThrow('rahasia');
    await expect(start({ BAS_ALERT_SMTP_URL: 'smtp://127.0.0.1:2525' })).rejects.toThrow(
      'Alert e-mails (BAS_ALERT_SMTP_URL) need a sender: set BAS_ALERT_EMAIL_FROM',
    );
    await expect(
      start({ BAS_ALERT_SMTP_URL: 'smtp://127.0.0.1:2525', BAS_ALERT_EMAIL_FROM: 'BAS Kota Bogor' }),
    ).rejects.toThrow(
      'The sender of alert e-mails (BAS_ALERT_EMAIL_FROM) must be an e-mail address, like bas@kotabogor.go.id; got "BAS Kota Bogor".',
    );
    await expect(
      start({
        BAS_ALERT_SMTP_URL: 'smtp://127.0.0.1:2525',
        BAS_ALERT_EMAIL_FROM: 'bas@kotabogor.go.id',
        BAS_ALERT_EMAIL_TO: 'tim-bas@kotabogor.go.id; noc@kotabogor.go.id',
      }),
    ).rejects.toThrow('Each recipient in BAS_ALERT_EMAIL_TO must be an e-mail address');
    await expect(start({ BAS_ALERT_EMAIL_TO: 'tim-bas@kotabogor.go.id' })).rejects.toThrow(
      'BAS_ALERT_EMAIL_FROM and BAS_ALERT_EMAIL_TO are used only with a mail server: set BAS_ALERT_SMTP_URL too',
    );
  });
});
