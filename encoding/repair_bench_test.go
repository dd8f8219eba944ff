package encoding

import (
	"bufio"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

type benchRow struct {
	ID         string `json:"id"`
	Corruption string `json:"corruption"`
	Unit       string `json:"unit"`
	Src        string `json:"src"`
	Input      string `json:"input"`
	Expected   string `json:"expected"`
	Lossy      bool   `json:"lossy"`
}

func loadBench(t testing.TB) []benchRow {
	t.Helper()
	f, err := os.Open("testdata/mojibake_bench.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []benchRow
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r benchRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		rows = append(rows, r)
	}
	return rows
}

// applyPipeline does what the lead's pipeline does: replace fixes, drop
// garbled spans.
func applyPipeline(s string) string {
	_, fixes := Repair(s)
	spans := Garbled(s)
	type edit struct {
		start, end int
		with       string
	}
	var edits []edit
	for _, f := range fixes {
		edits = append(edits, edit{f.Start, f.End, f.Repaired})
	}
	for _, g := range spans {
		edits = append(edits, edit{g.Start, g.End, ""})
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var sb strings.Builder
	last := 0
	for _, e := range edits {
		if e.start < last {
			continue // overlap: counted as a failure by the caller's check
		}
		sb.WriteString(s[last:e.start])
		sb.WriteString(e.with)
		last = e.end
	}
	sb.WriteString(s[last:])
	return sb.String()
}

// isSubsequence reports whether every rune of sub appears in s in order.
func isSubsequence(sub, s string) bool {
	for _, r := range sub {
		i := strings.IndexRune(s, r)
		if i < 0 {
			return false
		}
		s = s[i+utf8.RuneLen(r):]
	}
	return true
}

func TestMojibakeBench(t *testing.T) {
	rows := loadBench(t)
	type key struct{ corruption, unit string }
	type tally struct {
		n, exact, lossyN, lossyClean, changed int
		keptRunes, wantRunes                  int // lossy units: runes kept when clean
	}
	stats := map[key]*tally{}
	var keys []key
	for _, r := range rows {
		k := key{r.Corruption, r.Unit}
		if stats[k] == nil {
			stats[k] = &tally{}
			keys = append(keys, k)
		}
		st := stats[k]
		got, _ := Repair(r.Input)
		if r.Corruption == "clean" {
			st.n++
			if got != r.Input || len(Garbled(r.Input)) > 0 {
				st.changed++
				t.Errorf("false positive %s: %q -> %q garbled %v", r.ID, r.Input, got, Garbled(r.Input))
			}
			continue
		}
		if strings.Contains(r.Corruption, "lossy") {
			// Lossy corruptions (U+FFFD or 锟斤拷 where bytes were lost):
			// judged as the pipeline sees them, after fixes are applied and
			// garbled spans dropped: nothing garbled may be left, and what
			// is left must be expected text.
			st.lossyN++
			if got == r.Expected {
				st.exact++
			}
			out := applyPipeline(r.Input)
			st.wantRunes += utf8.RuneCountInString(r.Expected)
			if !strings.ContainsRune(out, utf8.RuneError) && isSubsequence(out, r.Expected) {
				st.lossyClean++
				st.keptRunes += utf8.RuneCountInString(out)
			} else if testing.Verbose() && st.lossyN-st.lossyClean <= 2 {
				t.Logf("lossy miss %s: %q -> %q", r.ID, r.Input, out)
			}
			continue
		}
		st.n++
		if got == r.Expected {
			st.exact++
		} else if testing.Verbose() && st.n-st.exact <= 3 {
			t.Logf("miss %s: %q -> %q want %q", r.ID, r.Input, got, r.Expected)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].corruption != keys[j].corruption {
			return keys[i].corruption < keys[j].corruption
		}
		return keys[i].unit < keys[j].unit
	})
	totalN, totalExact := 0, 0
	unitN, unitExact := map[string]int{}, map[string]int{}
	for _, k := range keys {
		st := stats[k]
		switch {
		case k.corruption == "clean":
			t.Logf("%-24s %-6s controls %4d  changed %d", k.corruption, k.unit, st.n, st.changed)
		default:
			line := ""
			if st.n > 0 {
				line = "restored exactly " + pct(st.exact, st.n) + " of " + itoa(st.n)
			}
			if st.lossyN > 0 {
				line = "restored exactly " + pct(st.exact, st.lossyN) + " of " + itoa(st.lossyN) +
					"; clean after Repair+Garbled " + pct(st.lossyClean, st.lossyN) +
					", keeping " + pct(st.keptRunes, st.wantRunes) + " of the text"
			}
			t.Logf("%-24s %-6s %s", k.corruption, k.unit, line)
			if !strings.Contains(k.corruption, "lossy") && k.corruption != "utf8->big5" {
				totalN += st.n
				totalExact += st.exact
				unitN[k.unit] += st.n
				unitExact[k.unit] += st.exact
			}
		}
	}
	t.Logf("strict chains total: restored exactly %s of %d (sentences %s, clauses %s)", pct(totalExact, totalN), totalN,
		pct(unitExact["sent"], unitN["sent"]), pct(unitExact["clause"], unitN["clause"]))

	// Floors are the figures measured when this test was last changed
	// (the issue asks for 99.5% at both unit lengths, which unitFloors check).
	floors := map[string]float64{
		"utf8->gbk": 99.5, "utf8->gb18030": 99.5, "utf8->gbk x2": 99.5,
		"utf8->latin1": 99.5, "utf8->cp1252": 99.5, "gbk->latin1": 99.5, "gbk->cp1252": 99.5,
		"big5->gbk": 99.0, "gbk->big5": 99.0,
	}
	unitFloors := map[string]float64{"sent": 99.5, "clause": 99.5}
	for unit, floor := range unitFloors {
		if got := 100 * float64(unitExact[unit]) / float64(unitN[unit]); got < floor {
			t.Errorf("strict chains, %s: restored %.1f%%, floor %.1f%%", unit, got, floor)
		}
	}
	for _, k := range keys {
		st := stats[k]
		if k.corruption == "clean" && st.changed > 0 {
			t.Errorf("%s %s: %d clean controls changed", k.corruption, k.unit, st.changed)
		}
		if floor, ok := floors[k.corruption]; ok && st.n > 0 {
			if got := 100 * float64(st.exact) / float64(st.n); got < floor {
				t.Errorf("%s %s: restored %.1f%%, floor %.1f%%", k.corruption, k.unit, got, floor)
			}
		}
	}
	// Lossy floors, as measured: the share of units with nothing but
	// expected text left after Repair and Garbled, and the share of the
	// expected text kept.
	lossyFloors := map[string][2]float64{
		"utf8->gbk lossy": {99.5, 85.0}, "utf8->gbk(whatwg) lossy": {99.5, 94.0}, "utf8->gbk x2 lossy": {98.5, 90.0},
		"gbk->big5 lossy": {98.5, 94.0}, "utf8->big5 lossy": {99.5, 17.5},
	}
	for _, k := range keys {
		st := stats[k]
		if floor, ok := lossyFloors[k.corruption]; ok && st.lossyN > 0 {
			if got := 100 * float64(st.lossyClean) / float64(st.lossyN); got < floor[0] {
				t.Errorf("%s %s: clean after Repair+Garbled %.1f%%, floor %.1f%%", k.corruption, k.unit, got, floor[0])
			}
			if got := 100 * float64(st.keptRunes) / float64(st.wantRunes); got < floor[1] {
				t.Errorf("%s %s: kept %.1f%% of the text, floor %.1f%%", k.corruption, k.unit, got, floor[1])
			}
		}
	}
	if got := 100 * float64(totalExact) / float64(totalN); got < 99.5 {
		t.Errorf("strict chains restored %.1f%%, floor 99.5%%", got)
	}
}

func pct(a, b int) string {
	if b == 0 {
		return "n/a"
	}
	x := 1000 * a / b
	return itoa(x/10) + "." + itoa(x%10) + "%"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

// TestMojibakeEmbedded puts every strict clause of the benchmark inside a
// clean line (simplified, then traditional), the way a page template
// surrounds a mis-decoded field: the clause must be repaired and the clean
// text around it left exactly as it was.
func TestMojibakeEmbedded(t *testing.T) {
	hosts := []string{
		"近日,我市分别召开专题会议,研究生物医药产业和新材料产业发展规划,",
		"全省生物醫藥產業高質量發展推進會在我市召開,會議強調,",
	}
	type tally struct{ n, exact, hostChanged int }
	stats := map[string]*tally{}
	var names []string
	for _, r := range loadBench(t) {
		if r.Unit != "clause" || strings.Contains(r.Corruption, "lossy") || r.Corruption == "clean" || r.Corruption == "utf8->big5" {
			continue
		}
		st := stats[r.Corruption]
		if st == nil {
			st = &tally{}
			stats[r.Corruption] = st
			names = append(names, r.Corruption)
		}
		for _, host := range hosts {
			st.n++
			got, _ := Repair(host + r.Input + "。" + host)
			if !strings.HasPrefix(got, host) || !strings.HasSuffix(got, "。"+host) {
				st.hostChanged++
				t.Errorf("%s: clean text around %q changed: %q", r.ID, r.Input, got)
				continue
			}
			if got == host+r.Expected+"。"+host {
				st.exact++
			}
		}
	}
	sort.Strings(names)
	total, exact := 0, 0
	for _, name := range names {
		st := stats[name]
		t.Logf("%-16s clauses inside clean lines restored exactly %s of %d", name, pct(st.exact, st.n), st.n)
		total += st.n
		exact += st.exact
	}
	t.Logf("all strict chains: %s of %d", pct(exact, total), total)
	// Floors as measured: short clauses (dates, two-character names) need
	// the whole line to be mojibake to be judged.
	if got := 100 * float64(exact) / float64(total); got < 97.0 {
		t.Errorf("embedded clauses restored %.1f%%, floor 97.0%%", got)
	}
}
