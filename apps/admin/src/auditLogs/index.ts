import HistoryIcon from '@mui/icons-material/History';
import type { ResourceProps } from 'react-admin';
import { AuditLogList } from './AuditLogList';

export const auditLogs: ResourceProps = {
  name: 'audit-logs',
  list: AuditLogList,
  icon: HistoryIcon,
  options: { label: 'Audit log' },
};
