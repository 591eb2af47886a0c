/**
 * Simplified Chinese interface strings. Chinese has no plural forms: counts take a measure word
 * (个事件, 条引语). Punctuation is full-width (，。：；“…”), with a space between digits and Han.
 */
import type { Messages } from '../messages';

const zhCN: Messages = {
  loading: '正在加载时间线……',
  loadingFrom: (src) => `正在从 ${src} 加载时间线……`,
  errorHeading: '无法显示此时间线',
  errorWhere: (src) => `文件：${src}`,
  errorLocation: (line, column) => `第 ${line} 行，第 ${column} 列`,
  retry: '重试',
  events: (n) => `${n} 个事件`,
  quotes: (n) => `${n} 条引语`,
  place: '地点',
  people: '相关人物',
  sources: '资料来源',
  via: (outlet) => `转引自${outlet}`,
  on: (where) => `出自${where}`,
  note: '注',
  from: '来源：',
  timelineView: '时间线',
  quotesView: '引语',
  zoomIn: '放大',
  zoomOut: '缩小',
  fit: '显示全部',
  previous: '上一个事件',
  next: '下一个事件',
  close: '关闭',
  search: '搜索',
  searchPlaceholder: '搜索事件和引语',
  filterPerson: '人物',
  filterGroup: '分组',
  all: '全部',
  noMatches: '没有符合筛选条件的内容。',
  clusterLabel: (n, range) => `${n} 个事件，${range}。放大即可分别查看。`,
  selected: (title, date) => `已选择：${title}，${date}`,
  unknownEvent: (id) => `此时间线中没有事件“${id}”，现显示完整时间线。`,
  showQuotes: (n) => (n === 1 ? '显示这条引语' : `显示 ${n} 条引语`),
  hideQuotes: '收起',
  timelineLabel: (title) => `时间线：${title}`,
  keyboardHelp:
    '用方向键在事件之间切换，按 Enter 键打开，按 Esc 键关闭；按 + 或 − 缩放，按 0 显示全部。',
  clearFilters: '清除筛选',
  showing: (n, total) => `正在显示 ${n} 个事件，共 ${total} 个`,
  otherLane: '其他',
  openEvent: '查看事件',
  showMore: (n) => `再显示 ${n} 条`,
  embed: '嵌入',
  embedIframe: 'iframe——适用于任何内容管理系统；脚本会按内容自动调整高度',
  embedElement: '自定义元素——单个脚本，样式隔离',
  copy: '复制',
  copied: '已复制。',
  copySelect: '已选中：按 Ctrl+C（⌘C）复制。',
};

export default zhCN;
