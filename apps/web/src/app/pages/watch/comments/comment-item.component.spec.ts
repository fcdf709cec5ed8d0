import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CommentView } from '@clipstream/contract';

import { provideAppIcons } from '../../../core/icons/app-icons';
import { CommentItemComponent } from './comment-item.component';

const markup: CommentView = {
  id: 'c1',
  videoId: 'v1',
  parentId: null,
  body: '<img src=x onerror="alert(1)"><b>bold</b>',
  author: { id: 'u1', username: 'eve', displayName: '<script>alert(2)</script>', avatarUrl: null },
  createdAt: '2026-01-01T00:00:00Z',
  editedAt: null,
  replyCount: 0,
};

function render(inputs: { canEdit?: boolean; canDelete?: boolean } = {}) {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideAppIcons(), provideHttpClient(), provideHttpClientTesting()],
  });
  const fixture = TestBed.createComponent(CommentItemComponent);
  fixture.componentRef.setInput('comment', markup);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('CommentItemComponent', () => {
  it('shows the text and the name exactly as written, never as markup', () => {
    const root = render();
    const body = root.querySelector('[data-testid=comment-body]')!;
    expect(body.textContent).toBe(markup.body);
    expect(body.querySelector('img, b')).toBeNull();
    const name = root.querySelector('[data-testid=comment-author]')!;
    expect(name.textContent?.trim()).toBe(markup.author.displayName);
    expect(root.querySelector('script')).toBeNull();
  });

  it('offers edit and delete only when allowed', () => {
    const viewer = render();
    expect(viewer.querySelector('[data-testid=reply-button]')).not.toBeNull();
    expect(viewer.querySelector('[data-testid=comment-edit]')).toBeNull();
    expect(viewer.querySelector('[data-testid=comment-delete]')).toBeNull();
  });

  it('lets the author edit and delete', () => {
    const author = render({ canEdit: true, canDelete: true });
    expect(author.querySelector('[data-testid=comment-edit]')).not.toBeNull();
    expect(author.querySelector('[data-testid=comment-delete]')).not.toBeNull();
  });
});
