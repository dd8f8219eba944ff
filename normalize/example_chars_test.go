package normalize_test

import (
	"fmt"

	"golang.org/x/text/transform"

	"github.com/zhnorm/zhnorm/normalize"
)

func ExampleStripPinyin() {
	fmt.Println(normalize.StripPinyin("醫藥產(chǎn)業(yè)推進(jìn)會(huì )"))
	fmt.Println(normalize.StripPinyin("报道(记者翟倩倩、焦娇)"))
	// Output:
	// 醫藥產業推進會
	// 报道(记者翟倩倩、焦娇)
}

func ExampleFoldWidth() {
	fmt.Printf("%q\n", normalize.FoldWidth("\u3000\u3000ＩＣＧ－１７大会"))
	// Output:
	// "  ICG－17大会"
}

func ExampleRemoveInvisible() {
	fmt.Printf("%q\n", normalize.RemoveInvisible("\ufeff生物\u200b医药\u00ad产业"))
	// Output:
	// "生物医药产业"
}

func ExampleCollapseSpace() {
	fmt.Printf("%q\n", normalize.CollapseSpace("  时间：2022-11-04 \t 来源：企业供稿  "))
	// Output:
	// "时间：2022-11-04 来源：企业供稿"
}

func ExampleChinesePunct() {
	fmt.Println(normalize.ChinesePunct("近日,我市召开会议(记者翟倩倩、焦娇)。他说:共1,200家企业,14:27开始"))
	fmt.Println(normalize.ChinesePunct("Hello, world: see http://example.com/?a=1"))
	// Output:
	// 近日，我市召开会议（记者翟倩倩、焦娇）。他说：共1,200家企业，14:27开始
	// Hello, world: see http://example.com/?a=1
}

func ExampleWidth() {
	// The transformers compose like those of golang.org/x/text.
	t := transform.Chain(normalize.Invisible, normalize.Width)
	s, _, _ := transform.String(t, "ＡＢＣ\u200b１２３")
	fmt.Println(s)
	// Output:
	// ABC123
}
