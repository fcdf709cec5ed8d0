import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNotify } from 'react-admin';
import { SocketEvents } from '@clipstream/core/contract';
import { connectAdminSocket } from '../realtime/connectAdminSocket';
import type { ReportCreatedEvent } from './types';

/** Tells the moderator of each new report as it arrives, and brings the report queue up to date. */
export const LiveReportAlerts = () => {
  const notify = useNotify();
  const queryClient = useQueryClient();

  useEffect(() => {
    const socket = connectAdminSocket();
    socket.on(SocketEvents.reportCreated, (report: ReportCreatedEvent) => {
      // The reason goes in as an argument, never as the message itself: it is the reporter's text.
      notify('New report on a %{target}: %{reason}', {
        type: 'warning',
        messageArgs: { target: report.targetType, reason: report.reason },
      });
      void queryClient.invalidateQueries({ queryKey: ['reports'] });
      void queryClient.invalidateQueries({ queryKey: ['stats'] });
    });
    return () => {
      socket.disconnect();
    };
  }, [notify, queryClient]);

  return null;
};
