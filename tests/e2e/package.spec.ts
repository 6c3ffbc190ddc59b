import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { LINKS } from '@/utils/content/links';
import { POPUP_SHORTCUT, POPUP_SHORTCUT_MAC } from '../../wxt.config';

/*
 * What ships: exactly the permissions needed, the default content security
 * policy, and no code that reaches the network or evaluates strings.
 */
const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv3'].map((dir) => resolve(dir));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

for (const dir of BUILDS) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const name = dir.split('/').at(-1);

  test(`${name}: holds exactly storage and alarms, notifications only as optional`, () => {
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
    expect(manifest.optional_permissions).toEqual(['notifications']);
    for (const key of [
      'host_permissions',
      'optional_host_permissions',
      'content_scripts',
      'web_accessible_resources',
      'externally_connectable',
    ]) {
      expect(manifest[key], key).toBeUndefined();
    }
  });

  test(`${name}: has the toolbar and store icons from public/icon/ at the size each names`, () => {
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    for (const [size, path] of Object.entries<string>(manifest.icons)) {
      const png = readFileSync(join(dir, path));
      // A PNG's width and height are the big-endian words at bytes 16 and 20 of its header.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([Number(size), Number(size)]);
    }
  });

  test(`${name}: suggests the key that opens the popup, and no other command`, () => {
    expect(manifest.commands?._execute_action?.suggested_key).toEqual({
      default: POPUP_SHORTCUT,
      mac: POPUP_SHORTCUT_MAC,
    });
    expect(Object.keys(manifest.commands)).toEqual(['_execute_action']);
  });

  test(`${name}: keeps the default content security policy`, () => {
    expect(manifest.content_security_policy).toBeUndefined();
  });

  test(`${name}: ships no remote code, no string evaluation and no fetches`, () => {
    const allowed = new Set<string>(Object.values(LINKS));
    for (const file of files(dir).filter((f) => /\.(js|html|css)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      const found = (pattern: RegExp) => text.match(pattern)?.[0] ?? null;
      expect(found(/<script[^>]+src=["']https?:/), `${file}: remote script`).toBeNull();
      expect(found(/\beval\(|new Function\(|importScripts\(/), `${file}: string evaluation`).toBeNull();
      expect(found(/\bfetch\(|XMLHttpRequest|WebSocket\(|sendBeacon/), `${file}: network call`).toBeNull();
      expect(found(/url\(\s*["']?https?:/), `${file}: remote stylesheet resource`).toBeNull();
      // Addresses in the code are only the links a person may choose to follow.
      const addresses = [...text.matchAll(/https?:\/\/[^\s"'`)<>]+/g)].map((m) => m[0]);
      const ours = addresses.filter((a) => /palomasserenity|findahelpline/.test(a));
      for (const address of ours) expect(allowed, `${file}: ${address}`).toContain(address);
    }
  });
}
