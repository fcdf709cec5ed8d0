import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { CategoryList } from '@clipstream/contract';

/** For specs: answers the page's GET /api/categories with `list`, then gives its category select. */
export function categorySelectOf(
  fixture: ComponentFixture<unknown>,
  list: CategoryList,
): Promise<MatSelectHarness> {
  TestBed.inject(HttpTestingController).expectOne('/api/categories').flush(list);
  return TestbedHarnessEnvironment.loader(fixture).getHarness(
    MatSelectHarness.with({ selector: '[data-testid=category-select]' }),
  );
}
