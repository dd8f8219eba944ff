package encoding

import (
	"fmt"
	"os"
	"testing"
)

func TestZZOne(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	for _, s := range []string{"夹爹", "\ue4d1", "＃", "撿＃", "笵隔", "2024\ue6e4"} {
		st, wk := bestUndo(s)
		fmt.Printf("%q orig %.2f strong %q %.2f %v weak %q %.2f %v\n", s, plausibility(s), st.text, st.score, st.layers, wk.text, wk.score, wk.layers)
	}
}
