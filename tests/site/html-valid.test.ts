import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { fileOf, readPage } from './built-site.ts';
import { PAGE_TYPES } from './pages.ts';

// The repo's .htmlvalidate.json: html-validate:recommended, exceptions explained in the README.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('valid HTML on every page type', () => {
  for (const { type, path } of PAGE_TYPES) {
    it(`${path} (${type})`, async () => {
      const report = await validator.validateString(readPage(path), fileOf(path));
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      assert.deepEqual(messages, [], messages.join('\n'));
    });
  }
});
