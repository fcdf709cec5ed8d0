import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { SearchResultsView, SearchType } from '@clipstream/contract';
import { Observable } from 'rxjs';

import { queryParams } from '../http/query-params';

export interface SearchQuery {
  q?: string;
  type?: SearchType;
  /** Only videos with this tag. */
  tag?: string;
  /** Only videos of this category (its slug). */
  category?: string;
  page?: number;
  pageSize?: number;
}

/** One search over videos (full text) and channels (names). */
@Injectable({ providedIn: 'root' })
export class SearchService {
  private readonly http = inject(HttpClient);

  search(query: SearchQuery): Observable<SearchResultsView> {
    return this.http.get<SearchResultsView>('/api/search', { params: queryParams(query) });
  }
}
