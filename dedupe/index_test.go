package dedupe

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestNewIndexOptions(t *testing.T) {
	tests := []struct {
		name    string
		opts    []IndexOption
		wantErr string
	}{
		{"defaults", nil, ""},
		{"nil option", []IndexOption{nil}, ""},
		{"all valid", []IndexOption{Shingle(5), Hashes(256), Bands(32, 8), Threshold(0.7), Seed(42)}, ""},
		{"threshold 0", []IndexOption{Threshold(0)}, "Threshold(0)"},
		{"threshold above 1", []IndexOption{Threshold(1.2)}, "Threshold(1.2)"},
		{"shingle 0", []IndexOption{Shingle(0)}, "Shingle(0)"},
		{"hashes too few", []IndexOption{Hashes(4)}, "Hashes(4)"},
		{"bands 0", []IndexOption{Bands(0, 2)}, "Bands(0, 2)"},
		{"bands exceed hashes", []IndexOption{Bands(40, 4)}, "needs 160 hashes"},
	}
	for _, tt := range tests {
		ix, err := NewIndex(tt.opts...)
		switch {
		case tt.wantErr == "" && err != nil:
			t.Errorf("%s: unexpected error %v", tt.name, err)
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
			t.Errorf("%s: error %v, want one mentioning %q", tt.name, err, tt.wantErr)
		case tt.wantErr != "" && ix != nil:
			t.Errorf("%s: non-nil Index with an error", tt.name)
		}
	}
}

func TestIndexAdd(t *testing.T) {
	ix, err := NewIndex()
	if err != nil {
		t.Fatal(err)
	}
	doc := strings.Repeat(paraA+paraB, 3)
	steps := []struct {
		id, text string
		dupOf    string
		isDup    bool
	}{
		{"a", doc, "", false},
		{"a-copy", doc, "a", true},
		{"a-punct", strings.ReplaceAll(doc, "，", ","), "a", true},
		{"b", strings.Repeat(paraC+paraD, 3), "", false},
		{"empty", "", "", false},
		{"punctuation only", "![]() | ，。", "", false},
		{"a-edited", strings.Replace(strings.Replace(doc, "较好", "很好", -1), "国防", "国家", -1), "a", true},
	}
	for _, s := range steps {
		of, sim, dup := ix.Add(s.id, s.text)
		if dup != s.isDup || of != s.dupOf {
			t.Errorf("Add(%s) = %q, %.2f, %v; want %q, %v", s.id, of, sim, dup, s.dupOf, s.isDup)
		}
		if dup && (sim < DefaultThreshold || sim > 1) {
			t.Errorf("Add(%s): similarity %v out of range", s.id, sim)
		}
	}
	if ix.Len() != 2 {
		t.Errorf("Len() = %d, want 2 (a and b)", ix.Len())
	}
}

