import { uploadMetadata, type UploadDetails } from './upload.service';

const file = new File(['x'], 'holiday.mp4', { type: 'video/mp4' });
const details: UploadDetails = {
  title: 'Holiday',
  description: 'At the sea',
  visibility: 'unlisted',
  tags: ['sea', 'summer'],
  category: null,
};

describe('uploadMetadata', () => {
  it('sends the details as tus metadata strings', () => {
    expect(uploadMetadata(file, details)).toEqual({
      filename: 'holiday.mp4',
      filetype: 'video/mp4',
      title: 'Holiday',
      description: 'At the sea',
      visibility: 'unlisted',
      tags: 'sea,summer',
    });
  });

  it('adds the category only when one is chosen', () => {
    expect(uploadMetadata(file, details)).not.toHaveProperty('category');
    expect(uploadMetadata(file, { ...details, category: 'travel-events' })).toEqual(
      expect.objectContaining({ category: 'travel-events' }),
    );
  });
});
