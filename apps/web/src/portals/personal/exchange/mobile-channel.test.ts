import { describe, expect, it } from 'vitest';
import { mobileApplyUrl, mobileChannelView } from './mobile-channel';

const DESKTOP_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
const IPHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
const ANDROID_UA =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36';

describe('手机投保: a QR code on a desktop, a link on the phone itself', () => {
  it('shows the QR code on a wide desktop browser', () => {
    expect(mobileChannelView({ width: 1280, userAgent: DESKTOP_UA })).toBe('qr');
    expect(mobileChannelView({ width: 768, userAgent: DESKTOP_UA })).toBe('qr');
  });

  it('shows a link on a narrow screen or a mobile browser, whatever the other says', () => {
    expect(mobileChannelView({ width: 390, userAgent: DESKTOP_UA })).toBe('link');
    expect(mobileChannelView({ width: 767, userAgent: DESKTOP_UA })).toBe('link');
    expect(mobileChannelView({ width: 390, userAgent: IPHONE_UA })).toBe('link');
    // A phone in landscape, or asking for the desktop layout, is still the phone in the hand.
    expect(mobileChannelView({ width: 915, userAgent: ANDROID_UA })).toBe('link');
  });

  it('points the QR code and the link at the application steps of the same page', () => {
    expect(mobileApplyUrl('http://127.0.0.1:3000/personal/apply/abc#x')).toBe(
      'http://127.0.0.1:3000/personal/apply/abc?channel=mobile',
    );
    expect(mobileApplyUrl('http://h/personal/apply/abc?channel=mobile')).toBe(
      'http://h/personal/apply/abc?channel=mobile',
    );
  });
});
