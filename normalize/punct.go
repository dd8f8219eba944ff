package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ChinesePunct turns the ASCII punctuation , : ; ? ! ( ) of Chinese text into
// the full-width Chinese forms ，：；？！（）, and leaves it in Latin text,
// numbers, times, ratios, URLs and e-mail addresses:
//
//   - A run of , : ; ? ! (spaces in it included) is converted when the
//     character before it or after it is Chinese: a Han character or a CJK
//     or full-width punctuation mark. The spaces of a converted run are
//     dropped, since full-width marks carry their own spacing
//     (近日, 我市 → 近日，我市). A single , : or ; between two ASCII digits
//     (1,200  14:27  3:1) and a colon before // (http://) stay.
//   - A matched pair ( ) is converted when it holds a Han character
//     ((记者…) → （记者…）) or sits between two Han characters
//     (大会(ICG-17)在 → 大会（ICG-17）在).
//
// Parenthesis matching needs the whole text, so there is no Transformer for
// this step. The step is idempotent. It returns s itself when nothing
// changes.
func ChinesePunct(s string) string {
	if !strings.ContainsAny(s, ",:;?!()") {
		return s
	}
	s1 := convertParens(s)
	return convertPunctRuns(s1)
}

// convertParens converts the matched ASCII parentheses of Chinese text.
func convertParens(s string) string {
	if strings.IndexByte(s, '(') < 0 || strings.IndexByte(s, ')') < 0 {
		return s
	}
	// One pass: counting the Han characters seen so far tells in O(1)
	// whether a pair holds one.
	type open struct{ pos, han int }
	var stack []open
	var convert []int // positions to convert
	han := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if isHan(r) {
				han++
			}
			i += size
			continue
		}
		switch c {
		case '(':
			stack = append(stack, open{i, han})
		case ')':
			if len(stack) > 0 {
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if han > o.han || isHanBefore(s, o.pos) && isHanAt(s, i+1) {
					convert = append(convert, o.pos, i)
				}
			}
		}
		i++
	}
	if len(convert) == 0 {
		return s
	}
	slices.Sort(convert)
	var b strings.Builder
	b.Grow(len(s) + 2*len(convert))
	last := 0
	for _, i := range convert {
		b.WriteString(s[last:i])
		if s[i] == '(' {
			b.WriteString("（")
		} else {
			b.WriteString("）")
		}
		last = i + 1
	}
	b.WriteString(s[last:])
	return b.String()
}

func isPunctRunByte(c byte) bool {
	return c == ',' || c == ':' || c == ';' || c == '?' || c == '!'
}

// isRunSpace reports the white space a punctuation run may hold: the
// blanks CollapseSpace folds, but not line breaks, which separate paragraphs.
func isRunSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\v' || c == '\f' }

// convertPunctRuns converts the runs of , : ; ? ! next to Chinese text.
func convertPunctRuns(s string) string {
	var b []byte
	written := 0
	for i := 0; i < len(s); i++ {
		if !isPunctRunByte(s[i]) {
			continue
		}
		// The run: punctuation and spaces, starting at the first space
		// before the mark.
		start := i
		for start > 0 && isRunSpace(s[start-1]) {
			start--
		}
		end := i
		for end < len(s) && (isPunctRunByte(s[end]) || isRunSpace(s[end])) {
			end++
		}
		// Trailing spaces end the run only if no mark follows them,
		// which the loop above already ensured; the run is s[start:end].
		i = end - 1
		if !punctRunIsChinese(s, start, end) {
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(s)+16)
		}
		b = append(b, s[written:start]...)
		for k := start; k < end; k++ {
			switch s[k] {
			case ',':
				b = append(b, "，"...)
			case ':':
				b = append(b, "："...)
			case ';':
				b = append(b, "；"...)
			case '?':
				b = append(b, "？"...)
			case '!':
				b = append(b, "！"...)
			}
		}
		written = end
	}
	if b == nil {
		return s
	}
	return string(append(b, s[written:]...))
}

// punctRunIsChinese decides about the run s[start:end].
func punctRunIsChinese(s string, start, end int) bool {
	run := strings.Trim(s[start:end], " \t\v\f")
	if len(run) == 1 && start == end-1 { // no spaces around the mark
		before, after := byte(0), byte(0)
		if start > 0 {
			before = s[start-1]
		}
		if end < len(s) {
			after = s[end]
		}
		if run != "?" && run != "!" && isDigit(before) && isDigit(after) {
			return false // 1,200  14:27  3:1
		}
		if run == ":" && strings.HasPrefix(s[end:], "//") {
			return false // http://
		}
	}
	var prev, next rune = -1, -1
	if start > 0 {
		prev, _ = utf8.DecodeLastRuneInString(s[:start])
	}
	if end < len(s) {
		next, _ = utf8.DecodeRuneInString(s[end:])
	}
	return isChineseContext(prev) || isChineseContext(next)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isChineseContext reports whether r marks Chinese text: a Han character or
// a CJK or full-width punctuation mark.
func isChineseContext(r rune) bool {
	return 0x3000 <= r && r <= 0x303F || 0xFF01 <= r && r <= 0xFF65 || isHan(r)
}

func isHan(r rune) bool { return r >= 0x2E80 && unicode.Is(unicode.Han, r) }

func isHanBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isHan(r)
}

func isHanAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isHan(r)
}
