package dedupe_test

import (
	"fmt"

	"github.com/zhnorm/zhnorm/dedupe"
)

func ExampleParagraphs() {
	page := []string{
		"成都加快医药产业发展",
		"成都市生物医药产业基础较好，我市将在已有工作基础上，采取一系列举措加快发展。",
		"新材料对工业、农业、社会和高新技术的发展以及国防建设起着重要的支撑作用。",
		"医药网新闻",
		// The body printed a second time, with its trailer line.
		"成都市生物医药产业基础较好,我市将在已有工作基础上,采取一系列举措加快发展.",
		"新材料对工业、农业、社会和高新技术的发展以及国防建设起着重要的支撑作用。",
		"医药网新闻",
		"- 鸡蛋 2个",
		"- 鸡蛋 2个", // a short line outside a block stays
	}
	kept, dups := dedupe.Paragraphs(page)
	for _, d := range dups {
		fmt.Printf("drop %d (%s of %d)\n", d.Index, d.Kind, d.Of)
	}
	fmt.Println(len(kept), "kept")
	// Output:
	// drop 4 (block of 1)
	// drop 5 (block of 2)
	// drop 6 (block of 3)
	// 6 kept
}

func ExampleKey() {
	fmt.Printf("%q\n", dedupe.Key("- 鸡蛋　２个 |"))
	fmt.Printf("%q\n", dedupe.Key("他说：“你好！”"))
	fmt.Printf("%q\n", dedupe.Key("![]() |"))
	// Output:
	// "鸡蛋2个"
	// "他说你好"
	// ""
}

func ExampleIndex() {
	ix, err := dedupe.NewIndex()
	if err != nil {
		panic(err)
	}
	body := "成都市生物医药产业基础较好，我市将在已有工作基础上，采取一系列举措加快发展，力争用3年左右时间建成国内重要的医药研发创新中心。" +
		"新材料对工业、农业、社会和高新技术的发展以及国防建设起着重要的支撑作用，新材料产业被列为最具发展潜力的高新技术产业之一。"
	docs := []struct{ id, text string }{
		{"a", body},
		{"b", "要以市场推动为基础，针对产业链缺失环节做好招商引资工作，研究制定鼓励自主创新的政策，进一步加大扶持力度，并切实抓好地方产品配套工作。"},
		{"a-repost", "转载：" + body + "（来源：医药网）"},
	}
	for _, d := range docs {
		of, sim, dup := ix.Add(d.id, d.text)
		if dup {
			fmt.Printf("%s duplicates %s (similarity %.2f)\n", d.id, of, sim)
		} else {
			fmt.Printf("%s is new\n", d.id)
		}
	}
	fmt.Println(ix.Len(), "stored")
	// Output:
	// a is new
	// b is new
	// a-repost duplicates a (similarity 0.97)
	// 2 stored
}

func ExampleSignature_BandKeys() {
	ix, _ := dedupe.NewIndex()
	a := ix.Signature("成都市生物医药产业基础较好，我市将在已有工作基础上，采取一系列举措加快发展。")
	b := ix.Signature("成都市生物医药产业基础较好, 我市将在已有工作基础上, 采取一系列举措加快发展!")
	shared := 0
	bk := map[uint64]bool{}
	for _, k := range a.BandKeys() {
		bk[k] = true
	}
	for _, k := range b.BandKeys() {
		if bk[k] {
			shared++
		}
	}
	fmt.Println(len(a.BandKeys()), "bands,", shared, "shared; similarity", a.Similarity(b))
	// Output:
	// 28 bands, 28 shared; similarity 1
}
