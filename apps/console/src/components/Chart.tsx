/** ECharts with only the pieces the dashboards draw (pie, bar), so the charts' chunk stays small. */
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import type { EChartsOption } from 'echarts';

echarts.use([PieChart, BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

// No animation: the figures are read, not watched, and a chart caught mid-sweep (a half-drawn pie) misreads them.
export function Chart({ option, label, height = 280 }: { option: EChartsOption; label: string; height?: number }) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore echarts={echarts} option={{ animation: false, ...option }} style={{ height }} notMerge />
    </div>
  );
}
