import {
  ChangeDetectionStrategy,
  Component,
  computed,
  forwardRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { type ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';

import { CategoriesService } from '../../core/categories/categories.service';

/**
 * A form control for a video's category: its slug, or null for none. Used with `formControlName` like any
 * field, so the form's disable() and reset() reach it.
 */
@Component({
  selector: 'cs-category-select',
  imports: [MatFormFieldModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => CategorySelectComponent), multi: true },
  ],
  template: `
    <mat-form-field class="field">
      <mat-label>{{ label() }}</mat-label>
      <mat-select
        data-testid="category-select"
        [value]="value()"
        [disabled]="disabled()"
        (selectionChange)="choose($event.value)"
        (closed)="onTouched()"
      >
        <!-- a null value makes it Material's reset option: choosing it empties the field -->
        <mat-option [value]="null">{{ noneLabel() }}</mat-option>
        @for (category of categories.items(); track category.slug) {
          <mat-option [value]="category.slug">{{ category.name }}</mat-option>
        }
        @if (unlisted(); as slug) {
          <mat-option [value]="slug">{{ slug }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      width: 100%;
    }
  `,
})
export class CategorySelectComponent implements ControlValueAccessor {
  readonly label = input('Category');
  /** What the empty choice says: "None" on a video, "Any" in a filter. */
  readonly noneLabel = input('None');

  protected readonly categories = inject(CategoriesService);
  protected readonly value = signal<string | null>(null);
  protected readonly disabled = signal(false);
  /** A slug the list lacks (still loading, or it failed) stays visible instead of a blank field. */
  protected readonly unlisted = computed(() => {
    const slug = this.value();
    return slug && !this.categories.items().some((category) => category.slug === slug) ? slug : null;
  });

  private onChange: (value: string | null) => void = () => undefined;
  protected onTouched: () => void = () => undefined;

  constructor() {
    this.categories.load();
  }

  writeValue(value: string | null | undefined): void {
    this.value.set(value || null);
  }

  registerOnChange(fn: (value: string | null) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected choose(slug: string | null): void {
    this.value.set(slug || null);
    this.onChange(slug || null);
  }
}
