import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { uiLanguage } from '@/utils/content/text';
import { catalogue } from './catalogue';

const spanish = catalogue('es');

function browserLanguage(tag: string) {
  vi.stubGlobal('navigator', { language: tag });
}

afterEach(() => vi.unstubAllGlobals());

describe('uiLanguage: the language our words are shown in', () => {
  it('is the catalogue language, with the browser region when the language is the same', () => {
    browserLanguage('en-GB');
    expect(uiLanguage()).toBe('en-GB');
  });

  it('says English for a browser whose language we do not have (its words are English)', () => {
    browserLanguage('fr-FR');
    expect(uiLanguage()).toBe('en');
  });

  it('follows the Spanish catalogue when the browser picked it', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => spanish.get(key) ?? '');
    browserLanguage('es-MX');
    expect(uiLanguage()).toBe('es-MX');
    browserLanguage('pt-BR');
    expect(uiLanguage()).toBe('es');
  });
});
