import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatTooltipHarness } from '@angular/material/tooltip/testing';

import { provideAppIcons } from '../../core/icons/app-icons';
import { IconActionComponent } from './icon-action.component';

@Component({
  imports: [IconActionComponent],
  template: `
    <cs-icon-action
      icon="delete"
      tooltip="Delete"
      label="Delete Concert"
      testId="delete-video"
      [disabled]="busy()"
      (pressed)="pressed = pressed + 1"
    />
  `,
})
class HostComponent {
  readonly busy = signal(false);
  pressed = 0;
}

describe('IconActionComponent', () => {
  function render() {
    TestBed.configureTestingModule({ providers: [provideAppIcons()] });
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    const button = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
      'button[data-testid=delete-video]',
    )!;
    return { fixture, host: fixture.componentInstance, button };
  }

  it('puts the test id and the full label on the button', () => {
    const { button } = render();
    expect(button.type).toBe('button');
    expect(button.getAttribute('aria-label')).toBe('Delete Concert');
    expect(button.querySelector('mat-icon')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows the short tooltip', async () => {
    const { fixture } = render();
    const tooltip = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatTooltipHarness);
    await tooltip.show();
    expect(await tooltip.getTooltipText()).toBe('Delete');
  });

  it('reports a press', () => {
    const { host, button } = render();
    button.click();
    expect(host.pressed).toBe(1);
  });

  it('is disabled, and reports nothing, while the row is busy', () => {
    const { fixture, host, button } = render();
    host.busy.set(true);
    fixture.detectChanges();
    expect(button.disabled).toBe(true);
    button.click();
    expect(host.pressed).toBe(0);
  });
});