// TestIndexConcurrent adds 300 originals and 300 exact copies from 8
// goroutines: whatever the interleaving, each family must be stored exactly
// once (check and insert are atomic). Copies are exact because edited copies
// of one original are not always near duplicates of each other, so with
// another order another number of them would legitimately be stored.
func TestIndexConcurrent(t *testing.T) {
	var docs []evalDoc
	for _, d := range makeEvalSet(t, 300, 2100, 99) {
		if d.class == "original" || d.class == "exact" {
			docs = append(docs, d)
		}
	}
	ix, _ := NewIndex()
	family := map[string]int{}
	for _, d := range docs {
		family[d.id] = d.family
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	wrong := 0
	for w := range 8 {
		wg.Go(func() {
			for i := w; i < len(docs); i += 8 {
				of, _, dup := ix.Add(docs[i].id, docs[i].text)
				if dup && family[of] != docs[i].family {
					mu.Lock()
					wrong++
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	if ix.Len() != 300 || wrong != 0 {
		t.Errorf("Len() = %d (want 300 families), %d duplicates of the wrong family", ix.Len(), wrong)
	}
}

// TestSignatureStable pins signature values: they are emitted for other
// machines and must not change between runs, platforms or releases.
func TestSignatureStable(t *testing.T) {
	ix, _ := NewIndex()
	s := ix.Signature("成都市生物医药产业基础较好，我市将在已有工作基础上，采取一系列举措加快发展。")
	if got, want := s.BandKeys()[:3], []uint64{0x3190eccbfa113863, 0xe8f19d8deb5b1bb2, 0xac9445f13d321dcb}; !slices.Equal(got, want) {
		t.Errorf("BandKeys()[:3] = %#x, want %#x", got, want)
	}
	if got, want := s.Values()[:4], []uint32{0xe6b860fa, 0xde900a73, 0x3e07cedd, 0xfbec3afc}; !slices.Equal(got, want) {
		t.Errorf("Values()[:4] = %#x, want %#x", got, want)
	}
	if n := len(s.BandKeys()); n != DefaultBands {
		t.Errorf("%d band keys, want %d", n, DefaultBands)
	}
	other, _ := NewIndex(Seed(1))
	if s2 := other.Signature("成都市生物医药产业基础较好，我市将在已有工作基础上，采取一系列举措加快发展。"); slices.Equal(s2.BandKeys(), s.BandKeys()) {
		t.Error("Seed does not change the band keys")
	}
}

func TestSignatureSimilarity(t *testing.T) {
	ix, _ := NewIndex()
	a := ix.Signature(strings.Repeat(paraA+paraB, 2))
	tests := []struct {
		name   string
		b      Signature
		lo, hi float64
	}{
		{"same text", ix.Signature(strings.Repeat(paraA+paraB, 2)), 1, 1},
		{"same text, other punctuation", ix.Signature(strings.ReplaceAll(strings.Repeat(paraA+paraB, 2), "，", " , ")), 1, 1},
		{"half shared", ix.Signature(paraA + paraC), 0.2, 0.6},
		{"unrelated", ix.Signature(paraC + paraD), 0, 0.15},
		{"empty", ix.Signature(""), 0, 0},
	}
	for _, tt := range tests {
		if s := a.Similarity(tt.b); s < tt.lo || s > tt.hi {
			t.Errorf("%s: similarity %.3f, want in [%.2f, %.2f]", tt.name, s, tt.lo, tt.hi)
		}
	}
	if !ix.Signature(" ，。").Empty() || a.Empty() {
		t.Error("Empty() wrong")
	}
}

func TestSignatureJSON(t *testing.T) {
	ix, _ := NewIndex()
	s := ix.Signature(paraA)
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		MinHash []uint32 `json:"minhash"`
		Bands   []string `json:"bands"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.MinHash, s.Values()) || len(got.Bands) != DefaultBands {
		t.Fatalf("round trip lost data: %s", b)
	}
	if want := fmt.Sprintf("%016x", s.BandKeys()[0]); got.Bands[0] != want {
		t.Errorf("band 0 = %s, want %s", got.Bands[0], want)
	}
	empty, _ := json.Marshal(ix.Signature(""))
	if string(empty) != `{"minhash":[],"bands":[]}` {
		t.Errorf("empty signature JSON = %s", empty)
	}
}

// FuzzIndexAdd: any text can be added, and adding it again reports it as a
// duplicate of itself with similarity 1, unless it has nothing to shingle.
func FuzzIndexAdd(f *testing.F) {
	f.Add(paraA, paraB)
	f.Add("", "![]() |")
	f.Add("\xff\xfe 加油", "加油")
	f.Add(strings.Repeat("的", 300), "的的")
	f.Fuzz(func(t *testing.T, a, b string) {
		ix, _ := NewIndex(Shingle(2), Hashes(32), Bands(8, 4))
		ix.Add("b", b)
		of, _, dup := ix.Add("a", a)
		switch {
		case Key(a) == "":
			if dup {
				t.Fatalf("empty text reported as duplicate of %q", of)
			}
		case !dup: // stored: the same text again must find it
			if of, sim, dup := ix.Add("a2", a); !dup || of != "a" || sim != 1 {
				t.Fatalf("second Add = %q, %v, %v; want a, 1, true", of, sim, dup)
			}
		}
	})
}
