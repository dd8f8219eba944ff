package dedupe

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// Defaults of NewIndex; README.md gives the measurements behind them.
const (
	DefaultShingle   = 3
	DefaultHashes    = 128
	DefaultBands     = 28
	DefaultRows      = 3
	DefaultThreshold = 0.35
	maxChain         = 64 // candidates visited per band; longer chains are common boilerplate
	maxHashes        = 1024
)

// IndexOption configures NewIndex.
type IndexOption interface{ applyIndex(*indexConfig) error }

type indexConfig struct {
	shingle, hashes, bands, rows int
	threshold                    float64
	seed                         uint64
}

type indexOptionFunc func(*indexConfig) error

func (f indexOptionFunc) applyIndex(c *indexConfig) error { return f(c) }

// Hashes sets the number of MinHash values per signature (8 ≤ n ≤ 1024);
// the similarity estimate has a standard error of √(J(1−J)/n).
func Hashes(n int) IndexOption {
	return indexOptionFunc(func(c *indexConfig) error {
		if n < 8 || n > maxHashes {
			return fmt.Errorf("dedupe: Hashes(%d): want 8 ≤ n ≤ %d", n, maxHashes)
		}
		c.hashes = n
		return nil
	})
}

// Bands sets the LSH banding: the first b·r MinHash values are cut in b
// bands of r rows, and two documents become candidates when one band
// agrees, with probability 1−(1−J^r)^b. b·r must not exceed Hashes.
func Bands(b, r int) IndexOption {
	return indexOptionFunc(func(c *indexConfig) error {
		if b < 1 || r < 1 || b*r > maxHashes {
			return fmt.Errorf("dedupe: Bands(%d, %d): want b, r ≥ 1 and b·r ≤ %d", b, r, maxHashes)
		}
		c.bands, c.rows = b, r
		return nil
	})
}

// Threshold sets the estimated Jaccard similarity at or above which a
// candidate is reported as a duplicate.
func Threshold(j float64) IndexOption {
	return indexOptionFunc(func(c *indexConfig) error {
		if !(j > 0 && j <= 1) {
			return fmt.Errorf("dedupe: Threshold(%v): want 0 < j ≤ 1", j)
		}
		c.threshold = j
		return nil
	})
}

// Shingle sets the shingle length in runes of the folded text (see Key).
func Shingle(k int) IndexOption {
	return indexOptionFunc(func(c *indexConfig) error {
		if k < 1 || k > 16 {
			return fmt.Errorf("dedupe: Shingle(%d): want 1 ≤ k ≤ 16", k)
		}
		c.shingle = k
		return nil
	})
}

// Seed changes the hash functions. Signatures are comparable only between
// indexes with the same seed, shingle and bands; the default seed is 0.
func Seed(s uint64) IndexOption {
	return indexOptionFunc(func(c *indexConfig) error { c.seed = s; return nil })
}

// Index finds near-duplicate documents with MinHash (one-permutation
// hashing with optimal densification) and LSH banding. Add may be called
// from many goroutines: signatures are computed in parallel, and only the
// short look-up and insert hold the lock, so two near duplicates added at the
// same time cannot both be kept.
//
// A document kept by Add costs, with the defaults, 28 band-table
// entries (a 32-bit map key and value plus a 32-bit chain link each), one
// byte per MinHash value (128) and its id; README.md has the measured
// figure. Duplicates are not stored.
type Index struct {
	cfg indexConfig

	mu       sync.Mutex
	heads    map[uint32]uint32 // band key (low 32 bits) → 1 + latest doc with it
	next     []uint32          // doc·bands + band → 1 + previous doc in that chain
	sigs     []uint8           // doc·hashes + i → low 8 bits of MinHash value i
	ids      []string
	compared int // candidate signatures compared, for the measurements
}

// NewIndex returns an empty Index, or an error for an invalid option.
func NewIndex(opts ...IndexOption) (*Index, error) {
	cfg := indexConfig{shingle: DefaultShingle, hashes: DefaultHashes, bands: DefaultBands, rows: DefaultRows, threshold: DefaultThreshold}
	for _, o := range opts {
		if o == nil {
			continue
		}
		if err := o.applyIndex(&cfg); err != nil {
			return nil, err
		}
	}
	if cfg.bands*cfg.rows > cfg.hashes {
		return nil, fmt.Errorf("dedupe: Bands(%d, %d) needs %d hashes, have Hashes(%d)", cfg.bands, cfg.rows, cfg.bands*cfg.rows, cfg.hashes)
	}
	return &Index{cfg: cfg, heads: map[uint32]uint32{}}, nil
}

