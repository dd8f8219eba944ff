// Package boilerplate tells the article paragraphs of an extracted Chinese web
// page from its furniture (navigation, share bars, related lists, footers,
// forms), with a reason for every paragraph it drops.
//
// Classify returns one Verdict per paragraph; Strip returns the kept
// paragraphs with their Cuts applied. The input is a page's paragraphs (one
// line each, trimmed, no empty lines), normally after character normalization
// and traditional→simplified conversion; ASCII and full-width punctuation are
// both matched.
//
// # How a paragraph is judged
//
// Four passes, each adding evidence:
//
//  1. Rules on the paragraph alone: structure ("label：value" pairs, "a > b >
//     c", a date and nothing else, a number and nothing else, a line made only
//     of toolbar words such as "分享 微信 微博") and keyword families. A keyword
//     drops a paragraph only inside such a structure or in a short line
//     without clause punctuation (at most 50 runes by default): keywords that
//     also occur in articles (来源, 编辑, 评论, 登录, 举报, 版权, 免责) never
//     drop a paragraph on their own, and a sentence with clauses ("，" and
//     "。") is dropped only by a notice phrase that has no place in an
//     article (如有侵权, 不代表本站观点, 转载请注明出处, …).
//  2. Blocks: a related-list header (相关推荐, 推荐阅读, 猜你喜欢, "xxMORE", …)
//     drops the link-like items, teasers ending in "…", dates and counters
//     after it, until a complete prose paragraph resumes (or, for a list of
//     bullet items, until a line that is not a bullet).
//  3. Position: the article core is the run of paragraphs with the largest
//     prose score (maximum-sum subarray: prose with sentence punctuation
//     scores by length, other lines cost up to one), widened over short gaps.
//     Before it, non-prose lines are navigation except the few title lines
//     just above it; after it, once an end marker was seen (credit, copyright,
//     disclaimer, related header, form, tags, prev/next, contact, share,
//     follow), short lines and short prose (comments) are dropped. In every
//     mode, a run of eight or more tiny lines (at most 8 runes, no clause
//     punctuation) from the article on is a flattened table or menu. Outside
//     Precision, a page of ten or more paragraphs without any prose keeps
//     only its prose-like lines.
//  4. Cuts inside kept paragraphs: image residue "![]()", pipes at the ends,
//     paywall notices in parentheses ("……(未完,全文共7827字…)",
//     "……(…省略1450字,正式会员可完整阅读)……") and a trailing
//     "上一篇：… 下一篇：… 相关栏目：…" run.
//
// Precision() turns off the position rules before the article (only runs of
// tiny lines go) and after it drops only lines without sentence punctuation
// that follow an end marker. Recall() lets the rules take longer lines (80
// runes), keeps fewer title lines above the article (5), drops list items and
// lines of under six Han characters after the article even without an end
// marker, and drops runs of three or more short bullet items inside it.
//
// A parenthesised byline such as "(记者翟倩倩、焦娇)" or "(叶青)" is kept: it
// is the article's own attribution, like the magic-html gold files keep it.
// Editor credits ("责任编辑：刘德宾", "责 编:刘 佳") are dropped.
//
// # Reason codes
//
//	code              what                                                   example (from testdata/corpus)
//	breadcrumb        where the page sits in the site                        您的位置：首页 > 资讯频道 > 各地要闻>正文
//	metadata          date, source, views, font size; forum floor lines       时间：2022-11-04 14:27:14 来源：企业供稿 浏览次数：
//	share             share bars                                             QQ空间微博QQ好友海报分享复制链接
//	print             print, close, back to top, font size                   【打印此页】 【返回】【顶部】
//	follow            QR codes and follow prompts                            扫一扫，关注我们
//	related           related-list headers, their items and teasers          相关推荐 / • 2024硚口区3C数码消费券怎么领
//	prev-next         previous / next article                                上一篇 2024年12月18日 下午7:59
//	tags              tag and keyword lines                                  标签： 山东新增航线 海铁联运量
//	disclaimer        disclaimers and takedown notices                       免责声明：本网站所刊登…
//	copyright         copyright, ICP and police filing, reprint notices      Copyright © 1996-2024 SINA Corporation
//	contact           phone, address, e-mail lines                           联系电话：400-600-0893
//	credit            editor and reviewer credits                            责 编:刘 佳 |
//	form              comment and login forms, forum buttons                 用户名: / 验证码: / 发表回复
//	paywall           truncation and membership notices                      展开全文 / (未完,全文共7827字…)
//	counter           a count and nothing else                               (0) / 0497 / 阅读 1.2万
//	ad                ads                                                    2024-05-24 14:56:18 广告
//	residue           no letters left: image and table residue               ![]() | / |||||||||||
//	garbled           undecodable or unpunctuated runs (mojibake, stuffing)  闂傚倸鍊搁崐鐑芥嚄閸撲礁鍨濇い鏍仜…
//	navigation        menus and lines before the article                     - 科普资讯 / 切换导航
//	after-article     short lines after the article's end marker             时政新闻 (after 编辑：毛梦囡)
//	site-phrase       a WithPhrases phrase
//	corpus-furniture  a line a Learner saw in many documents                  医药网新闻
//
// # Corpus furniture
//
// A Learner counts, over a stream of documents, the documents each line
// occurs in (lines folded: spaces removed, full-width ASCII halved, ASCII
// lower-cased, digits to 0) and returns the lines seen in at least minDocs
// documents as Furniture for WithFurniture — the approach CCNet uses for
// Common Crawl. Memory is bounded by the capacity (DefaultCapacity 65536
// lines): a 64-bit hash and a 32-bit count per line plus at most 256 bytes of
// text for lines seen twice, 24.7 MB measured with every slot full; when the
// table is full, the lowest counts are evicted first.
package boilerplate
