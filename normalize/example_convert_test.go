package normalize_test

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"golang.org/x/text/transform"

	"github.com/zhnorm/zhnorm/normalize"
)

func ExampleToSimplified() {
	fmt.Println(normalize.ToSimplified("全省醫藥產業發展會議在臺北召開"))
	// Output:
	// 全省医药产业发展会议在台北召开
}

func ExampleNewConverter() {
	tw, err := normalize.NewConverter("tw2sp") // build once, share between goroutines
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(tw.Convert("滑鼠裡面的矽二極體壞了"))
	// Output:
	// 鼠标里面的硅二极管坏了
}

func ExampleWithPhrases() {
	c, err := normalize.NewConverter("t2s", normalize.WithPhrases(map[string]string{
		"乾隆": "乾隆", // a name: keep 乾, which t2s turns into 干
	}))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.Convert("乾隆年間，天氣乾燥"))
	// Output:
	// 乾隆年间，天气干燥
}

func ExampleConverter_Convert_invalidUTF8() {
	// Invalid bytes pass through and never swallow the next character.
	fmt.Printf("%q\n", normalize.ToSimplified("臺\xff臺灣"))
	// Output:
	// "台\xff台湾"
}

func ExampleConverter_Transformer() {
	// Convert a stream of any size in flat memory.
	c, err := normalize.NewConverter("hk2s")
	if err != nil {
		log.Fatal(err)
	}
	r := transform.NewReader(strings.NewReader("讚歎沙河涌洶湧的波浪\n"), c.Transformer())
	if _, err := io.Copy(os.Stdout, r); err != nil {
		log.Fatal(err)
	}
	// Output:
	// 赞叹沙河涌汹涌的波浪
}
