package encoding_test

import (
	"fmt"

	"github.com/zhnorm/zhnorm/encoding"
)

func ExampleRepair() {
	// A UTF-8 page that was decoded as GBK.
	fixed, fixes := encoding.Repair("会议通知:杩戞棩 我市召开会议")
	fmt.Println(fixed)
	for _, f := range fixes {
		fmt.Printf("[%d,%d) %s -> %s (%s)\n", f.Start, f.End, f.Original, f.Repaired, f.Chain)
	}
	// Output:
	// 会议通知:近日 我市召开会议
	// [13,22) 杩戞棩 -> 近日 (utf-8 read as gbk)
}

func ExampleGarbled() {
	for _, s := range encoding.Garbled("生产各色布料�，提花布 标题锟斤拷锟斤拷") {
		fmt.Printf("%q %s\n", s.Text, s.Reason)
	}
	// Output:
	// "�" replacement-run
	// "锟斤拷锟斤拷" kunjinkao
}

func ExampleAnalyze() {
	repaired, fixes, garbled := encoding.Analyze("杩戞棩 标题锟斤拷 结尾")
	fmt.Println(repaired)
	for _, f := range fixes {
		fmt.Printf("fix %q -> %q (%s)\n", f.Original, f.Repaired, f.Chain)
	}
	for _, g := range garbled {
		// Offsets refer to repaired: drop the span from there.
		fmt.Printf("garbled %q %s: %s\n", g.Text, g.Reason, repaired[:g.Start]+repaired[g.End:])
	}
	// Output:
	// 近日 标题锟斤拷 结尾
	// fix "杩戞棩" -> "近日" (utf-8 read as gbk)
	// garbled "锟斤拷" kunjinkao: 近日 标题 结尾
}
