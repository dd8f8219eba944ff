package encoding_test

import (
	"errors"
	"fmt"

	"github.com/zhnorm/zhnorm/encoding"
)

func ExampleDetect() {
	gbk := []byte{0xCE, 0xD2, 0xC3, 0xC7, 0xB5, 0xC4, 0xC9, 0xFA, 0xBB, 0xEE}  // 我们的生活 in GBK
	big5 := []byte{0xA7, 0xDA, 0xAD, 0xCC, 0xAA, 0xBA, 0xA5, 0xCD, 0xAC, 0xA1} // 我們的生活 in Big5
	utf16 := []byte{0x11, 0x62, 0xEC, 0x4E, 0x84, 0x76}                        // 我们的 in UTF-16LE, no BOM
	for _, b := range [][]byte{gbk, big5, utf16, []byte("caf\xE9 cr\xE8me")} {
		d := encoding.Detect(b)
		fmt.Printf("%s %.2f\n", d.Charset, d.Confidence)
	}
	// Output:
	// GB18030 1.00
	// Big5 1.00
	// UTF-16LE 1.00
	// windows-1252 1.00
}

func ExampleDecode() {
	s, d, err := encoding.Decode([]byte{0xD0, 0xA3, 0xB6, 0xD4, 0xA3, 0xBA, 0xCD, 0xF5, 0xD2, 0xD4, 0xD5, 0xFD, 0xFF})
	fmt.Println(s, d.Charset, d.Invalid, err)

	_, _, err = encoding.Decode([]byte("some text\x00with a NUL"))
	var be *encoding.BinaryError
	fmt.Println(errors.Is(err, encoding.ErrBinary), errors.As(err, &be), be.Offset)
	// Output:
	// 校对：王以正� GB18030 1 <nil>
	// true true 9
}
