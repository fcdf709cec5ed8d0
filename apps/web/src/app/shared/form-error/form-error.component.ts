import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** The server's (or the network's) answer to a form, shown right above its submit button. */
@Component({
  selector: 'cs-form-error',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (messages().length > 0) {
      <div class="form-error" role="alert" data-testid="form-error">
        <mat-icon svgIcon="error" aria-hidden="true" />
        @if (messages().length === 1) {
          <p>{{ messages()[0] }}</p>
        } @else {
          <ul>
            @for (message of messages(); track $index) {
              <li>{{ message }}</li>
            }
          </ul>
        }
      </div>
    }
  `,
  styles: `
    .form-error {
      display: flex;
      gap: 12px;
      align-items: flex-start;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-body-medium);
    }
    mat-icon {
      flex: none;
    }
    p,
    ul {
      margin: 2px 0 0;
    }
    ul {
      padding-left: 18px;
    }
  `,
})
export class FormErrorComponent {
  readonly messages = input.required<string[]>();
}
