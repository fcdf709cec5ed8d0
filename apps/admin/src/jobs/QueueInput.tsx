import { SelectInput } from 'react-admin';
import { useQueueCounts } from './useQueueCounts';

/** A filter over the queues the server reports, so a queue added to the worker shows up by itself. */
export const QueueInput = (props: { source: string; alwaysOn?: boolean }) => {
  const { data } = useQueueCounts();
  const choices = Object.keys(data ?? {}).map((queue) => ({ id: queue, name: queue }));
  return <SelectInput {...props} label="Queue" choices={choices} isPending={!data} />;
};
