import { useTheme } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { DashboardCard } from './DashboardCard';
import type { DailyRow } from './types';

const CHART_STYLE = { width: '100%', height: 260 };

/** `2026-11-21` → `21/11`: the axis has room for short dates only. */
const shortDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}`;

/** Uploads and sign-ups as lines, downloads as bars, per day. */
export const ActivityCharts = ({ rows }: { rows: DailyRow[] }) => {
  const { palette } = useTheme();
  const axis = { stroke: palette.text.secondary, fontSize: 12 };
  const tooltip = {
    contentStyle: { background: palette.background.paper, border: `1px solid ${palette.divider}` },
  };
  return (
    <>
      <DashboardCard title="Uploads and sign-ups per day">
        <LineChart responsive style={CHART_STYLE} data={rows} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" stroke={palette.divider} />
          <XAxis dataKey="date" tickFormatter={shortDate} {...axis} />
          <YAxis allowDecimals={false} {...axis} />
          <Tooltip {...tooltip} />
          <Legend />
          <Line
            type="monotone"
            dataKey="uploads"
            name="Uploads"
            stroke={palette.primary.main}
            strokeWidth={2}
          />
          <Line
            type="monotone"
            dataKey="signups"
            name="Sign-ups"
            stroke={palette.warning.main}
            strokeWidth={2}
          />
        </LineChart>
      </DashboardCard>
      <DashboardCard title="Downloads per day">
        <BarChart responsive style={CHART_STYLE} data={rows} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" stroke={palette.divider} />
          <XAxis dataKey="date" tickFormatter={shortDate} {...axis} />
          <YAxis allowDecimals={false} {...axis} />
          <Tooltip {...tooltip} />
          <Bar dataKey="downloads" name="Downloads" fill={palette.success.main} />
        </BarChart>
      </DashboardCard>
    </>
  );
};
