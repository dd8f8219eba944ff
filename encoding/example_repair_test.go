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

func ExampleAnalyze_lossy() {
	// 努力推出更多原创性引领性创新成果 in UTF-8, decoded as GBK by a decoder
	// that put U+FFFD for each byte it could not place. Characters that lost
	// a byte are gone; the ones between the losses come back.
	repaired, fixes, garbled := encoding.Analyze("鍔�鍔涙帹鍑烘洿澶氬師鍒涙�у紩棰嗘�у垱鏂版垚鏋�")
	for _, f := range fixes {
		fmt.Printf("fix %s -> %s (%s)\n", f.Original, f.Repaired, f.Chain)
	}
	kept, last := "", 0
	for _, g := range garbled {
		fmt.Printf("garbled %q %s\n", g.Text, g.Reason)
		kept += repaired[last:g.Start]
		last = g.End
	}
	fmt.Println(kept + repaired[last:])
	// Output:
	// fix 鍔涙帹鍑烘洿澶氬師鍒涙 -> 力推出更多原创 (utf-8 read as gbk)
	// fix у紩棰嗘 -> 引领 (utf-8 read as gbk)
	// fix у垱鏂版垚 -> 创新成 (utf-8 read as gbk)
	// garbled "鍔�" lossy-mojibake
	// garbled "�" replacement-run
	// garbled "�" replacement-run
	// garbled "鏋�" lossy-mojibake
	// 力推出更多原创引领创新成
}
