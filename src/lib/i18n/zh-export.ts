/**
 * The presenter's export words in Chinese: the chart export menu, its status line, the caption drawn into the
 * image and the whole-view snapshot. A dictionary of its own (export.ts): only the export chunks read it, so its
 * text stays out of the initial JS. The trigger buttons' names are in the main dictionary (zh-panels.ts).
 */
export const zhExport = {
  /** The menu items: the accessible names the tests and the bench look for. */
  items: {
    png: 'PNG 图片（2倍）',
    slide: 'PNG 幻灯片（1920×1080）',
    svg: 'SVG 矢量图',
    copy: '复制图片',
    csv: 'CSV 数据',
  },
  notice: {
    working: '正在生成图片…',
    downloaded: (file: string) => `已下载 ${file}`,
    copied: '图片已复制',
    denied: '浏览器不允许访问剪贴板，请改用下载',
    unsupported: '此浏览器不支持复制图片（页面不是通过 HTTPS 打开时即如此），请改用下载',
    failed: '未能生成图片，请重试或改用表格',
    /** The button in the status line when copying is not possible. */
    downloadInstead: '下载 PNG 图片',
    noChart: '图表尚未显示，暂不能导出图片',
    noData: '此图表暂无可导出的数据',
  },
  /** The caption band drawn into the image; unit, date and source reuse the panel's own words. */
  caption: {
    filters: (what: string) => `筛选：${what}`,
  },
  /** WeChat's in-app browser cannot save a download: the PNG is shown for a long press instead. */
  wechat: {
    title: '长按图片保存',
    hint: '长按图片，选择“保存图片”或“发送给朋友”。',
    close: '关闭',
    imageAlt: (title: string) => `${title}（图片）`,
  },
  csv: {
    /** A header with its unit, so the cells stay bare numbers a spreadsheet can sum. */
    withUnit: (header: string, unit: string) => `${header}（${unit}）`,
    /** Money columns hold raw 万元 (CSV_WAN in src/components/chart-export/export-types.ts). */
    wan: '万元',
  },
  snapshot: {
    working: '正在生成当前视图的图片…',
    failed: '未能生成当前视图的图片，请重试',
    /** The band across the top of a whole-view image: the demo always shows illustrative values. */
    band: '示例数据：图中标注为示例的数字为按来函总数生成的示例，非官方数字',
  },
};
