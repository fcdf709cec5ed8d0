import { ElementRef } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { HttpErrorResponse } from '@angular/common/http';
import { Subject, throwError } from 'rxjs';

import { FormSubmission } from './form-submission';

function setup() {
  const host = document.createElement('form');
  const input = document.createElement('input');
  host.append(input);
  document.body.append(host);
  const form = new FormGroup({ title: new FormControl('', Validators.required) });
  return { form, input, submission: new FormSubmission(form, new ElementRef(host)) };
}

describe('FormSubmission', () => {
  it('sends nothing for an invalid form: marks it touched and focuses the first bad field', () => {
    const { form, input, submission } = setup();
    input.classList.add('ng-invalid');
    const request = vi.fn();
    submission.submit(request, () => undefined);
    expect(request).not.toHaveBeenCalled();
    expect(form.touched).toBe(true);
    expect(document.activeElement).toBe(input);
  });

  it('sends once while a request is out, then hands over the result', () => {
    const { form, submission } = setup();
    form.setValue({ title: 'ok' });
    const response = new Subject<string>();
    const request = vi.fn(() => response);
    const done = vi.fn();
    submission.submit(request, done);
    submission.submit(request, done);
    expect(request).toHaveBeenCalledTimes(1);
    expect(submission.pending()).toBe(true);
    response.next('saved');
    response.complete();
    expect(done).toHaveBeenCalledWith('saved');
    expect(submission.pending()).toBe(false);
  });

  it('shows the API’s messages when it refuses', () => {
    const { form, submission } = setup();
    form.setValue({ title: 'ok' });
    const refusal = new HttpErrorResponse({
      status: 400,
      error: { statusCode: 400, message: ['title must be shorter'] },
    });
    submission.submit(
      () => throwError(() => refusal),
      () => undefined,
    );
    expect(submission.errors()).toEqual(['title must be shorter']);
    expect(submission.pending()).toBe(false);
  });
});
