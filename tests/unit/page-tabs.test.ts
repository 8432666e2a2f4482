import { describe, expect, it } from 'vitest';
import { tabsShowingPage } from '../../lib/page-tabs';

describe('tabsShowingPage', () => {
  const tabs = [
    { id: 1, url: 'https://news.example/a?utm_campaign=x#top' },
    { id: 2, url: 'https://news.example/b' },
    { id: 3, url: 'https://news.example/a' },
    { id: 4, url: 'chrome://extensions/' },
    { id: 5 },
    { url: 'https://news.example/a' },
  ];

  it('finds the tabs whose address is filed under the page’s, whatever their tracking parameters', () => {
    expect(tabsShowingPage(tabs, ['https://news.example/a'])).toEqual([1, 3]);
  });

  it('leaves out the tab that made the change', () => {
    expect(tabsShowingPage(tabs, ['https://news.example/a'], 3)).toEqual([1]);
  });

  it('matches a tab open at the highlight’s canonical address', () => {
    expect(tabsShowingPage(tabs, ['https://m.news.example/a', 'https://news.example/b'])).toEqual([2]);
  });
});
