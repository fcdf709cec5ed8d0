import { Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { provideRouter, Router } from '@angular/router';
import { of } from 'rxjs';

import { AuthSubmission } from './auth-submission';

@Component({ template: '' })
class PageComponent {
  readonly returnUrl = input<string>();
  readonly form = new FormGroup({ login: new FormControl('', Validators.required) });
  readonly submission = new AuthSubmission(this.form, this.returnUrl);
}

describe('AuthSubmission', () => {
  function render(returnUrl?: string) {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(PageComponent);
    if (returnUrl !== undefined) fixture.componentRef.setInput('returnUrl', returnUrl);
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    return { page: fixture.componentInstance, navigate };
  }

  it('goes back to the page the visitor came from once let in', () => {
    const { page, navigate } = render('/my-videos?sort=new');
    page.form.setValue({ login: 'ann' });
    page.submission.send(() => of({}));
    expect(navigate).toHaveBeenCalledWith('/my-videos?sort=new');
  });

  it('goes home instead of to another site', () => {
    const { page, navigate } = render('//evil.example/');
    page.form.setValue({ login: 'ann' });
    page.submission.send(() => of({}));
    expect(navigate).toHaveBeenCalledWith('/');
  });

  it('stays, sending nothing, while the form is invalid', () => {
    const { page, navigate } = render('/upload');
    const request = vi.fn(() => of({}));
    page.submission.send(request);
    expect(request).not.toHaveBeenCalled();
    expect(navigate).not.toHaveBeenCalled();
  });
});
