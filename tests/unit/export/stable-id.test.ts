import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUuid, sha1, uuidV5 } from '../../../core/highlights/stable-id.ts';

describe('uuidV5', () => {
  it('gives RFC 9562 version 5 UUIDs (the DNS example)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('is deterministic and a valid UUID for any foreign id', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        const id = uuidV5(name);
        expect(id).toBe(uuidV5(name));
        expect(isUuid(id)).toBe(true);
      }),
    );
  });
});

describe('sha1', () => {
  it('agrees with Node’s SHA-1 across block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(Buffer.from(sha1(bytes)).toString('hex')).toBe(createHash('sha1').update(bytes).digest('hex'));
      }),
    );
  });
});
