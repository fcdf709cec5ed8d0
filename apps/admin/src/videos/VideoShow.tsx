import ReplayIcon from '@mui/icons-material/Replay';
import {
  BooleanField,
  DateField,
  DeleteButton,
  EditButton,
  NumberField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DurationField } from '../common/DurationField';
import { LinkedRecordField } from '../common/LinkedRecordField';
import { RecordActionButton } from '../common/RecordActionButton';
import { HideVideoButton } from './HideVideoButton';
import { VideoPreview } from './VideoPreview';
import { videoStatusChoices, visibilityChoices } from './videoChoices';

const VideoShowActions = () => (
  <TopToolbar>
    <HideVideoButton />
    <RecordActionButton
      action="reprocess"
      label="Re-run processing"
      ariaLabel="Re-run processing"
      icon={<ReplayIcon />}
      successMessage="Processing starts again from the original"
    />
    <EditButton />
    <DeleteButton mutationMode="pessimistic" confirmTitle="Delete this video and all its files?" />
  </TopToolbar>
);

export const VideoShow = () => (
  <Show actions={<VideoShowActions />}>
    <SimpleShowLayout>
      <VideoPreview label="Preview" />
      <TextField source="title" label="Title" />
      <LinkedRecordField source="owner" reference="users" display="username" label="Owner" />
      <SelectField source="status" label="Status" choices={videoStatusChoices} />
      <TextField source="error" label="Processing error" emptyText="—" />
      <SelectField source="visibility" label="Visibility" choices={visibilityChoices} />
      <BooleanField source="hidden" label="Hidden" />
      <DurationField source="duration" label="Duration" />
      <NumberField source="views" label="Views" />
      <DateField source="createdAt" label="Uploaded" showTime />
      <TextField source="id" label="Id" />
    </SimpleShowLayout>
  </Show>
);
