// ECharts, only the parts the dashboard draws (bars, lines, grid, tooltip, legend, canvas): this
// module is imported by the dashboard's route chunk alone, so no other page downloads ECharts.
import { BarChart, LineChart } from 'echarts/charts';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** What a click on a bar or a point reports: the category's position on the axis. */
export type ChartClick = { dataIndex: number; seriesIndex?: number };

export type ChartProps = {
  option: ChartOption;
  /** Called with the clicked category's index; the caller navigates to the list behind it. */
  onSelect?: (dataIndex: number) => void;
  height?: number;
  /** What the chart shows, for screen readers (the numbers are also in a table beside it). */
  label: string;
};

export function Chart({ option, onSelect, height = 280, label }: ChartProps) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height, width: '100%' }}
        onEvents={onSelect ? { click: (p: ChartClick) => onSelect(p.dataIndex) } : undefined}
      />
    </div>
  );
}

/** Horizontal bars, one per category, longest first as given; clicking one selects it. */
export function barOption(names: string[], values: number[], seriesName: string): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 110, overflow: 'truncate' } },
    series: [{ type: 'bar', name: seriesName, data: values, cursor: 'pointer', barMaxWidth: 22 }],
  };
}
