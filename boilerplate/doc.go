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
//     article (如有侵权, 不代表本站观点, 转载请注明出处, …). Image and data
//     credits ("图片来源：天水融媒", "台州近一年新房价格走势?来源：安居客",
//     "数据来源：丽水楼市") go when what stands before "来源" is a credit
//     noun (图片, 数据, 封面, …) or ends a caption; "资金来源：自筹" stays.
//     A site label ("医药网新闻": Han text ending in 网新闻, 网讯, …) goes.
//  2. Blocks: a related-list header (相关推荐, 推荐阅读, 猜你喜欢, "xxMORE", …)
//     drops the link-like items, teasers ending in "…", dates and counters
//     after it, until a complete prose paragraph resumes (or, for a list of
//     bullet items, until a line that is not a bullet, or a breadcrumb,
//     which heads the main column).
//  3. Position: the article core is the run of paragraphs with the largest
//     prose score (maximum-sum subarray: prose with sentence punctuation
//     scores by length, other lines cost up to one), widened over short gaps.
//     Before it, non-prose lines are navigation except the few title lines
//     just above it and a heading ending in a colon right above it
//     ("产品说明："). Five or more menu or rule-dropped lines above the title
//     mark the page head: above them title-like lines and short sentences
//     (a blog's tagline) go too, and a headline-like line with menu items
//     on both sides ("城市丨 / 每经商学院 / 要闻") is a menu item. The page's
//     <title> line, a later headline plus a separator and the site name
//     ("TITLE | 每经网", "TITLE @ BLOG :: 痞客邦 ::"), goes; so does a prose
//     paragraph above the article whose sentences the article repeats (a
//     "简要描述：" teaser card). After the core, once an end marker was seen
//     (credit, copyright, disclaimer, related header, form, tags, prev/next,
//     contact, share, follow, or a line "THE END", "（完）"), short lines and
//     short prose are dropped, and so are reader comments: a paragraph
//     followed by its date and reply button ("5月10日08:38举报赞83回复") or
//     opening with a numbered user ("用户7919988804："). In every mode, a
//     run of eight or more tiny lines (at most 8 runes, no clause
//     punctuation) from the article on is a flattened table or menu; one
//     short description line between two cells belongs to the run when the
//     run has code cells of one to three runes ("M2", "B1") for at least
//     half of its description lines, and the run's last cell stays when it
//     is a Han heading right above kept text ("品种规格"). The copy of an ad
//     (the short lines just above its "广告" label and buttons) goes. Outside
//     Precision, a page of ten or more paragraphs without any prose keeps
//     only its prose-like lines.
//  4. Cuts inside kept paragraphs: image residue "![]()" or "！[]()", pipes at the ends,
//     paywall notices in parentheses ("……(未完,全文共7827字…)",
//     "……(…省略1450字,正式会员可完整阅读)……") and a trailing
//     "上一篇：… 下一篇：… 相关栏目：…" run.
//
// A forum thread (two or more floor lines, "来自Android客户端3楼2022-11-26
// 15:19") is read by its posts, outside Precision: the lines between a
// post's header and its floor line are kept whatever their length, the
// thread title above the first post is kept, and a sub-reply loses its user
// name ("张无极: …" before "2023-3-8 13:30回复").
//
// Precision() turns off the position rules before the article (only runs of
// tiny lines, the page's <title> line and a teaser the article repeats go)
// and after it drops only lines without sentence punctuation that follow an
// end marker; it keeps reader comments and does not read threads by posts. Recall() lets the rules take longer lines (80
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
//	metadata          date, source, views, font size; forum floor lines;     时间：2022-11-04 14:27:14 来源：企业供稿 浏览次数：
//	                  image and data credits; a reply's user name (a cut)    图片来源：珠海现代有轨电车官网
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
//	navigation        menus, lines before the article, site labels           - 科普资讯 / 切换导航 / 医药网新闻
//	after-article     short lines and reader comments after the end marker   时政新闻 (after 编辑：毛梦囡)
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
