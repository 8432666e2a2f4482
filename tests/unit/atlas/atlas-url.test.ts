import { describe, expect, it, vi } from 'vitest';
import { atlasUrl } from '../../../lib/atlas-url.ts';

vi.mock('wxt/browser', () => ({
  browser: { runtime: { getURL: (path: string) => `chrome-extension://glosa-id${path}` } },
}));

describe('atlasUrl', () => {
  it('gives the atlas page of an entity, as the popover links to it', () => {
    expect(atlasUrl('evo-morales')).toBe('chrome-extension://glosa-id/atlas.html#evo-morales');
  });

  it('gives the entity list without an id', () => {
    expect(atlasUrl()).toBe('chrome-extension://glosa-id/atlas.html');
  });
});
