package encoding

import "testing"

func TestDbgCosts(t *testing.T) {
	m := loadModel()
	for _, b := range [][]byte{gbBytes(t, "我们的生活"), []byte("\xc0 bient\xf4t,"), []byte("F\xfcr R\xfcckfr"), gbBytes(t, "這是繁體中文的句子")} {
		t.Logf("% x utf8=%d gb=%d/%d big5=%d/%d latin=%d le=%d be=%d", b, scoreUTF8(m, b, 1e9), scoreDBCS(m, true, b, 0, 1e9), scoreDBCS(m, true, b, 1, 1e9), scoreDBCS(m, false, b, 0, 1e9), scoreDBCS(m, false, b, 1, 1e9), scoreLatin(m, b, 1e9), scoreUTF16(m, b, 0, false, 1e9), scoreUTF16(m, b, 0, true, 1e9))
	}
}
