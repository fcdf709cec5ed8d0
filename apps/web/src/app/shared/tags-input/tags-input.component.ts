import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';

export const MAX_TAGS = 15;
const MAX_TAG_LENGTH = 40;

/** "#Cats, " → "cats": tags are matched without case, and commas separate them on the wire. */
export function normaliseTag(text: string): string {
  return text.replace(/[#,]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase().slice(0, MAX_TAG_LENGTH);
}

/** A chips field for a video's tags: Enter or a comma adds one, Backspace removes the last. */
@Component({
  selector: 'cs-tags-input',
  imports: [MatChipsModule, MatFormFieldModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="field">
      <mat-label>Tags</mat-label>
      <mat-chip-grid #grid aria-label="Tags" [disabled]="disabled()">
        @for (tag of tags(); track tag) {
          <mat-chip-row (removed)="remove(tag)">
            {{ tag }}
            <button matChipRemove type="button" [attr.aria-label]="'Remove tag ' + tag">
              <mat-icon svgIcon="close" />
            </button>
          </mat-chip-row>
        }
        <input
          data-testid="tags-input"
          placeholder="Add a tag"
          [matChipInputFor]="grid"
          [matChipInputSeparatorKeyCodes]="separators"
          [matChipInputAddOnBlur]="true"
          [disabled]="disabled() || full()"
          (matChipInputTokenEnd)="add($event)"
        />
      </mat-chip-grid>
      <mat-hint>{{
        full() ? 'That is the most tags a video can have.' : 'Press Enter or comma after each tag.'
      }}</mat-hint>
    </mat-form-field>
  `,
  styles: `
    .field {
      width: 100%;
    }
  `,
})
export class TagsInputComponent {
  readonly tags = model<string[]>([]);
  readonly disabled = input(false);

  protected readonly separators = [ENTER, COMMA];
  protected readonly full = computed(() => this.tags().length >= MAX_TAGS);

  protected add(event: MatChipInputEvent): void {
    const tag = normaliseTag(event.value);
    event.chipInput.clear();
    if (!tag || this.tags().includes(tag) || this.full()) return;
    this.tags.set([...this.tags(), tag]);
  }

  protected remove(tag: string): void {
    this.tags.set(this.tags().filter((existing) => existing !== tag));
  }
}