// Len returns the number of documents kept in the index (duplicates are
// reported, not stored).
func (ix *Index) Len() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return len(ix.ids)
}

// Add reports whether text is a near duplicate of a document added before,
// naming the most similar one and the estimated Jaccard similarity of their
// shingle sets. A document that is not a duplicate is stored under id, and
// similarity is then that of its closest candidate (0 if none). A
// text with no letters or digits (empty after Key folding) is never a
// duplicate and is not stored.
func (ix *Index) Add(id, text string) (dupOf string, similarity float64, isDup bool) {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	n := ix.cfg.hashes
	sc.mins = slices.Grow(sc.mins[:0], n)[:n]
	if !signInto(sc, text, ix.cfg) {
		return "", 0, false
	}
	sig := Signature{mins: sc.mins, shingle: ix.cfg.shingle, bands: ix.cfg.bands, rows: ix.cfg.rows, seed: ix.cfg.seed}
	bandKeys := sig.appendBandKeys(sc.keys[:0])
	sc.keys = bandKeys
	sc.low = slices.Grow(sc.low[:0], n)[:n]
	for i, v := range sc.mins {
		sc.low[i] = uint8(v)
	}
	sig8 := sc.low

	ix.mu.Lock()
	defer ix.mu.Unlock()
	best, bestSim := -1, 0.0
	var seen [256]uint32 // recently compared candidates
	nseen := 0
	for b, key := range bandKeys {
		d := ix.heads[uint32(key)]
		for steps := 0; d != 0 && steps < maxChain; steps++ {
			doc := d - 1
			d = ix.next[int(doc)*ix.cfg.bands+b]
			if containsU32(seen[:min(nseen, len(seen))], doc) {
				continue
			}
			seen[nseen%len(seen)] = doc
			nseen++
			ix.compared++
			s := similarity8(sig8, ix.sigs[int(doc)*n:int(doc+1)*n])
			if s > bestSim || s == bestSim && int(doc) < best {
				best, bestSim = int(doc), s
			}
		}
	}
	if best >= 0 && bestSim >= ix.cfg.threshold {
		return ix.ids[best], bestSim, true
	}
	doc := uint32(len(ix.ids))
	ix.ids = append(ix.ids, strings.Clone(id))
	ix.sigs = append(ix.sigs, sig8...)
	for _, key := range bandKeys {
		ix.next = append(ix.next, ix.heads[uint32(key)])
		ix.heads[uint32(key)] = doc + 1
	}
	return "", bestSim, false
}

func containsU32(s []uint32, v uint32) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// similarity8 estimates Jaccard from 8-bit MinHash values (b-bit minwise
// hashing, Li and König 2010): values also agree by chance with probability
// 2⁻⁸, which is corrected for.
func similarity8(a, b []uint8) float64 {
	n := 0
	i := 0
	for ; i+8 <= len(a); i += 8 { // eight bytes at a time: count zero bytes of a^b
		x := binary.LittleEndian.Uint64(a[i:]) ^ binary.LittleEndian.Uint64(b[i:])
		// High bit of each byte set iff that byte of x is non-zero.
		y := (x&0x7f7f7f7f7f7f7f7f + 0x7f7f7f7f7f7f7f7f) | x
		n += 8 - bits.OnesCount64(y&0x8080808080808080)
	}
	for ; i < len(a); i++ {
		if a[i] == b[i] {
			n++
		}
	}
	const chance = 1.0 / 256
	s := (float64(n)/float64(len(a)) - chance) / (1 - chance)
	return math.Max(0, s)
}

// Signature is the MinHash signature of one document: Hashes 32-bit
// values, of which the first bands·rows make the band keys. Signatures (and their band keys) are stable across runs, machines
// and Go versions for the same Shingle, Bands and Seed.
type Signature struct {
	mins                 []uint32
	shingle, bands, rows int
	seed                 uint64
}

// Signature computes the signature of text without adding it.
func (ix *Index) Signature(text string) Signature {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sig := Signature{shingle: ix.cfg.shingle, bands: ix.cfg.bands, rows: ix.cfg.rows, seed: ix.cfg.seed}
	sc.mins = make([]uint32, ix.cfg.hashes) // handed to the caller
	if signInto(sc, text, ix.cfg) {
		sig.mins = sc.mins
	}
	sc.mins = nil
	return sig
}

