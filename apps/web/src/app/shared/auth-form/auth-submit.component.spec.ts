import { Component, ElementRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { Subject } from 'rxjs';

import { provideAppIcons } from '../../core/icons/app-icons';
import { FormSubmission } from '../forms/form-submission';
import { AuthSubmitComponent } from './auth-submit.component';

@Component({
  imports: [AuthSubmitComponent],
  template: `
    <form>
      <cs-auth-submit [submission]="submission" testId="login-submit" pendingLabel="Signing in">
        Sign in
      </cs-auth-submit>
    </form>
  `,
})
class HostComponent {
  readonly submission = new FormSubmission(new FormControl('ann'), new ElementRef(document.body));
}

describe('AuthSubmitComponent', () => {
  function render() {
    TestBed.configureTestingModule({ providers: [provideAppIcons()] });
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    const root: HTMLElement = fixture.nativeElement;
    const button = root.querySelector<HTMLButtonElement>('button[data-testid=login-submit]')!;
    return { fixture, submission: fixture.componentInstance.submission, root, button };
  }

  it('is the form’s submit button, labelled by its content', () => {
    const { button } = render();
    expect(button.type).toBe('submit');
    expect(button.textContent?.trim()).toBe('Sign in');
    expect(button.disabled).toBe(false);
  });

  it('spins, disabled, while the request is out', () => {
    const { fixture, submission, button } = render();
    const response = new Subject<void>();
    submission.submit(
      () => response,
      () => undefined,
    );
    fixture.detectChanges();
    expect(button.disabled).toBe(true);
    expect(button.querySelector('mat-spinner')?.getAttribute('aria-label')).toBe('Signing in');
    expect(button.textContent?.trim()).toBe('');
    response.complete();
    fixture.detectChanges();
    expect(button.disabled).toBe(false);
    expect(button.textContent?.trim()).toBe('Sign in');
  });

  it('shows why the server refused', () => {
    const { fixture, submission, root } = render();
    submission.errors.set(['Wrong password.']);
    fixture.detectChanges();
    expect(root.querySelector('[data-testid=form-error]')?.textContent).toContain('Wrong password.');
  });
});
