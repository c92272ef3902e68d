/**
 * The fixed query set, by kind. Words come from the corpora's own subjects (WooCommerce's REST API,
 * Best Buy's, Slate's kittens, EVNEX's terminals, the bench's own CJK sections); the no-hit words
 * are in none of them.
 * Kept as a committed list, not drawn from the corpus, so runs on different branches compare.
 */
export const QUERIES = {
  single: 'order orders product coupon customer refund webhook shipping tax category variation attribute authentication pagination error kitten breed status price discount inventory stock sku payment gateway zone method report sales billing address email password token signature oauth request response parameter header delete update create batch retrieve list search filter store review note total currency date image setting option system download meta'.split(' '),
  prefix: 'ord prod coup cust ref webh ship categ vari attr auth pagin err kitt stat pric disc inven pay gate zon meth repo bill addr emai passw tok sign oau reque respo param head dele upda crea batc retri filt'.split(' '),
  twoWord: ['create coupon', 'list orders', 'delete product', 'update customer', 'order notes', 'product variations', 'shipping zones', 'tax rates', 'payment gateways', 'product reviews', 'batch update', 'retrieve order', 'customer downloads', 'refund order', 'shipping methods', 'tax classes', 'product categories', 'product tags', 'system status', 'sales report', 'webhook delivery', 'api keys', 'basic authentication', 'query parameters', 'http request', 'error codes', 'get kittens', 'delete kitten', 'screw terminal', 'top connector', 'connection modes', 'supported browsers', 'stock quantity', 'regular price', 'billing address', 'date created', 'order status', 'coupon code', 'line items', 'meta data'],
  typo: 'ordr prodcut cupon custmer refnud webhok shiping catgory variaton atribute authentcation paginaton eror kiten staus prise discont inventroy paymnet gatway adress passwrod tokn signture reqeust respnse paramter delet updaet conector'.split(' '),
  terminal: 'GND CN-N CN-L SENSE ACTFB ACT+ ACT- GPI GPO RP-SMA ACI EVSE 230V 12V ACT CN contactor actuator antenna WiFi'.split(' '),
  // Words from inside the unspaced text of lib/bench/cjk-sections.mjs: ten Chinese, ten Japanese, ten
  // Korean (stems whose text carries a particle: 설치하기, 서버에서, 차단기를).
  cjk: '充电桩 接地 电源 控制器 指示灯 令牌 订单 错误代码 固件 负载均衡 ケーブル 接続 ブレーカー アクセストークン サーバー 再起動 履歴 料金 注文 負荷分散 설치 차단기 케이블 네트워크 토큰 서버 오류 펌웨어 요금 관리자'.split(' '),
  // The last six are CJK words in no text: a CJK query needs all its character pairs, not any.
  noHit: 'zxqv blorft quuxly frobnicator xylophone hovercraft platypus snorkel kazoo zeppelin wombat glockenspiel trampoline quasar ukulele marzipan origami yodel bazooka sphinx 恐龙 寿司 火山 天気予報 김치 자전거'.split(' '),
}

/** Every query once, in a fixed order, with its kind. */
export const ALL_QUERIES = Object.entries(QUERIES).flatMap(([kind, list]) => list.map((query) => ({ kind, query })))
