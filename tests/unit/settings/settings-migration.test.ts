import { describe, expect, it } from 'vitest';
import { fieldsFromLegacy, mergeLegacy } from '../../../core/settings-migration';

describe('migrating the old local:settings object', () => {
  it('shape 1 (first release): sites and hover delay move, pause is left to its default', () => {
    expect(fieldsFromLegacy({ disabledSites: ['example.com'], hoverDelayMs: 500 })).toEqual({
      fields: { disabledSites: ['example.com'], hoverDelayMs: 500 },
      problems: {},
    });
  });

  it('shape 2 (with "Pause everywhere"): every field moves', () => {
    expect(
      fieldsFromLegacy({ disabledSites: ['localhost', 'news.org'], paused: true, hoverDelayMs: 0 }),
    ).toEqual({
      fields: { disabledSites: ['localhost', 'news.org'], paused: true, hoverDelayMs: 0 },
      problems: {},
    });
  });

  it('an empty object or nothing stored moves nothing', () => {
    expect(fieldsFromLegacy({})).toEqual({ fields: {}, problems: {} });
    expect(fieldsFromLegacy(undefined)).toEqual({ fields: {}, problems: {} });
  });

  it('a corrupted object keeps its good fields and reports the bad ones', () => {
    expect(fieldsFromLegacy({ disabledSites: 'example.com', paused: true, hoverDelayMs: 99999 })).toEqual({
      fields: { paused: true },
      problems: {
        disabledSites: { key: 'settingsStoredInvalid' },
        hoverDelayMs: { key: 'settingsStoredInvalid' },
      },
    });
  });

  it('a value that is not an object moves nothing and says so', () => {
    const { fields, problems } = fieldsFromLegacy('paused');
    expect(fields).toEqual({});
    expect(Object.keys(problems)).not.toHaveLength(0);
  });

  it('fills the fields sync does not hold yet; a synced value, the newer choice, wins', () => {
    expect(mergeLegacy({}, { paused: true, hoverDelayMs: 500 })).toEqual({ paused: true, hoverDelayMs: 500 });
    expect(mergeLegacy({ hoverDelayMs: 800 }, { paused: true, hoverDelayMs: 500 })).toEqual({ paused: true });
  });

  it('a damaged synced field takes the old value instead of staying at its default', () => {
    expect(mergeLegacy({ hoverDelayMs: 'slow' }, { hoverDelayMs: 500 })).toEqual({ hoverDelayMs: 500 });
  });

  it('the deny list keeps the sites switched off on either machine', () => {
    expect(mergeLegacy({ disabledSites: ['b.org'] }, { disabledSites: ['a.org', 'b.org'] })).toEqual({
      disabledSites: ['a.org', 'b.org'],
    });
    expect(mergeLegacy({ disabledSites: ['a.org', 'b.org'] }, { disabledSites: ['a.org'] })).toEqual({});
  });
});
