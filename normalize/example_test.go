package normalize_test

import (
	"fmt"

	"github.com/zhnorm/zhnorm/normalize"
)

func ExampleString() {
	fmt.Print(normalize.String("近日,我市召開醫藥產(chǎn)業(yè)發展會議。\n分享到：微信 微博\n"))
	// Output:
	// 近日，我市召开医药产业发展会议。
}

func ExampleNormalizer_NormalizeString() {
	n := normalize.New() // build once, share between goroutines
	res := n.NormalizeString("全省生物醫藥產業發展推進會在我市召開。\n全省生物醫藥產業發展推進會在我市召開。\n")
	fmt.Print(res.Text)
	for _, c := range res.Changes {
		if c.Dropped {
			fmt.Println(c)
		}
	}
	fmt.Println(res.Stats().Rewritten)
	// Output:
	// 全省生物医药产业发展推进会在我市召开。
	// line 2: dedupe drop [exact] (repeats line 1 (similarity 1.00)) "全省生物医药产业发展推进会在我市召开。"
	// map[convert:4]
}

func ExampleNew() {
	n := normalize.New(
		normalize.NoConversion(),    // keep traditional characters
		normalize.KeepPunctuation(), // keep ASCII punctuation
		normalize.NoDedupe(),
	)
	fmt.Print(n.NormalizeString("會議在臺北召開,討論產業發展。").Text)
	// Output:
	// 會議在臺北召開,討論產業發展。
}
