package encoding

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLossy checks lossy mojibake from the benchmark: what is left after
// the fixes are applied and the garbled spans dropped is exactly the text
// that could be recovered, with each loss reported.
func TestLossy(t *testing.T) {
	tests := []struct {
		name, in string
		want     string   // after fixes and without garbled spans
		chains   []string // of the fixes, in order
		garbled  []string // the garbled spans
	}{{
		name:    "utf-8 read as gbk, characters split by losses",
		in:      "鍔�鍔涙帹鍑烘洿澶氬師鍒涙�у紩棰嗘�у垱鏂版垚鏋�",
		want:    "力推出更多原创引领创新成", // of 努力推出更多原创性引领性创新成果
		chains:  []string{"utf-8 read as gbk", "utf-8 read as gbk", "utf-8 read as gbk"},
		garbled: []string{"鍔�", "�", "�", "鏋�"},
	}, {
		name:    "utf-8 read as gbk, whatwg decoder",
		in:      "12鏈�17鏃�,鐪佸\ue759甯稿\ue759銆佸競濮斾功璁伴儹鍏冨己涓撻\ue57d璋冪爺鎴戝競鐢熺墿鍖昏嵂浜т笟鍙戝睍骞朵富鎸佸彫寮€浼佷笟搴ц皥浼氥€�",
		want:    "1217,省委常委、市委书记郭元强专题调研我市生物医药产业发展并主持召开企业座谈会",
		chains:  []string{"utf-8 read as gbk"},
		garbled: []string{"鏈�", "鏃�", "€�"},
	}, {
		name:    "utf-8 read as gbk twice, lossy both times",
		in:      "12閺堬拷17閺冿拷,閻\ue043礁顫欑敮绋款潤閵嗕礁绔舵慨鏂惧姛鐠佷即鍎归崗鍐ㄥ繁娑撴捇顣界拫鍐\ue046埡閹存垵绔堕悽鐔哄⒖閸栨槒宓傛禍褌绗熼崣鎴濈潔楠炴湹瀵岄幐浣稿将瀵\ue1b9偓娴间椒绗熸惔褑鐨ユ导姘モ偓锟�",
		want:    "1217,省委常委、市委书记郭元强专题调研我市生物医药产业发展并主持召开企业座谈会",
		chains:  []string{"utf-8 read as gbk ×2"},
		garbled: []string{"閺堬拷", "閺冿拷", "偓锟�"},
	}, {
		// 月 and 日 lost a byte in the first layer: what is left of them
		// is a character of the first layer ("鏈"), garbage in the second.
		name:    "utf-8 read as gbk twice, only debris",
		in:      "12閺堬拷17閺冿拷",
		want:    "1217",
		garbled: []string{"閺堬拷", "閺冿拷"},
	}, {
		// 香港 twice through UTF-8 read as GBK, the last byte lost: the
		// first layer's reading (棣欐) is no Chinese, the second's 香 is.
		name:    "utf-8 read as gbk twice, the deeper reading wins",
		in:      "妫ｆ瑦鑵�",
		want:    "香",
		chains:  []string{"utf-8 read as gbk ×2"},
		garbled: []string{"鑵�"},
	}, {
		// After each loss the Big5 reading is a byte off: both alignments
		// are tried and the plausible one wins (性或可靠, not 沸曰蚩煽).
		name:    "gbk read as big5, realigned after losses",
		in:      "掛鼠侗勤瓟狻厙奻膳腎眳垀衄陓洘祥汒隴麼悵痐む囀�楺校��煩堇翾刐諱�;蠟衾森諉忳甜創�玿鰾脹庥恦欐〩钃�眳瑞玸茼赻俴創童﹝",
		want:    "本公司对医药网上刊登之所有信息不声明或保证其内性或可靠;您于此接受并承信赖任何信息所之风险应自行承担。",
		chains:  []string{"gbk read as big5", "gbk read as big5", "gbk read as big5", "gbk read as big5", "gbk read as big5"},
		garbled: []string{"�楺校��", "�", "�", "�"},
	}, {
		// The date next to the losses is repaired on the second pass,
		// with the sentence around it as context.
		name:    "gbk read as big5, date next to losses",
		in:      "12堎17��,吽巹都巹﹜庈巹抎暮廖啋Ч蚳枙覃旃扂庈汜昜瓟狻莉珛楷桯甜翋厥欸羲わ珛釱抶頗﹝",
		want:    "12月17,省委常委、市委书记郭元强专题调研我市生物医药产业发展并主持召开企业座谈会。",
		chains:  []string{"gbk read as big5", "gbk read as big5"},
		garbled: []string{"��"},
	}, {
		name:    "clean text keeps all but the U+FFFD",
		in:      "中文�已�中文",
		want:    "中文已中文",
		garbled: []string{"�", "�"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, fixes, garbled := Analyze(tt.in)
			var chains, texts []string
			for _, f := range fixes {
				chains = append(chains, f.Chain)
				require.Equal(t, f.Original, tt.in[f.Start:f.End])
			}
			for _, g := range garbled {
				texts = append(texts, g.Text)
				require.Equal(t, g.Text, out[g.Start:g.End])
			}
			assert.Equal(t, tt.chains, chains)
			assert.Equal(t, tt.garbled, texts)
			assert.Equal(t, tt.want, applyPipeline(tt.in))
			again, more := Repair(out)
			assert.Equal(t, out, again, "Repair is idempotent")
			assert.Empty(t, more)
		})
	}
}

// TestLossyUndoDecodesBytes checks one layer of the byte-level undo: edges
// may be partial only next to a loss.
func TestLossyUndoDecodesBytes(t *testing.T) {
	tests := []struct {
		name         string
		m            misreading
		in           string
		lostL, lostR bool
		want         string // restored runes, U+FFFD for each loss
		ok           bool
	}{
		{"utf-8 whole", misreading{csUTF8, csGBK}, "杩戞棩", false, false, "近日", true},
		{"utf-8 partial edges after losses", misreading{csUTF8, csGBK}, "у紩棰嗘", true, true, "\uFFFD引领\uFFFD", true},
		{"utf-8 partial edge without a loss", misreading{csUTF8, csGBK}, "у紩棰嗘", false, false, "", false},
		{"utf-8 invalid inside", misreading{csUTF8, csGBK}, "中文中文", true, true, "", false},
		// 公司对医药网上刊登 in GBK, read as Big5 from its second byte.
		{"gbk realigned after a loss", misreading{csGBK, csBig5}, "屎噤婞課怛釂狤秘", true, true, "\uFFFD司对医药网上刊\uFFFD", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in []piece
			for i, r := range tt.in {
				in = append(in, piece{r: r, start: i, end: i + utf8.RuneLen(r)})
			}
			out, _, ok := undoLossy(tt.m, in, tt.lostL, tt.lostR, nil)
			require.Equal(t, tt.ok, ok)
			if ok {
				assert.Equal(t, tt.want, restoredWithLoss(out))
			}
			for _, p := range out {
				require.True(t, p.start >= 0 && p.end <= len(tt.in) && p.start < p.end, "piece span %+v", p)
			}
		})
	}
}

// restoredWithLoss is the restored text with U+FFFD for each loss.
func restoredWithLoss(ps []piece) string {
	var sb strings.Builder
	for _, p := range ps {
		if p.r == lostRune {
			sb.WriteRune(utf8.RuneError)
		} else {
			sb.WriteRune(p.r)
		}
	}
	return sb.String()
}
