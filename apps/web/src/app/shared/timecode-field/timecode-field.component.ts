import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  Injector,
  input,
  model,
  output,
  untracked,
} from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { formatTimecode, parseTimecode } from '../format/timecode';

/**
 * A time typed as "HH:MM:SS.mmm", "MM:SS" or seconds. A valid time is emitted as seconds when the field
 * is left or Enter is pressed; anything else stays in the field, marked, until it is corrected.
 */
@Component({
  selector: 'cs-timecode-field',
  imports: [MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field [class.invalid]="invalidText() !== null">
      <mat-label>{{ label() }}</mat-label>
      <input
        #field
        matInput
        inputmode="decimal"
        spellcheck="false"
        autocomplete="off"
        [attr.data-testid]="testId()"
        [attr.aria-invalid]="invalidText() !== null"
        [value]="invalidText() ?? timecode(seconds())"
        (change)="commit(field)"
        (keydown.enter)="$event.preventDefault(); commit(field)"
      />
      <mat-hint>
        {{ invalidText() === null ? 'HH:MM:SS.mmm' : 'Not a time, e.g. 01:05.250' }}
      </mat-hint>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
    input {
      font-variant-numeric: tabular-nums;
    }
    .invalid {
      --mat-form-field-outlined-outline-color: var(--mat-sys-error);
      --mat-form-field-outlined-hover-outline-color: var(--mat-sys-error);
      --mat-form-field-outlined-focus-outline-color: var(--mat-sys-error);
      --mat-form-field-outlined-label-text-color: var(--mat-sys-error);
      --mat-form-field-outlined-focus-label-text-color: var(--mat-sys-error);
      --mat-form-field-subscript-text-color: var(--mat-sys-error);
    }
  `,
})
export class TimecodeFieldComponent {
  private readonly injector = inject(Injector);

  readonly label = input.required<string>();
  readonly testId = input<string | null>(null);
  readonly seconds = input.required<number>();
  /** What was typed that is not a time (null when the field holds a time), for a form to refuse it. */
  readonly invalidText = model<string | null>(null);
  /** A valid time was entered. */
  readonly time = output<number>();

  constructor() {
    // The time was changed elsewhere (a handle, a chapter): that replaces a half-typed one.
    effect(() => {
      this.seconds();
      untracked(() => {
        if (this.invalidText() !== null) this.invalidText.set(null);
      });
    });
  }

  protected timecode(seconds: number): string {
    return formatTimecode(seconds);
  }

  protected commit(field: HTMLInputElement): void {
    const seconds = parseTimecode(field.value);
    if (seconds === null) {
      this.invalidText.set(field.value);
      return;
    }
    this.invalidText.set(null);
    this.time.emit(seconds);
    // The owner may keep another time (clamped to the video, away from the other end): show that one,
    // also when it equals the time before and so the binding does not write the field again.
    afterNextRender(
      { write: () => (field.value = formatTimecode(this.seconds())) },
      { injector: this.injector },
    );
  }
}
