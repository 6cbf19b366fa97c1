import dns from 'node:dns';
import net from 'node:net';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';

/** The built-in simulator's webhook receiver (delivered in process, never over a socket). */
export const SIMULATOR_WEBHOOK_PATH = '/api/insurer-simulator/webhooks';

export type ResolvedAddress = { address: string; family: 4 | 6 };
/** Name resolution, replaceable in tests (DNS is outside the system). */
export type Resolve = (hostname: string) => Promise<ResolvedAddress[]>;

const RESOLVE_TIMEOUT_MS = 5_000;

export const systemResolve: Resolve = (hostname) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), RESOLVE_TIMEOUT_MS);
    dns.lookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(addresses.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 })));
    });
  });

// Addresses a webhook must never reach: this host, the private networks behind it, the cloud
// metadata service (169.254.169.254), shared carrier NAT, documentation, multicast and reserved
// space. IPv6 forms that embed an IPv4 address are unwrapped first (see embeddedIpv4).
const BLOCKED = new net.BlockList();
for (const [prefix, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  BLOCKED.addSubnet(prefix, bits, 'ipv4');
for (const [prefix, bits] of [
  ['::', 128],
  ['::1', 128],
  ['::', 96], // IPv4-compatible (deprecated)
  ['64:ff9b::', 96], // NAT64
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 32], // Teredo
  ['2001:db8::', 32],
  ['2002::', 16], // 6to4
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local
  ['ff00::', 8], // multicast
] as const)
  BLOCKED.addSubnet(prefix, bits, 'ipv6');

/** The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:127.0.0.1`, `::ffff:7f00:1`). */
function embeddedIpv4(address: string): string | null {
  const m = /^::ffff:(?:0:)?(.+)$/i.exec(address);
  if (!m) return null;
  const rest = m[1]!;
  if (net.isIPv4(rest)) return rest;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(rest);
  if (!hex) return null;
  const hi = parseInt(hex[1]!, 16);
  const lo = parseInt(hex[2]!, 16);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** True for addresses a webhook may not be sent to (loopback, private, link-local, …). */
export function isBlockedAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (net.isIPv4(bare)) return BLOCKED.check(bare, 'ipv4');
  if (!net.isIPv6(bare)) return true;
  const v4 = embeddedIpv4(bare);
  if (v4) return BLOCKED.check(v4, 'ipv4');
  return BLOCKED.check(bare, 'ipv6');
}

/** A host as WEBHOOK_ALLOWED_HOSTS lists it: lower case, no IPv6 brackets, no trailing dot. */
export const bareHost = (hostname: string) =>
  hostname
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();

const refuse = (message: string) =>
  new AppError('VALIDATION_FAILED', { message, details: [{ field: 'webhookUrl', message }] });

/** The simulator's own endpoint, accepted only while the simulator runs outside production. */
export function isSimulatorTarget(ctx: AppContext, url: string): boolean {
  return (
    ctx.config.insurerSimulator.enabled &&
    !ctx.config.isProduction &&
    url === `${ctx.config.publicUrl}${SIMULATOR_WEBHOOK_PATH}`
  );
}

export type CheckedTarget = {
  url: URL;
  /** The address that passed the check: the connection must go there and nowhere else. */
  pinned: ResolvedAddress;
};

/**
 * Checks a webhook address (at registration and again right before every delivery, as DNS may
 * have changed): http(s) only, https in production; the host's every address must be public
 * unless the host is listed in WEBHOOK_ALLOWED_HOSTS. Returns the URL and the checked address
 * the delivery connects to (no second lookup an attacker's DNS could answer differently).
 */
export async function checkWebhookTarget(
  ctx: AppContext,
  raw: string,
  resolve: Resolve = systemResolve,
): Promise<CheckedTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse('回调地址不正确');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw refuse(`回调地址只支持 https${ctx.config.isProduction ? '' : ' 或 http'}，不支持 ${url.protocol}`);
  if (ctx.config.isProduction && url.protocol !== 'https:') throw refuse('生产环境的回调地址必须使用 https');
  if (url.username || url.password) throw refuse('回调地址不能包含用户名或密码');
  const host = bareHost(url.hostname);
  const allowed = ctx.config.webhookAllowedHosts.includes(host);
  let addresses: ResolvedAddress[];
  if (net.isIP(host)) addresses = [{ address: host, family: net.isIPv6(host) ? 6 : 4 }];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      throw refuse(`回调地址的域名 ${host} 无法解析`);
    }
    if (addresses.length === 0) throw refuse(`回调地址的域名 ${host} 无法解析`);
  }
  if (!allowed) {
    const blocked = addresses.find((a) => isBlockedAddress(a.address));
    if (blocked)
      throw refuse(
        `回调地址指向本机、内网、链路本地或保留地址（${host} → ${blocked.address}），不允许；如确需使用，请由管理员将该主机加入 WEBHOOK_ALLOWED_HOSTS`,
      );
  }
  return { url, pinned: addresses[0]! };
}
