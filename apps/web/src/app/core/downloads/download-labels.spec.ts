import { downloadStatusLabel, expiryLabel } from './download-labels';

const now = new Date('2026-11-21T12:00:00Z');
const completed = {
  status: 'completed' as const,
  progress: 100,
  expired: false,
  expiresAt: '2026-11-28T11:00:00Z',
};

describe('download labels', () => {
  it('says where a download stands', () => {
    expect(downloadStatusLabel({ ...completed, status: 'pending', progress: 0 })).toBe('Waiting');
    expect(downloadStatusLabel({ ...completed, status: 'processing', progress: 41.7 })).toBe(
      'Downloading 42%',
    );
    expect(downloadStatusLabel(completed, now)).toBe('Ready');
    expect(downloadStatusLabel({ ...completed, expired: true })).toBe('Expired');
    expect(downloadStatusLabel({ ...completed, expiresAt: '2026-11-21T11:00:00Z' }, now)).toBe('Expired');
    expect(downloadStatusLabel({ ...completed, status: 'failed' })).toBe('Failed');
  });

  it('counts down to the expiry of a finished file', () => {
    expect(expiryLabel(completed, now)).toBe('expires in 6 days');
    expect(expiryLabel({ ...completed, expiresAt: '2026-11-21T14:30:00Z' }, now)).toBe('expires in 2 hours');
    expect(expiryLabel({ ...completed, expired: true }, now)).toBe('expired');
    expect(expiryLabel({ ...completed, expiresAt: '2026-11-21T11:00:00Z' }, now)).toBe('expired');
  });

  it('says nothing of expiry before there is a file', () => {
    expect(expiryLabel({ ...completed, status: 'processing', expiresAt: null }, now)).toBeNull();
  });
});
