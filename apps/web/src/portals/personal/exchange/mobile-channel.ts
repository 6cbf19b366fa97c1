/** The search parameter that opens the apply page straight into its steps (手机投保's target). */
export const MOBILE_CHANNEL_PARAM = 'channel';
export const MOBILE_CHANNEL_VALUE = 'mobile';

/** Below Ant Design's md breakpoint (768 px) the layout is the phone's. */
const PHONE_MAX_WIDTH = 767;
const MOBILE_AGENT = /Android|iPhone|iPad|iPod|Mobile|HarmonyOS|MicroMessenger/i;

/**
 * How 手机投保 shows on this device: a QR code to scan with a phone on a desktop; on a phone
 * (narrow screen or a mobile browser) a link, since nobody can scan their own screen.
 */
export function mobileChannelView(device: { width: number; userAgent: string }): 'qr' | 'link' {
  return device.width <= PHONE_MAX_WIDTH || MOBILE_AGENT.test(device.userAgent) ? 'link' : 'qr';
}

/** The apply page's address that opens the application steps directly (the QR code's and the link's). */
export function mobileApplyUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.set(MOBILE_CHANNEL_PARAM, MOBILE_CHANNEL_VALUE);
  url.hash = '';
  return url.toString();
}
