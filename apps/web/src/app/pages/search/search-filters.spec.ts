import { cleanFilter, filterSuggestions, searchTab } from './search-filters';

describe('search filters', () => {
  it('reads the tab from the URL', () => {
    expect(searchTab('channels')).toBe('channels');
    expect(searchTab('videos')).toBe('videos');
    expect(searchTab(undefined)).toBe('videos');
    expect(searchTab('anything')).toBe('videos');
  });

  it('cleans a typed filter', () => {
    expect(cleanFilter('  #Cats ')).toBe('cats');
    expect(cleanFilter(undefined)).toBe('');
  });

  it('suggests the most common tags and categories of the results', () => {
    const videos = [
      { tags: ['cats', 'funny'], category: 'pets' },
      { tags: ['cats'], category: 'pets' },
      { tags: ['dogs'], category: null },
    ];
    expect(filterSuggestions(videos, { tag: '', category: '' })).toEqual({
      tags: ['cats', 'dogs', 'funny'],
      categories: ['pets'],
    });
  });

  it('suggests nothing more of a kind that is already filtered', () => {
    const videos = [{ tags: ['cats', 'funny'], category: 'pets' }];
    expect(filterSuggestions(videos, { tag: 'cats', category: '' })).toEqual({
      tags: [],
      categories: ['pets'],
    });
  });

  it('keeps to the limit', () => {
    const videos = [{ tags: ['a', 'b', 'c'], category: null }];
    expect(filterSuggestions(videos, { tag: '', category: '' }, 2).tags).toEqual(['a', 'b']);
  });
});
