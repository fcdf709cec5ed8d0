import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, ChangeDetectorRef, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ReactiveFormsModule } from '@angular/forms';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatSelectHarness } from '@angular/material/select/testing';

import { provideAppIcons } from '../../core/icons/app-icons';
import { videoDetailsForm } from './video-details-form';
import { VideoDetailsFieldsComponent } from './video-details-fields.component';

/** OnPush like the pages, which change their form from their own code. */
@Component({
  imports: [ReactiveFormsModule, VideoDetailsFieldsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submitted = true" novalidate>
      <cs-video-details-fields
        [form]="form"
        [(tags)]="tags"
        testIdPrefix="upload"
        [titleCounter]="counter()"
      />
      <button type="submit">Send</button>
    </form>
  `,
})
class HostComponent {
  readonly form = videoDetailsForm({
    title: 'Concert',
    description: 'Live',
    visibility: 'unlisted',
    category: null,
  });
  readonly tags = signal(['live']);
  readonly counter = signal(false);
  submitted = false;
}

describe('VideoDetailsFieldsComponent', () => {
  function render() {
    TestBed.configureTestingModule({
      providers: [provideAppIcons(), provideHttpClient(), provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/categories')
      .flush({ items: [{ slug: 'music', name: 'Music' }] });
    const root: HTMLElement = fixture.nativeElement;
    const field = <T extends HTMLElement>(testId: string) =>
      root.querySelector<T>(`[data-testid=${testId}]`)!;
    /** As after one of the page's event handlers ran. */
    const pageChecked = () => {
      fixture.componentRef.injector.get(ChangeDetectorRef).markForCheck();
      fixture.detectChanges();
    };
    return { fixture, host: fixture.componentInstance, root, field, pageChecked };
  }

  it('shows the form’s values in fields named by the prefix', async () => {
    const { fixture, field } = render();
    expect(field<HTMLInputElement>('upload-title').value).toBe('Concert');
    expect(field<HTMLTextAreaElement>('upload-description').value).toBe('Live');
    const visibility = await TestbedHarnessEnvironment.loader(fixture).getHarness(
      MatSelectHarness.with({ selector: '[data-testid=upload-visibility]' }),
    );
    expect(await visibility.getValueText()).toContain('Unlisted');
  });

  it('writes what is typed into the page’s form', () => {
    const { host, field } = render();
    const title = field<HTMLInputElement>('upload-title');
    title.value = 'Concert in the park';
    title.dispatchEvent(new Event('input'));
    expect(host.form.controls.title.value).toBe('Concert in the park');
  });

  it('counts the title only when asked to', () => {
    const { fixture, host, root } = render();
    expect(root.textContent).not.toContain('7 / 200');
    host.counter.set(true);
    fixture.detectChanges();
    expect(root.textContent).toContain('7 / 200');
  });

  it('follows a title the page sets itself', () => {
    const { host, root, pageChecked } = render();
    host.counter.set(true);
    host.form.controls.title.setValue('Holiday at sea');
    pageChecked();
    expect(root.textContent).toContain('14 / 200');
  });

  it('says a title is missing once the page’s form is submitted', () => {
    const { fixture, host, root, pageChecked } = render();
    host.form.controls.title.setValue('');
    pageChecked();
    expect(root.querySelector('mat-error')).toBeNull();
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    fixture.detectChanges();
    expect(host.submitted).toBe(true);
    expect(root.querySelector('mat-error')?.textContent).toContain('Give the video a title.');
  });

  it('disables every field, the tags too, with the page’s form', () => {
    const { host, field, pageChecked } = render();
    host.form.disable();
    pageChecked();
    expect(field<HTMLInputElement>('upload-title').disabled).toBe(true);
    expect(field<HTMLTextAreaElement>('upload-description').disabled).toBe(true);
    expect(field<HTMLInputElement>('tags-input').disabled).toBe(true);
  });
});
