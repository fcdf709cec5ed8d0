import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatSelectHarness } from '@angular/material/select/testing';

import { CategorySelectComponent } from './category-select.component';

const list = {
  items: [
    { slug: 'music', name: 'Music' },
    { slug: 'science-technology', name: 'Science & Technology' },
  ],
};

@Component({
  imports: [ReactiveFormsModule, CategorySelectComponent],
  template: `<cs-category-select [formControl]="control" />`,
})
class HostComponent {
  readonly control = new FormControl<string | null>(null);
}

describe('CategorySelectComponent', () => {
  async function render(value: string | null, categories: object | null = list) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const fixture = TestBed.createComponent(HostComponent);
    const control = fixture.componentInstance.control;
    control.setValue(value);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    const request = http.expectOne('/api/categories');
    if (categories) request.flush(categories);
    else request.flush({ statusCode: 500 }, { status: 500, statusText: 'Server Error' });
    const select = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatSelectHarness);
    return { fixture, control, select };
  }

  async function optionTexts(select: MatSelectHarness): Promise<string[]> {
    await select.open();
    const texts = await Promise.all((await select.getOptions()).map((option) => option.getText()));
    await select.close();
    return texts;
  }

  it('offers None and the categories by name, and shows the current one', async () => {
    const { select } = await render('science-technology');
    expect(await select.getValueText()).toBe('Science & Technology');
    expect(await optionTexts(select)).toEqual(['None', 'Music', 'Science & Technology']);
  });

  it('gives the form the slug of a choice, and null for None', async () => {
    const { control, select } = await render(null);
    await select.open();
    await select.clickOptions({ text: 'Music' });
    expect(control.value).toBe('music');
    await select.open();
    await select.clickOptions({ text: 'None' });
    expect(control.value).toBeNull();
    expect(control.touched).toBe(true);
  });

  it('follows the form being disabled', async () => {
    const { control, select } = await render(null);
    control.disable();
    expect(await select.isDisabled()).toBe(true);
    control.enable();
    expect(await select.isDisabled()).toBe(false);
  });

  it('offers only None when the list cannot be had, keeping a category already set', async () => {
    const { control, select } = await render('music', null);
    expect(await select.getValueText()).toBe('music');
    expect(await optionTexts(select)).toEqual(['None', 'music']);
    expect(control.value).toBe('music');
  });
});
