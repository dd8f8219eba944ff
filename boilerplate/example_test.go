package boilerplate_test

import (
	"fmt"

	"github.com/zhnorm/zhnorm/boilerplate"
)

func ExampleClassify() {
	page := []string{
		"您的位置：首页 > 资讯频道 > 各地要闻>正文",
		"成都高新区坚持把科技创新作为大健康产业高质量发展的核心推动力",
		"时间：2022-11-04 14:27:14 来源：企业供稿 浏览次数： 字号：TT",
		"大健康生物医药产业是具有创新活力的新兴产业，也是成都高新区构建现代产业体系的重要支撑。",
		"强化高能级项目招引",
		"成都高新区日前与世界500强美国通用电气公司正式签约，大健康产业化基地项目正式落地。",
		"编辑：王冲",
		"相关推荐",
		"• 2024硚口区3C数码消费券怎么领",
		"Copyright © 2022 新讯网 版权所有",
	}
	for i, v := range boilerplate.Classify(page) {
		if v.Keep {
			fmt.Printf("keep %s\n", page[i])
		} else {
			fmt.Printf("drop %-10s %s\n", v.Reason, page[i])
		}
	}
	// Output:
	// drop breadcrumb 您的位置：首页 > 资讯频道 > 各地要闻>正文
	// keep 成都高新区坚持把科技创新作为大健康产业高质量发展的核心推动力
	// drop metadata   时间：2022-11-04 14:27:14 来源：企业供稿 浏览次数： 字号：TT
	// keep 大健康生物医药产业是具有创新活力的新兴产业，也是成都高新区构建现代产业体系的重要支撑。
	// keep 强化高能级项目招引
	// keep 成都高新区日前与世界500强美国通用电气公司正式签约，大健康产业化基地项目正式落地。
	// drop credit     编辑：王冲
	// drop related    相关推荐
	// drop related    • 2024硚口区3C数码消费券怎么领
	// drop copyright  Copyright © 2022 新讯网 版权所有
}

func ExampleStrip() {
	page := []string{
		"近年来，成都高新区不断做优做强大健康生物等主导产业能级，加快推动生物产业高质量发展。……(未完,全文共7827字,当前只显示3768字) 上一篇:书记的讲话 下一篇:党课",
		"分享到：微信 微博",
	}
	for _, p := range boilerplate.Strip(page) {
		fmt.Println(p)
	}
	// Output:
	// 近年来，成都高新区不断做优做强大健康生物等主导产业能级，加快推动生物产业高质量发展。
}

func ExampleLearner() {
	l := boilerplate.NewLearner(2) // furniture: lines in at least 2 documents
	l.Add([]string{"第一篇文章的正文。", "医药网新闻", "返回顶部"})
	l.Add([]string{"第二篇文章的正文。", "医药网新闻"})
	l.Add([]string{"第三篇文章的正文。", "医药网新闻", "返回顶部"})
	f := l.Furniture()
	fmt.Println(f.Lines())
	fmt.Println(boilerplate.Strip([]string{"第四篇文章的正文。", "医药网新闻"}, boilerplate.WithFurniture(f)))
	// Output:
	// [医药网新闻 返回顶部]
	// [第四篇文章的正文。]
}
