/**
 * The big-screen mode's words in Chinese (src/app/big-screen). A dictionary of its own (src/lib/i18n/screen.ts),
 * read only by the mode's lazily loaded chunk, so none of it is in the initial JS. The header's link into the
 * mode is in the main dictionary (zh-features.ts, screenMode). Numbers arrive formatted (format.ts).
 */
export const zhScreen = {
  screen: {
    /** Panel names: the top bar shows the current one, and it names the panel's region. */
    panels: { overview: '总览', funds: '基金与投资', energy: '能源项目', policy: '政策任务与合作', attention: '需关注事项' },
    position: (n: string, total: string) => `${n} / ${total}`,
    positionLabel: (n: string, total: string) => `第${n}个，共${total}个`,
    controls: '大屏控制',
    prev: '上一个',
    next: '下一个',
    rotating: (seconds: string) => `自动轮播 · 每${seconds}秒`,
    paused: '已暂停 · 按空格继续',
    hoverPaused: '鼠标停留，轮播暂停',
    reducedMotion: '系统要求减少动态效果，已停止自动轮播；方向键仍可切换',
    pause: '暂停',
    fullScreen: '全屏',
    fullScreenHint: '按 F 键或点击「全屏」进入全屏',
    fullScreenOn: '按 Esc 退出全屏',
    fullScreenRefused: '浏览器未允许全屏，请再按一次 F 键或点击「全屏」',
    noFullScreen: '此设备不支持全屏，按原布局显示',
    exit: '退出大屏',
    keys: '←/→ 或 PageUp/PageDown 切换 · 空格 暂停/继续',
    badParam: (what: string) => `链接中的参数 ${what} 无法识别，已忽略。`,
    clamped: (from: string, to: string, min: string, max: string) => `轮播间隔 ${from} 秒超出 ${min}–${max} 秒，已按 ${to} 秒。`,
  },
};
