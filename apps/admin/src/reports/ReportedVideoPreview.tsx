import { Labeled, ReferenceField, useRecordContext } from 'react-admin';
import { VideoPreview } from '../videos/VideoPreview';
import type { AdminReport } from './types';
import type { ColumnProps } from '../common/types';

/** A reported video plays right on the report, so the moderator decides without leaving the page. */
export const ReportedVideoPreview = (_props: ColumnProps) => {
  const report = useRecordContext<AdminReport>();
  if (report?.targetType !== 'video' || !report.target) return null;
  return (
    <Labeled label="Reported video">
      <ReferenceField source="targetId" reference="videos" link={false}>
        <VideoPreview />
      </ReferenceField>
    </Labeled>
  );
};
