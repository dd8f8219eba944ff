package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// features is what one pass over a paragraph learns about it.
type features struct {
	runes       int  // all runes
	letters     int  // runes that carry text: Han, letters, digits
	cjk         int  // Han runes
	digits      int  // ASCII and full-width digits
	sentEnd     int  // sentence punctuation 。！？!? (and ；)
	commas      int  // ，、
	replacement int  // U+FFFD: bytes the decoder could not read
	prosePunct  int  // ，。、；：？！ and their ASCII forms: prose has one every few dozen runes
	endsSent    bool // last non-space rune is sentence punctuation or a closing quote after it
	teaser      bool // ends with an ellipsis: a cut-off teaser
	list        bool // starts with a list marker ("- ", "• ")
	image       bool // contains image residue "![](" or "！[]("
}

func isHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF ||
		r >= 0x20000 && r <= 0x2EBEF || r >= 0xF900 && r <= 0xFAFF
}

func isSentencePunct(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '；', '｡':
		return true
	}
	return false
}

func analyze(s string) features {
	var f features
	var last, prev rune
	for _, r := range s {
		f.runes++
		switch {
		case isHan(r):
			f.cjk++
			f.letters++
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			f.digits++
			f.letters++
		case r < utf8.RuneSelf:
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
				f.letters++
			} else if r == '!' || r == '?' {
				f.sentEnd++
			} else if r == '[' && (last == '!' || last == '！') {
				f.sentEnd-- // the "!" of image residue "![](…)" or "！[](…)"
			}
		case isSentencePunct(r):
			f.sentEnd++
		case r == '\uFFFD':
			f.replacement++
		case r == '，' || r == '、':
			f.commas++
		case unicode.IsLetter(r):
			f.letters++
		}
		switch r {
		case '，', '。', '、', '；', '：', '？', '！', ',', '.', ';', ':', '?', '!':
			f.prosePunct++
		}
		if r != ' ' && r != '\t' && r != '|' {
			prev, last = last, r
		}
	}
	switch last {
	case '…':
		f.teaser = true
	case '.':
		f.teaser = strings.HasSuffix(strings.TrimRight(s, " |"), "...")
	case '”', '」', '’', '"', '）', ')':
		f.endsSent = isSentencePunct(prev)
	default:
		f.endsSent = isSentencePunct(last)
	}
	_, f.list = stripListMarker(s)
	f.image = strings.Contains(s, "[](") && (strings.Contains(s, "![](") || strings.Contains(s, "！[]("))
	return f
}

// strong reports paragraphs that read as article prose: sentence
// punctuation with enough Han text, or long text that is mostly letters.
func (f *features) strong() bool {
	return !f.teaser && f.prose()
}

// prose is strong without the teaser test: a cut-off snippet of prose.
func (f *features) prose() bool {
	// Han is at least half the letters, and letters at least half the
	// runes: not a string of separators with words between them.
	if f.sentEnd > 0 && f.cjk >= 12 && 2*f.cjk >= f.letters && 2*f.letters >= f.runes {
		return true
	}
	return f.runes >= 60 && f.cjk*2 >= f.runes && (f.commas > 0 || f.sentEnd > 0)
}

// listMarkers are the bullets the extractors put before list items.
var listMarkers = []string{"- ", "* ", "• ", "· ", "● ", "○ ", "■ ", "◆ ", "▪ ", "► ", "•", "·", "●", "■", "◆", "▪", "►"}

// stripListMarker removes leading bullets and the spaces after them.
func stripListMarker(s string) (string, bool) {
	if s == "" {
		return s, false
	}
	switch s[0] {
	case '-', '*', ' ', '\t', 0xC2, 0xE2: // ASCII bullets, space, "·", "•●■◆▪►"
	default:
		return strings.TrimSpace(s), false
	}
	found := false
	for i := 0; i < 3; i++ {
		t := strings.TrimLeft(s, " \t")
		hit := false
		for _, m := range listMarkers {
			if strings.HasPrefix(t, m) {
				s, hit, found = t[len(m):], true, true
				break
			}
		}
		if t == "-" || t == "*" {
			return "", true
		}
		if !hit {
			break
		}
	}
	return strings.TrimSpace(s), found
}

func trimSpace(s string) string { return strings.TrimSpace(s) }

// isSeparator reports runes that only separate items in navigation and
// toolbars.
func isSeparator(r rune) bool {
	switch r {
	case ' ', '\t', '|', '｜', '/', '-', '_', '>', '<', '»', '«', '›', '‹', '·', '•', '、', ',', '，',
		':', '：', '(', ')', '（', '）', '[', ']', '【', '】', '《', '》', '＞', '＜',
		'~', '～', '*', '#', '!', '！', '?', '？', '.', '。', '…', '→', '—', '=', '+', '"', '“', '”', '\'', '×', '✕', '@', '＠':
		return true
	}
	return false
}
