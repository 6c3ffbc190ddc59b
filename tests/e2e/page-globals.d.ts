/*
 * Code passed to page.evaluate() runs inside extension pages, where the
 * browser namespace is a global. This names its type for the test files.
 */
declare const browser: typeof import('wxt/browser').browser;
