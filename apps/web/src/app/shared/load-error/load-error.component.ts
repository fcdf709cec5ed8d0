import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

import { apiErrorMessages, isUnreachable } from '../../core/api/api-error';

/** What a page shows when its data could not be loaded, with a way to try again. */
@Component({
  selector: 'cs-load-error',
  imports: [MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="load-error" role="alert">
      <mat-icon [svgIcon]="offline() ? 'cloud-off' : 'error'" aria-hidden="true" />
      <h2>{{ offline() ? 'Cannot reach the server' : 'Something went wrong' }}</h2>
      @for (message of details(); track $index) {
        <p>{{ message }}</p>
      }
      <button mat-stroked-button type="button" (click)="retry.emit()">Try again</button>
    </div>
  `,
  styles: `
    @use '../../../styles/empty-state' as *;

    .load-error {
      @include empty-state;
    }
    p {
      margin: 0;
      max-width: 48ch;
    }
    button {
      margin-top: 12px;
    }
  `,
})
export class LoadErrorComponent {
  readonly error = input.required<unknown>();
  readonly retry = output<void>();

  protected readonly offline = computed(() => isUnreachable(this.error()));
  protected readonly details = computed(() =>
    this.offline()
      ? ['Check your connection, or wait a moment for the server to come back.']
      : apiErrorMessages(this.error()),
  );
}
