import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';

/**
 * An icon-only button of a row's actions. The tooltip says what it does for sighted users; the label
 * also names what it does it to, since a screen reader hears the buttons of many rows alike.
 */
@Component({
  selector: 'cs-icon-action',
  imports: [MatButtonModule, MatIconModule, MatTooltipModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-icon-button
      type="button"
      [attr.data-testid]="testId()"
      [attr.aria-label]="label()"
      [matTooltip]="tooltip()"
      [disabled]="disabled()"
      (click)="pressed.emit()"
    >
      <mat-icon [svgIcon]="icon()" aria-hidden="true" />
    </button>
  `,
  styles: `
    /* the button is laid out by the row's actions as if it stood there itself */
    :host {
      display: contents;
    }
  `,
})
export class IconActionComponent {
  readonly icon = input.required<string>();
  readonly label = input.required<string>();
  readonly tooltip = input.required<string>();
  /** Goes on the button itself, where tests find and click it. */
  readonly testId = input.required<string>();
  readonly disabled = input(false);
  readonly pressed = output<void>();
}
