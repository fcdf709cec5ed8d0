import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { CategoriesService } from './categories.service';

const list = {
  items: [
    { slug: 'music', name: 'Music' },
    { slug: 'science-technology', name: 'Science & Technology' },
  ],
};

describe('CategoriesService', () => {
  let http: HttpTestingController;

  function setUp(): CategoriesService {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    return TestBed.inject(CategoriesService);
  }

  afterEach(() => http.verify());

  it('asks once, however many pages want the list', () => {
    const categories = setUp();
    categories.load();
    categories.load();
    const request = http.expectOne('/api/categories');
    expect(request.request.method).toBe('GET');
    request.flush(list);
    categories.load();
    http.expectNone('/api/categories');
    expect(categories.items()).toEqual(list.items);
  });

  it('names a slug, and falls back to the slug itself', () => {
    const categories = setUp();
    expect(categories.name('music')).toBe('music');
    categories.load();
    http.expectOne('/api/categories').flush(list);
    expect(categories.name('science-technology')).toBe('Science & Technology');
    expect(categories.name('retired')).toBe('retired');
  });

  it('stays empty after a failure, and asks again on the next load', () => {
    const categories = setUp();
    categories.load();
    http
      .expectOne('/api/categories')
      .flush({ statusCode: 500, message: 'Boom' }, { status: 500, statusText: 'Server Error' });
    expect(categories.items()).toEqual([]);
    categories.load();
    http.expectOne('/api/categories').flush(list);
    expect(categories.items()).toEqual(list.items);
  });
});
