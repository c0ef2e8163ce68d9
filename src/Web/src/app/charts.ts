import { BarChart, PieChart, TreemapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

// Only the charts the pages draw, so the bundle carries a fraction of ECharts.
echarts.use([BarChart, PieChart, TreemapChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

const charts = new Set<echarts.ECharts>();
window.addEventListener('resize', () => charts.forEach((c) => c.resize()));

/** Draws a chart into a new box; the box's data-chart attribute names it for tests and screenshots. */
export function chart(name: string, option: EChartsCoreOption, height = 320): HTMLElement {
  const box = document.createElement('div');
  box.className = 'chart';
  box.dataset.chart = name;
  box.style.height = `${height}px`;
  requestAnimationFrame(() => {
    const instance = echarts.init(box, undefined, { renderer: 'canvas' });
    instance.setOption({ animation: false, ...option });
    charts.add(instance);
  });
  return box;
}

export function disposeCharts(): void {
  charts.forEach((c) => c.dispose());
  charts.clear();
}