// scratch holds the per-call buffers of Add and Signature.
type scratch struct {
	runes  []rune
	mins   []uint32
	filled []bool
	keys   []uint64
	low    []uint8
}

var scratchPool = sync.Pool{New: func() any { return &scratch{runes: make([]rune, 0, 1024)} }}

// Empty reports a signature of a text with nothing to shingle.
func (s Signature) Empty() bool { return len(s.mins) == 0 }

// Values returns a copy of the MinHash values.
func (s Signature) Values() []uint32 { return append([]uint32(nil), s.mins...) }

// Similarity estimates the Jaccard similarity of the two documents' shingle
// sets; it is 0 for empty texts and for signatures of indexes with another
// Shingle, Hashes or Seed.
func (s Signature) Similarity(o Signature) float64 {
	if len(s.mins) == 0 || len(s.mins) != len(o.mins) || s.seed != o.seed || s.shingle != o.shingle {
		return 0
	}
	n := 0
	for i := range s.mins {
		if s.mins[i] == o.mins[i] {
			n++
		}
	}
	return float64(n) / float64(len(s.mins))
}

// BandKeys returns one 64-bit key per band; the band number is hashed in, so
// documents that share any key are LSH candidates (group by key).
func (s Signature) BandKeys() []uint64 { return s.appendBandKeys(nil) }

func (s Signature) appendBandKeys(dst []uint64) []uint64 {
	if len(s.mins) == 0 {
		return dst
	}
	for b := 0; b < s.bands; b++ {
		h := mix64(s.seed ^ uint64(b+1)*0x9e3779b97f4a7c15)
		for _, v := range s.mins[b*s.rows : (b+1)*s.rows] {
			h = mix64(h ^ uint64(v))
		}
		dst = append(dst, h)
	}
	return dst
}

// MarshalJSON writes {"minhash":[…],"bands":["16 hex digits",…]}; band keys
// are hex strings because JSON numbers lose precision above 2⁵³.
func (s Signature) MarshalJSON() ([]byte, error) {
	keys := s.BandKeys()
	hexKeys := make([]string, len(keys))
	var b [8]byte
	for i, k := range keys {
		binary.BigEndian.PutUint64(b[:], k)
		hexKeys[i] = hex.EncodeToString(b[:])
	}
	mins := s.mins
	if mins == nil {
		mins = []uint32{}
	}
	return json.Marshal(struct {
		MinHash []uint32 `json:"minhash"`
		Bands   []string `json:"bands"`
	}{mins, hexKeys})
}

// signInto computes the one-permutation MinHash signature of text into
// sc.mins (len = hashes) and reports false for a text with nothing to
// shingle. Every shingle hash picks one of the bins by its low 32 bits and
// competes there with its high 32 bits; bins left empty borrow the value of
// a pseudo-randomly chosen filled bin (optimal densification, Shrivastava
// 2017), which keeps P[values agree] = Jaccard.
func signInto(sc *scratch, text string, cfg indexConfig) bool {
	k := cfg.hashes
	sc.runes = appendFolded(sc.runes[:0], text)
	rs := sc.runes
	if len(rs) == 0 {
		return false
	}
	mins := sc.mins[:k]
	for i := range mins {
		mins[i] = math.MaxUint32
	}
	sc.filled = slices.Grow(sc.filled[:0], k)[:k]
	filled := sc.filled
	clear(filled)
	seed := mix64(cfg.seed + 0x9e3779b97f4a7c15)
	sh := cfg.shingle
	if len(rs) < sh {
		sh = len(rs)
	}
	for i := 0; i+sh <= len(rs); i++ {
		h := uint64(fnvOffset)
		for _, r := range rs[i : i+sh] {
			h ^= uint64(r)
			h *= fnvPrime
		}
		h = mix64(h ^ seed)
		bin := (uint64(uint32(h)) * uint64(k)) >> 32
		if v := uint32(h >> 32); v < mins[bin] || !filled[bin] {
			mins[bin] = v
			filled[bin] = true
		}
	}
	for i := 0; i < k; i++ {
		if filled[i] {
			continue
		}
		for attempt := uint64(1); ; attempt++ {
			h := mix64(seed ^ uint64(i)<<32 ^ attempt)
			j := (uint64(uint32(h)) * uint64(k)) >> 32
			if filled[j] {
				mins[i] = mins[j]
				break
			}
		}
	}
	return true
}
