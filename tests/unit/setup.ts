import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogue } from './catalogue';

const english = catalogue('en');

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no i18n and no action title: answer from the real catalogue.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (english.get(key) ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  });
  vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
});
