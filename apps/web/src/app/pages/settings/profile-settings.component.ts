import { ChangeDetectionStrategy, Component, ElementRef, inject, input, OnInit } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { UserView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';

import { BIO_MAX, DISPLAY_NAME_MAX, ProfileService } from '../../core/profile/profile.service';
import { FormErrorComponent } from '../../shared/form-error/form-error.component';
import { FormSubmission } from '../../shared/forms/form-submission';
import { PictureFieldComponent } from './picture-field.component';

/** What the channel page shows of a person: name, bio, avatar and banner. */
@Component({
  selector: 'cs-profile-settings',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    FormErrorComponent,
    PictureFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-card-title><h2 id="profile-title">Your channel</h2></mat-card-title>
        <mat-card-subtitle>
          What people see on <a [routerLink]="['/channel', user().username]">your channel page</a> and next to
          your comments.
        </mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        <form [formGroup]="form" (ngSubmit)="save()" novalidate aria-labelledby="profile-title">
          <mat-form-field>
            <mat-label>Display name</mat-label>
            <input
              matInput
              formControlName="displayName"
              required
              [maxlength]="displayNameMax"
              autocomplete="nickname"
              data-testid="profile-display-name"
            />
            @if (form.controls.displayName.hasError('required')) {
              <mat-error>Your display name cannot be empty.</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>About you</mat-label>
            <textarea
              matInput
              formControlName="bio"
              rows="4"
              [maxlength]="bioMax"
              data-testid="profile-bio"
            ></textarea>
            <mat-hint align="end">{{ form.controls.bio.value.length }} / {{ bioMax }}</mat-hint>
          </mat-form-field>
          <cs-form-error [messages]="submission.errors()" />
          <div class="buttons">
            <button
              mat-flat-button
              type="submit"
              [disabled]="submission.pending()"
              data-testid="profile-save"
            >
              Save profile
            </button>
          </div>
        </form>

        <div class="pictures">
          <cs-picture-field kind="avatar" [currentUrl]="user().avatarUrl" />
          <cs-picture-field kind="banner" [currentUrl]="user().bannerUrl" />
        </div>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    mat-card-content {
      display: flex;
      flex-direction: column;
      gap: 32px;
      padding-top: 16px;
    }
    form {
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    .buttons {
      display: flex;
      justify-content: flex-end;
    }
    .pictures {
      display: grid;
      grid-template-columns: 160px minmax(0, 1fr);
      gap: 24px;
    }
    @media (max-width: 599px) {
      .pictures {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
})
export class ProfileSettingsComponent implements OnInit {
  private readonly profile = inject(ProfileService);
  private readonly snackBar = inject(MatSnackBar);

  readonly user = input.required<UserView>();

  protected readonly displayNameMax = DISPLAY_NAME_MAX;
  protected readonly bioMax = BIO_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX)]],
    bio: ['', Validators.maxLength(BIO_MAX)],
  });
  protected readonly submission = new FormSubmission(this.form, inject(ElementRef));

  /** Filled once: a later change of the session's user (a new avatar) must not wipe what is being typed. */
  ngOnInit(): void {
    const { displayName, bio } = this.user();
    this.form.setValue({ displayName, bio });
  }

  protected save(): void {
    const displayName = this.form.controls.displayName.value.trim();
    if (!displayName) this.form.controls.displayName.setErrors({ required: true });
    this.submission.submit(
      () => this.profile.update({ displayName, bio: this.form.controls.bio.value.trim() }),
      (user) => {
        this.form.setValue({ displayName: user.displayName, bio: user.bio });
        this.snackBar.open('Profile saved.', undefined, { duration: 3000 });
      },
    );
  }
}
