/**
 * Traditional Chinese interface strings (Taiwan usage: 載入, 搜尋, 篩選). Like zh-CN there are no
 * plural forms; punctuation is full-width and quotation marks are 「…」.
 */
import type { Messages } from '../messages';

const zhTW: Messages = {
  loading: '正在載入時間軸……',
  loadingFrom: (src) => `正在從 ${src} 載入時間軸……`,
  errorHeading: '無法顯示此時間軸',
  errorWhere: (src) => `檔案：${src}`,
  errorLocation: (line, column) => `第 ${line} 行，第 ${column} 欄`,
  retry: '重試',
  events: (n) => `${n} 個事件`,
  quotes: (n) => `${n} 則引言`,
  place: '地點',
  people: '相關人物',
  sources: '資料來源',
  via: (outlet) => `轉引自${outlet}`,
  on: (where) => `出自${where}`,
  note: '註',
  from: '來源：',
  timelineView: '時間軸',
  quotesView: '引言',
  zoomIn: '放大',
  zoomOut: '縮小',
  fit: '顯示全部',
  previous: '上一個事件',
  next: '下一個事件',
  close: '關閉',
  search: '搜尋',
  searchPlaceholder: '搜尋事件和引言',
  filterPerson: '人物',
  filterGroup: '分組',
  all: '全部',
  noMatches: '沒有符合篩選條件的內容。',
  clusterLabel: (n, range) => `${n} 個事件，${range}。放大即可分別檢視。`,
  selected: (title, date) => `已選取：${title}，${date}`,
  unknownEvent: (id) => `此時間軸中沒有事件「${id}」，現顯示完整時間軸。`,
  showQuotes: (n) => (n === 1 ? '顯示這則引言' : `顯示 ${n} 則引言`),
  hideQuotes: '收合',
  timelineLabel: (title) => `時間軸：${title}`,
  keyboardHelp:
    '用方向鍵在事件之間切換，按 Enter 鍵開啟，按 Esc 鍵關閉；按 + 或 − 縮放，按 0 顯示全部。',
  clearFilters: '清除篩選',
  showing: (n, total) => `正在顯示 ${n} 個事件，共 ${total} 個`,
  otherLane: '其他',
  openEvent: '檢視事件',
  showMore: (n) => `再顯示 ${n} 則`,
  embed: '嵌入',
  embedIframe: 'iframe——適用於任何內容管理系統；腳本會依內容自動調整高度',
  embedElement: '自訂元素——單一腳本，樣式隔離',
  copy: '複製',
  copied: '已複製。',
  copySelect: '已選取：按 Ctrl+C（⌘C）複製。',
};

export default zhTW;
